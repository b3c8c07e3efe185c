import SkiffAPI

/// The scheduler's pending Event writes: a bounded FIFO that drops new events when full, so
/// recording an event never slows a scheduling cycle and never grows memory without bound
/// (upstream's event broadcaster also drops under pressure). `droppedCount` says how many.
///
/// Isolation: a value owned by the `Scheduler` actor, which drains it with a few writes in flight.
struct EventBuffer {
    let capacity: Int
    private var storage: [Event?]
    private var head = 0
    private(set) var count = 0
    private(set) var droppedCount = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        self.storage = Array(repeating: nil, count: max(capacity, 1))
    }

    var isEmpty: Bool { count == 0 }

    /// Queues `event`; false (and counted) when full.
    mutating func append(_ event: Event) -> Bool {
        guard count < capacity else {
            droppedCount += 1
            return false
        }
        storage[(head + count) % capacity] = event
        count += 1
        return true
    }

    mutating func popFirst() -> Event? {
        guard count > 0 else { return nil }
        let event = storage[head]
        storage[head] = nil
        head = (head + 1) % capacity
        count -= 1
        return event
    }
}
