import Testing
import SkiffLoop
@testable import SkiffStore

@Suite("range")
struct RangeTests {
    /// 3,000 pods over three namespaces plus some other resources, created in a shuffled order.
    static func fill(_ store: EmbeddedStore) async throws -> [String] {
        var keys: [String] = []
        for number in 0..<3000 { keys.append("/registry/pods/ns-\(number % 3)/pod-\(number)") }
        for number in 0..<200 { keys.append("/registry/services/ns-0/svc-\(number)") }
        keys.append("/registry/pods")  // a key equal to a prefix without the slash
        keys.append("/registry/podsecurity/x")
        var generator = SplitMix64(seed: 7)
        keys.shuffle(using: &generator)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (offset, key) in keys.enumerated() {
                group.addTask { _ = try await store.create(key, value: testValue(offset)) }
            }
            try await group.waitForAll()
        }
        return keys
    }

    @Test func paginationVisitsEveryKeyOnceInByteOrder() async throws {
        let directory = try TemporaryStoreDirectory()
        let store = try await directory.open()
        let keys = try await Self.fill(store)
        let prefix = "/registry/pods/ns-1/"
        let expected = keys.filter { $0.hasPrefix(prefix) }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        #expect(expected.count == 1000)

        var seen: [String] = []
        var startAfter: String?
        var pages = 0
        while true {
            let page = try await store.range(prefix: prefix, startAfter: startAfter, limit: 64)
            #expect(page.revision == Int64(keys.count))
            seen += page.items.map(\.key)
            pages += 1
            guard page.hasMore else { break }
            #expect(page.items.count == 64)
            startAfter = page.items.last?.key
        }
        #expect(seen == expected)
        #expect(pages == 16)  // 15 full pages and one of 40

        // Without a limit: everything in one page.
        let whole = try await store.range(prefix: prefix, startAfter: nil, limit: nil)
        #expect(whole.items.map(\.key) == expected)
        #expect(!whole.hasMore)
        // A limit of exactly the count: no more.
        let exact = try await store.range(prefix: prefix, startAfter: nil, limit: 1000)
        #expect(exact.items.count == 1000 && !exact.hasMore)
        // Limit 0 means no limit.
        #expect(try await store.range(prefix: prefix, startAfter: nil, limit: 0).items.count == 1000)
        // startAfter before the prefix starts at the prefix; after it, nothing.
        #expect(try await store.range(prefix: prefix, startAfter: "/a", limit: nil).items.count == 1000)
        #expect(try await store.range(prefix: prefix, startAfter: "/registry/pods/ns-2", limit: nil).items.isEmpty)
        // The empty prefix is everything; a prefix only matches keys that start with it.
        #expect(try await store.range(prefix: "", startAfter: nil, limit: nil).items.count == keys.count)
        #expect(try await store.range(prefix: "/registry/pods/", startAfter: nil, limit: nil).items.count == 3000)
        #expect(try await store.range(prefix: "/registry/pods", startAfter: nil, limit: nil).items.count == 3002)
        #expect(try await store.range(prefix: "/nothing/", startAfter: nil, limit: 5).items.isEmpty)

        // Deleted keys leave the range.
        let first = try #require(whole.items.first)
        _ = try await store.delete(first.key, expectedRevision: first.modRevision)
        let afterDelete = try await store.range(prefix: prefix, startAfter: nil, limit: 1)
        #expect(afterDelete.items.first?.key == expected[1])
        try await store.close()
    }

    @Test func keysAreOrderedByBytes() async throws {
        let directory = try TemporaryStoreDirectory()
        let store = try await directory.open()
        // "é" precomposed and decomposed are different keys to etcd (and to this store).
        let keys = ["/k/e\u{301}", "/k/\u{E9}", "/k/z", "/k/A", "/k/a"]
        for key in keys { _ = try await store.create(key, value: [1]) }
        let listed = try await store.range(prefix: "/k/", startAfter: nil, limit: nil).items.map(\.key)
        #expect(listed.map { Array($0.utf8) } == keys.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(try await store.get("/k/e\u{301}")?.key.utf8.count == 6)
        try await store.close()
    }

    @Test func sortedKeyListMatchesASortedSet() {
        var list = SortedKeyList()
        var reference = Set<String>()
        var generator = SplitMix64(seed: 42)
        for _ in 0..<40_000 {
            let key = "k\(Int.random(in: 0..<6000, using: &generator))"
            if Bool.random(using: &generator) {
                #expect(list.insert(IndexKey(key)) == reference.insert(key).inserted)
            } else {
                #expect(list.remove(IndexKey(key)) == (reference.remove(key) != nil))
            }
        }
        let sorted = reference.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        #expect(list.count == reference.count)
        #expect(list.allKeys.map(\.string) == sorted)
        var fromMiddle: [String] = []
        list.forEach(from: IndexKey("k3"), isExclusive: true) { key in
            fromMiddle.append(key.string)
            return true
        }
        #expect(fromMiddle == sorted.filter { Array($0.utf8).lexicographicallyPrecedes(Array("k3".utf8)) == false && $0 != "k3" })
    }
}
