import Testing
@testable import SkiffAPIServer

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
