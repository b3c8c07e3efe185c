// The committed (durable) state of every key, served to reads without touching SQLite.

/// Key → latest `KeyValue`, plus the keys in byte order for `range`.
/// A value type owned by `EmbeddedStore`'s actor (or the writer thread during recovery).
struct KeyIndex: Sendable {
    private var items: [IndexKey: KeyValue] = [:]
    private var order = SortedKeyList()

    init() {}

    /// Builds the index from recovered items in one sort (faster than inserting one by one).
    init(items: [IndexKey: KeyValue]) {
        self.items = items
        self.order = SortedKeyList(sortedKeys: items.keys.sorted())
    }

    var count: Int { items.count }

    subscript(key: IndexKey) -> KeyValue? { items[key] }

    /// Applies one committed event.
    mutating func apply(_ event: StoreEvent) {
        let key = IndexKey(event.current.key)
        switch event.kind {
        case .put:
            if items.updateValue(event.current, forKey: key) == nil { order.insert(key) }
        case .delete:
            if items.removeValue(forKey: key) != nil { order.remove(key) }
        }
    }

    /// Up to `limit` items (all when nil or <= 0) whose keys start with `prefix`, in byte order,
    /// strictly after `startAfter` when given; and whether more matching keys follow.
    func range(prefix: String, startAfter: String?, limit: Int?) -> (items: [KeyValue], hasMore: Bool) {
        let limit = (limit ?? 0) > 0 ? limit : nil
        var lowerBound = IndexKey(prefix)
        var isExclusive = false
        if let startAfter, IndexKey(startAfter) >= lowerBound {
            lowerBound = IndexKey(startAfter)
            isExclusive = true
        }
        var result: [KeyValue] = []
        var hasMore = false
        order.forEach(from: lowerBound, isExclusive: isExclusive) { key in
            guard key.hasPrefix(prefix) else { return false }
            if let limit, result.count == limit {
                hasMore = true
                return false
            }
            if let item = items[key] { result.append(item) }
            return true
        }
        return (result, hasMore)
    }
}
