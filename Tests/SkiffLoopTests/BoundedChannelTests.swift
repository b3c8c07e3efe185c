import Synchronization
import Testing
@testable import SkiffLoop

private struct Expired: Error, Equatable {}

@Suite struct BoundedChannelTests {
    private func makeChannel(capacity: Int) -> BoundedChannel<Int> {
        BoundedChannel(capacity: capacity) { Expired() }
    }

    @Test func deliversInSendOrder() async throws {
        let channel = makeChannel(capacity: 100)
        for value in 0..<50 { #expect(channel.send(value) == .enqueued) }
        #expect(channel.send(contentsOf: 50..<100) == .enqueued)
        #expect(channel.bufferedCount == 100)
        channel.finish()
        var received: [Int] = []
        for try await value in channel { received.append(value) }
        #expect(received == Array(0..<100))
    }

    @Test func overflowEndsWithTheError() async throws {
        let channel = makeChannel(capacity: 3)
        let terminations = Atomic(0)
        channel.setOnTermination { terminations.add(1, ordering: .relaxed) }
        #expect(channel.send(contentsOf: [1, 2, 3]) == .enqueued)
        #expect(channel.send(4) == .overflowed)
        #expect(channel.isEnded)
        #expect(channel.send(5) == .terminated)
        #expect(terminations.load(ordering: .relaxed) == 1)
        await #expect(throws: Expired.self) { try await channel.next() }
        #expect(try await channel.next() == nil)  // the error is reported once
    }

    @Test func overflowReachesAWaitingConsumer() async throws {
        let loop = try EventLoop(name: "test-channel-overflow")
        let channel = makeChannel(capacity: 1)
        let consumer = Task(executorPreference: loop.taskExecutor) {
            var received: [Int] = []
            do {
                for try await value in channel { received.append(value) }
            } catch is Expired {
                return received
            }
            Issue.record("the channel should end with Expired")
            return received
        }
        await loop.settle()  // the consumer is parked
        #expect(channel.send(contentsOf: [1, 2, 3]) == .overflowed)
        #expect(try await consumer.value == [])
        await loop.shutdown()
    }

    @Test func finishDrainsThenEnds() async throws {
        let channel = makeChannel(capacity: 10)
        channel.send(contentsOf: [1, 2])
        channel.finish()
        channel.finish(throwing: Expired())  // no effect: already ended
        #expect(channel.send(3) == .terminated)
        #expect(try await channel.next() == 1)
        #expect(try await channel.next() == 2)
        #expect(try await channel.next() == nil)

        let failing = makeChannel(capacity: 10)
        failing.send(1)
        failing.finish(throwing: Expired())
        #expect(try await failing.next() == 1)
        await #expect(throws: Expired.self) { try await failing.next() }
    }

    @Test func finishWakesAParkedConsumer() async throws {
        let loop = try EventLoop(name: "test-channel-finish")
        let channel = makeChannel(capacity: 4)
        let consumer = Task(executorPreference: loop.taskExecutor) { try await channel.next() }
        await loop.settle()
        channel.finish(throwing: Expired())
        await #expect(throws: Expired.self) { try await consumer.value }
        await loop.shutdown()
    }

    @Test func cancelRunsOnTerminationOnce() async throws {
        let channel = makeChannel(capacity: 4)
        let terminations = Atomic(0)
        channel.setOnTermination { terminations.add(1, ordering: .relaxed) }
        channel.send(1)
        channel.cancel()
        channel.cancel()
        channel.finish()
        #expect(terminations.load(ordering: .relaxed) == 1)
        #expect(try await channel.next() == nil)  // cancel drops what was buffered

        // Registering after the end runs the handler at once.
        let late = Atomic(0)
        channel.setOnTermination { late.add(1, ordering: .relaxed) }
        #expect(late.load(ordering: .relaxed) == 1)
    }

    @Test func severalTerminationHandlersAndEndWaitersAllRunOnOverflow() async throws {
        let channel = makeChannel(capacity: 1)
        let first = Atomic(0)
        let second = Atomic(0)
        channel.setOnTermination { first.add(1, ordering: .relaxed) }
        let waiter = Task { await channel.ended() }
        channel.setOnTermination { second.add(1, ordering: .relaxed) }
        #expect(channel.send(1) == .enqueued)
        #expect(channel.send(2) == .overflowed)
        await waiter.value
        #expect(first.load(ordering: .relaxed) == 1)
        #expect(second.load(ordering: .relaxed) == 1)
        await channel.ended()  // already ended: returns at once
    }

    @Test func cancellingTheConsumingTaskEndsTheChannelOnce() async throws {
        let loop = try EventLoop(name: "test-channel-cancel")
        let channel = makeChannel(capacity: 4)
        let terminations = Atomic(0)
        channel.setOnTermination { terminations.add(1, ordering: .relaxed) }
        let consumer = Task(executorPreference: loop.taskExecutor) { try await channel.next() }
        await loop.settle()
        consumer.cancel()
        #expect(try await consumer.value == nil)
        #expect(channel.isEnded)
        #expect(channel.send(1) == .terminated)
        #expect(terminations.load(ordering: .relaxed) == 1)
        await loop.shutdown()
    }

    @Test func loopConsumerReceivesEverythingFromAnotherThreadInOrder() async throws {
        let loop = try EventLoop(name: "test-channel-loop")
        // Room for everything: whatever the interleaving, nothing overflows.
        let channel = makeChannel(capacity: 10_000)
        let consumer = Task(executorPreference: loop.taskExecutor) { () -> (Int, Bool) in
            var count = 0
            var isAlwaysOnLoop = true
            for try await value in channel {
                if value != count { Issue.record("expected \(count), got \(value)") }
                count += 1
                isAlwaysOnLoop = isAlwaysOnLoop && loop.inLoop
            }
            return (count, isAlwaysOnLoop)
        }
        for batch in 0..<100 {
            #expect(channel.send(contentsOf: (batch * 100)..<((batch + 1) * 100)) == .enqueued)
        }
        channel.finish()
        let (count, isAlwaysOnLoop) = try await consumer.value
        #expect(count == 10_000)
        #expect(isAlwaysOnLoop)
        await loop.shutdown()
    }
}
