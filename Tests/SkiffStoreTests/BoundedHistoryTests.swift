import Testing
@testable import SkiffStore

@Suite struct BoundedHistoryTests {
    /// An object that reports when the history lets go of it.
    final class Tracked {
        let value: Int
        let onRelease: (Int) -> Void
        init(_ value: Int, onRelease: @escaping (Int) -> Void) {
            self.value = value
            self.onRelease = onRelease
        }
        deinit { onRelease(value) }
    }

    @Test func keepsTheLastCapacityElementsOldestFirst() {
        var history = BoundedHistory<Int>(capacity: 3)
        #expect(history.isEmpty)
        #expect(history.append(1) == nil)
        #expect(history.append(2) == nil)
        #expect(history.append(3) == nil)
        #expect(history.append(4) == 1)
        #expect(history.append(5) == 2)
        #expect(history.count == 3)
        #expect((0..<history.count).map { history[$0] } == [3, 4, 5])
        #expect(history.partitioningIndex { $0 <= 3 } == 1)
        #expect(history.partitioningIndex { $0 <= 0 } == 0)
        #expect(history.partitioningIndex { $0 <= 9 } == 3)
        history.removeAll()
        #expect(history.isEmpty)
        #expect(history.append(6) == nil)
        #expect(history[0] == 6)
    }

    @Test func removeFirstDropsTheOldestAndKeepsTheRingUsable() {
        var released: [Int] = []
        var history = BoundedHistory<Tracked>(capacity: 4)
        for value in 0..<3 { history.append(Tracked(value) { released.append($0) }) }
        history.removeFirst(2)
        #expect(released == [0, 1])
        #expect(history.count == 1 && history[0].value == 2)
        // Not yet full: appending continues after the kept element.
        for value in 3..<7 { history.append(Tracked(value) { released.append($0) }) }
        #expect((0..<history.count).map { history[$0].value } == [3, 4, 5, 6])
        #expect(released == [0, 1, 2])
        // Full and wrapped: dropping every element starts over at an empty ring.
        history.removeFirst(1)
        #expect(history[0].value == 4)
        history.removeFirst(10)
        #expect(history.isEmpty)
        #expect(released == [0, 1, 2, 3, 4, 5, 6])
        history.append(Tracked(7) { released.append($0) })
        history.removeFirst(0)
        #expect(history.count == 1 && history[0].value == 7)
    }

    private static func event(_ revision: Int64, key: String = "/registry/pods/default/p") -> StoreEvent {
        StoreEvent(kind: .put, current: KeyValue(key: key, value: [], createRevision: revision, modRevision: revision, version: 1), previous: nil)
    }

    @Test func watchHistoryRaisesItsFloorAsEventsAreDroppedOrCompacted() {
        var history = WatchHistory(capacity: 3, floor: 0)
        history.append(contentsOf: (1...5).map { Self.event($0) })
        #expect(history.count == 3)
        #expect(history.floor == 2)
        #expect(history.events(after: 2, prefix: "/registry/").map(\.revision) == [3, 4, 5])
        #expect(history.events(after: 4, prefix: "/registry/").map(\.revision) == [5])
        #expect(history.events(after: 5, prefix: "/registry/").isEmpty)
        history.append(contentsOf: [Self.event(6, key: "/registry/nodes/n1")])
        #expect(history.events(after: 3, prefix: "/registry/pods/").map(\.revision) == [4, 5])

        history.compact(upTo: 4)
        #expect(history.floor == 4)
        #expect(history.events(after: 4, prefix: "/registry/").map(\.revision) == [5, 6])
        history.compact(upTo: 3)  // behind the floor: nothing changes
        #expect(history.count == 2)
        history.compact(upTo: 9)
        #expect(history.count == 0 && history.floor == 9)
        history.append(contentsOf: [Self.event(10)])
        #expect(history.events(after: 9, prefix: "/registry/").map(\.revision) == [10])

        // No history at all: every event moves the floor.
        var none = WatchHistory(capacity: 0, floor: 0)
        none.append(contentsOf: (1...2).map { Self.event($0) })
        #expect(none.count == 0 && none.floor == 2)
    }

    @Test func anEvictedElementIsReleasedAtOnce() {
        var released: [Int] = []
        var history = BoundedHistory<Tracked>(capacity: 2)
        for value in 0..<5 {
            history.append(Tracked(value) { released.append($0) })
        }
        // Exactly `capacity` elements stay alive: nothing waits for a later trim.
        #expect(released == [0, 1, 2])
        #expect(history[0].value == 3 && history[1].value == 4)
    }
}
