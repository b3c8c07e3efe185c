/// The last `capacity` elements appended, oldest first, in a ring: appending to a full history
/// drops the oldest element at once, so no more than `capacity` are ever alive (an array trimmed
/// from the front now and then kept up to twice that many typed objects alive).
/// A value type with no isolation of its own: it lives inside its owner's isolation domain.
/// Shared by the store's watch history and the API server's watch caches (`package`).
package struct BoundedHistory<Element> {
    package let capacity: Int
    private var slots: [Element?] = []
    /// The slot of the oldest element.
    private var head = 0
    package private(set) var count = 0

    package init(capacity: Int) {
        self.capacity = max(capacity, 1)
    }

    package var isEmpty: Bool { count == 0 }

    /// Appends `element`; returns the element it pushed out when the history was full.
    @discardableResult
    package mutating func append(_ element: Element) -> Element? {
        if slots.count < capacity {
            slots.append(element)
            count += 1
            return nil
        }
        if count < capacity {
            slots[(head + count) % capacity] = element
            count += 1
            return nil
        }
        let evicted = slots[head]
        slots[head] = element
        head = (head + 1) % capacity
        return evicted
    }

    /// The element at `position`, 0 being the oldest.
    package subscript(position: Int) -> Element {
        precondition(position >= 0 && position < count, "history position \(position) out of 0..<\(count)")
        return slots[(head + position) % slots.count]!
    }

    /// The first position whose element is not `isBefore` (elements must be partitioned:
    /// every one that is before comes first), or `count`.
    package func partitioningIndex(where isBefore: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Drops the `dropped` oldest elements (all of them when there are fewer).
    package mutating func removeFirst(_ dropped: Int) {
        let dropped = min(max(dropped, 0), count)
        guard dropped < count else {
            // Empty: start over at slot 0, as `append` expects of a ring not yet full.
            slots.removeAll(keepingCapacity: true)
            head = 0
            count = 0
            return
        }
        for offset in 0..<dropped { slots[(head + offset) % slots.count] = nil }
        head = (head + dropped) % slots.count
        count -= dropped
    }

    package mutating func removeAll() {
        slots = []
        head = 0
        count = 0
    }
}

extension BoundedHistory: Sendable where Element: Sendable {}
