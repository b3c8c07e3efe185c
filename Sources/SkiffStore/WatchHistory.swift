// The committed events a new watch can start from: everything after the compacted revision,
// up to a bounded number of events (etcd's watchable history, kube-apiserver's watch cache).

/// Committed events in revision order, oldest dropped first when over `capacity`.
/// A value type owned by `EmbeddedStore`'s actor.
struct WatchHistory: Sendable {
    /// The most events kept; older ones are dropped and raise `floor`.
    let capacity: Int
    /// Watches must start after this revision: the compacted revision, or the last dropped event.
    private(set) var floor: Int64
    private var events: [StoreEvent] = []
    private var head = 0

    init(capacity: Int, floor: Int64) {
        self.capacity = max(capacity, 0)
        self.floor = floor
    }

    var count: Int { events.count - head }

    /// Appends committed events (in revision order, each newer than everything kept).
    mutating func append(contentsOf newEvents: some Collection<StoreEvent>) {
        events.append(contentsOf: newEvents)
        let excess = count - capacity
        if excess > 0 { drop(count: excess) }
    }

    /// Forgets events up to and including `revision`, and refuses watches from before it.
    mutating func compact(upTo revision: Int64) {
        guard revision > floor else { return }
        let index = firstIndex(after: revision)
        drop(count: index - head)
        floor = revision
    }

    /// Events with revision > `revision` whose keys start with `prefix`, in revision order.
    /// The caller checks `revision >= floor` first.
    func events(after revision: Int64, prefix: String) -> [StoreEvent] {
        var result: [StoreEvent] = []
        var index = firstIndex(after: revision)
        while index < events.count {
            let event = events[index]
            if IndexKey.bytes(of: event.current.key, startWith: prefix) { result.append(event) }
            index += 1
        }
        return result
    }

    private mutating func drop(count dropped: Int) {
        guard dropped > 0 else { return }
        head += dropped
        floor = max(floor, events[head - 1].revision)
        // Reclaim the dropped prefix once it is most of the buffer (amortised O(1) per event).
        if head > 1024, head * 2 > events.count {
            events.removeFirst(head)
            head = 0
        }
    }

    private func firstIndex(after revision: Int64) -> Int {
        var low = head
        var high = events.count
        while low < high {
            let middle = (low + high) / 2
            if events[middle].revision <= revision { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
