// A store key as the index sees it: compared, hashed and prefix-matched by its UTF-8 bytes.
//
// etcd orders keys by bytes, and SQLite stores them as bytes. Swift's `String` compares by
// Unicode canonical equivalence instead ("é" == "e\u{301}"), which would let two different stored
// keys collide in the index and order non-ASCII keys differently from the disk. Wrapping the
// string keeps every comparison byte-exact (and memcmp-fast for native strings).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A key compared by its UTF-8 bytes (etcd's order), for the in-memory index.
struct IndexKey: Hashable, Comparable, Sendable {
    let string: String

    init(_ string: String) {
        self.string = string
    }

    static func == (lhs: IndexKey, rhs: IndexKey) -> Bool {
        compareBytes(lhs.string, rhs.string) == 0
    }

    static func < (lhs: IndexKey, rhs: IndexKey) -> Bool {
        compareBytes(lhs.string, rhs.string) < 0
    }

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = string.utf8.withContiguousStorageIfAvailable { bytes in
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
        if hashed == nil {
            for byte in string.utf8 { hasher.combine(byte) }
        }
        hasher.combine(string.utf8.count)
    }

    /// True when this key's bytes start with `prefix`'s bytes.
    func hasPrefix(_ prefix: String) -> Bool {
        IndexKey.bytes(of: string, startWith: prefix)
    }

    /// True when `key`'s UTF-8 bytes start with `prefix`'s.
    static func bytes(of key: String, startWith prefix: String) -> Bool {
        let result: Bool?? = key.utf8.withContiguousStorageIfAvailable { keyBytes in
            prefix.utf8.withContiguousStorageIfAvailable { prefixBytes in
                guard prefixBytes.count <= keyBytes.count else { return false }
                guard let prefixBase = prefixBytes.baseAddress, prefixBytes.count > 0 else { return true }
                guard let keyBase = keyBytes.baseAddress else { return false }
                return memcmp(keyBase, prefixBase, prefixBytes.count) == 0
            }
        }
        if let result = result ?? nil { return result }
        return key.utf8.starts(with: prefix.utf8)
    }

    /// Three-way byte comparison: negative, zero or positive.
    static func compareBytes(_ lhs: String, _ rhs: String) -> Int {
        let result: Int?? = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right in
                let common = min(left.count, right.count)
                if common > 0, let leftBase = left.baseAddress, let rightBase = right.baseAddress {
                    let order = memcmp(leftBase, rightBase, common)
                    if order != 0 { return Int(order) }
                }
                return left.count - right.count
            }
        }
        if let result = result ?? nil { return result }
        if lhs.utf8.elementsEqual(rhs.utf8) { return 0 }
        return lhs.utf8.lexicographicallyPrecedes(rhs.utf8) ? -1 : 1
    }
}
