import SkiffAPI

/// The typed objects of the server's most recent writes, by storage key and revision, so a
/// read-modify-write (`guaranteedUpdate`: a binding, a status update) that finds the object
/// still at the revision this server wrote skips decoding the stored bytes (a Pod decode is
/// ~40–60 µs; the scheduler binds every pod shortly after it was created).
///
/// Bounded: the oldest entries are forgotten first (`capacity` keys). Never authoritative: a
/// caller uses an entry only when its revision equals the store's current one for the key.
/// Isolation: a value owned by the `APIServer` actor.
struct RecentObjects {
    private struct Entry {
        var revision: Int64
        var object: any APIObject
        /// Which insertion this is, so an older ring slot of the same key does not evict it.
        var sequence: Int
    }

    let capacity: Int
    private var entries: [String: Entry] = [:]
    /// Insertions in order (a key may repeat); a key is evicted only when its latest insertion
    /// is the one leaving the ring.
    private var order: [(key: String, sequence: Int)] = []
    private var head = 0
    private var nextSequence = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
    }

    mutating func insert(key: String, revision: Int64, object: any APIObject) {
        nextSequence += 1
        entries[key] = Entry(revision: revision, object: object, sequence: nextSequence)
        order.append((key, nextSequence))
        if order.count - head > capacity {
            let oldest = order[head]
            head += 1
            if entries[oldest.key]?.sequence == oldest.sequence { entries[oldest.key] = nil }
            if head > capacity {
                order.removeFirst(head)
                head = 0
            }
        }
    }

    /// The object stored at `key` if this server wrote it at exactly `revision`.
    func object<Object: APIObject>(_ type: Object.Type, key: String, revision: Int64) -> Object? {
        guard let entry = entries[key], entry.revision == revision else { return nil }
        return entry.object as? Object
    }
}
