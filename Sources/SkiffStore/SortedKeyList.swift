// The ordered key set behind `range`: a list of sorted chunks (a one-level B-tree).
//
// A plain sorted array costs an O(n) move per inserted key (150k keys ≈ 2.4 MB moved per create);
// chunks of at most `maximumChunkSize` keys bound that to a few KB, while a range still starts
// with two binary searches and then walks contiguous memory.

/// Keys in byte order, with O(log n + chunk) insert and remove and ordered iteration.
/// A value type with no isolation of its own: it lives inside its owner's isolation domain.
struct SortedKeyList: Sendable {
    /// A chunk splits in two when it grows past this many keys.
    static let maximumChunkSize = 512

    /// Non-empty sorted chunks; every key of chunk i precedes every key of chunk i + 1.
    private var chunks: [[IndexKey]] = []
    private(set) var count = 0

    init() {}

    /// Builds the list from keys already sorted and free of duplicates.
    init(sortedKeys: [IndexKey]) {
        let half = SortedKeyList.maximumChunkSize / 2
        var start = 0
        while start < sortedKeys.count {
            let end = min(start + half, sortedKeys.count)
            chunks.append(Array(sortedKeys[start..<end]))
            start = end
        }
        count = sortedKeys.count
    }

    /// Inserts `key`; returns false (and changes nothing) if it is already present.
    @discardableResult
    mutating func insert(_ key: IndexKey) -> Bool {
        if chunks.isEmpty {
            chunks.append([key])
            count = 1
            return true
        }
        // The first chunk whose last key is >= key, or the last chunk when key is the largest.
        let chunkIndex = min(firstChunk(withLastAtLeast: key), chunks.count - 1)
        let position = Self.lowerBound(of: key, in: chunks[chunkIndex])
        if position < chunks[chunkIndex].count, chunks[chunkIndex][position] == key { return false }
        chunks[chunkIndex].insert(key, at: position)
        count += 1
        if chunks[chunkIndex].count > Self.maximumChunkSize {
            let upper = Array(chunks[chunkIndex][(Self.maximumChunkSize / 2)...])
            chunks[chunkIndex].removeSubrange((Self.maximumChunkSize / 2)...)
            chunks.insert(upper, at: chunkIndex + 1)
        }
        return true
    }

    /// Removes `key`; returns false if it was not present.
    @discardableResult
    mutating func remove(_ key: IndexKey) -> Bool {
        let chunkIndex = firstChunk(withLastAtLeast: key)
        guard chunkIndex < chunks.count else { return false }
        let position = Self.lowerBound(of: key, in: chunks[chunkIndex])
        guard position < chunks[chunkIndex].count, chunks[chunkIndex][position] == key else { return false }
        chunks[chunkIndex].remove(at: position)
        count -= 1
        if chunks[chunkIndex].isEmpty { chunks.remove(at: chunkIndex) }
        return true
    }

    /// Calls `body` with each key >= `lowerBound` (> when `isExclusive`) in order, until it returns false.
    func forEach(from lowerBound: IndexKey, isExclusive: Bool, _ body: (IndexKey) -> Bool) {
        var chunkIndex = firstChunk(withLastAtLeast: lowerBound)
        guard chunkIndex < chunks.count else { return }
        var position = Self.lowerBound(of: lowerBound, in: chunks[chunkIndex])
        if isExclusive, position < chunks[chunkIndex].count, chunks[chunkIndex][position] == lowerBound {
            position += 1
        }
        while chunkIndex < chunks.count {
            let chunk = chunks[chunkIndex]
            while position < chunk.count {
                if !body(chunk[position]) { return }
                position += 1
            }
            chunkIndex += 1
            position = 0
        }
    }

    /// All keys in order (for tests and checks).
    var allKeys: [IndexKey] { chunks.flatMap { $0 } }

    private func firstChunk(withLastAtLeast key: IndexKey) -> Int {
        var low = 0
        var high = chunks.count
        while low < high {
            let middle = (low + high) / 2
            // Chunks are never empty, so `last` is present.
            if chunks[middle][chunks[middle].count - 1] < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func lowerBound(of key: IndexKey, in chunk: [IndexKey]) -> Int {
        var low = 0
        var high = chunk.count
        while low < high {
            let middle = (low + high) / 2
            if chunk[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
