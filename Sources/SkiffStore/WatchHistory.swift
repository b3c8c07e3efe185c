// The committed events a new watch can start from: everything after the compacted revision,
// up to a bounded number of events (etcd's watchable history, kube-apiserver's watch cache).

/// Committed events in revision order, oldest dropped first when over `capacity` (a
/// `BoundedHistory`, so no more than `capacity` are ever held).
/// A value type owned by `EmbeddedStore`'s actor.
struct WatchHistory: Sendable {
    /// The most events kept; older ones are dropped and raise `floor`.
    let capacity: Int
    /// Watches must start after this revision: the compacted revision, or the last dropped event.
    private(set) var floor: Int64
    private var events: BoundedHistory<StoreEvent>

    init(capacity: Int, floor: Int64) {
        self.capacity = max(capacity, 0)
        self.floor = floor
        self.events = BoundedHistory(capacity: max(capacity, 1))
    }

    var count: Int { events.count }

    /// Appends committed events (in revision order, each newer than everything kept).
    mutating func append(contentsOf newEvents: some Collection<StoreEvent>) {
        for event in newEvents {
            guard capacity > 0 else {
                floor = max(floor, event.revision)
                continue
            }
            if let dropped = events.append(event) { floor = max(floor, dropped.revision) }
        }
    }

    /// Forgets events up to and including `revision`, and refuses watches from before it.
    mutating func compact(upTo revision: Int64) {
        guard revision > floor else { return }
        events.removeFirst(firstIndex(after: revision))
        floor = revision
    }

    /// Events with revision > `revision` whose keys start with `prefix`, in revision order.
    /// The caller checks `revision >= floor` first.
    func events(after revision: Int64, prefix: String) -> [StoreEvent] {
        var result: [StoreEvent] = []
        for position in firstIndex(after: revision)..<events.count {
            let event = events[position]
            if IndexKey.bytes(of: event.current.key, startWith: prefix) { result.append(event) }
        }
        return result
    }

    private func firstIndex(after revision: Int64) -> Int {
        events.partitioningIndex { $0.revision <= revision }
    }
}
