import Foundation
import SkiffClient
import SkiffLoop
import SkiffLoopTesting
import Synchronization
import Testing

@Suite("WorkQueue")
struct WorkQueueTests {
    /// A queue on a fresh loop with a manual clock.
    private func makeQueue(
        backoff: ExponentialBackoff = ExponentialBackoff()
    ) throws -> (WorkQueue<String>, ManualTimeSource, EventLoop) {
        let loop = try EventLoop(name: "test-workqueue")
        let time = ManualTimeSource(settling: loop)
        return (WorkQueue<String>(loop: loop, time: time, backoff: backoff), time, loop)
    }

    @Test func addsAreDeduplicated() async throws {
        let (queue, _, loop) = try makeQueue()
        await queue.add("a")
        await queue.add("b")
        await queue.add("a")
        #expect(await queue.count == 2)
        #expect(await queue.get() == "a")
        #expect(await queue.get() == "b")
        await loop.shutdown()
    }

    @Test func aKeyBeingProcessedIsDeferredUntilDone() async throws {
        let (queue, _, loop) = try makeQueue()
        await queue.add("a")
        let key = await queue.get()
        #expect(key == "a")
        await queue.add("a")
        #expect(await queue.count == 0, "a second worker must not get a key that is being processed")
        await queue.done("a")
        #expect(await queue.count == 1)
        #expect(await queue.get() == "a")
        await queue.done("a")
        #expect(await queue.count == 0)
        await loop.shutdown()
    }

    @Test func rateLimitedRetriesBackOffExponentiallyOnTheClock() async throws {
        let (queue, time, loop) = try makeQueue(backoff: ExponentialBackoff(base: .seconds(1), cap: .seconds(4)))
        var delays: [Double] = []
        for _ in 0..<4 {
            await queue.addRateLimited("a")
            let start = time.now()
            while await queue.count == 0 {
                guard let deadline = time.nextDeadline else { Issue.record("no retry was scheduled"); return }
                await time.advance(to: deadline)
            }
            delays.append(time.now().timeIntervalSince(start))
            _ = await queue.get()
            await queue.done("a")
        }
        #expect(delays == [1, 2, 4, 4])
        #expect(await queue.numRequeues("a") == 4)
        await queue.forget("a")
        #expect(await queue.numRequeues("a") == 0)
        await loop.shutdown()
    }

    @Test func addAfterKeepsTheEarliestDeadline() async throws {
        let (queue, time, loop) = try makeQueue()
        await queue.addAfter("a", delay: .seconds(10))
        await queue.addAfter("a", delay: .seconds(3))
        await queue.addAfter("a", delay: .seconds(20))
        await time.advance(by: .seconds(2))
        #expect(await queue.count == 0)
        await time.advance(by: .seconds(1))
        #expect(await queue.count == 1)
        await time.advance(by: .seconds(30))
        #expect(await queue.count == 1, "the later deadlines were superseded")
        await loop.shutdown()
    }

    @Test func shutDownDrainsThenEnds() async throws {
        let (queue, _, loop) = try makeQueue()
        await queue.add("a")
        await queue.add("b")
        let first = await queue.get()
        await queue.shutDown()
        await queue.add("c")
        #expect(await queue.get() == "b")
        #expect(await queue.get() == nil)
        if let first { await queue.done(first) }
        await queue.done("b")
        await queue.shutDownWithDrain()
        await loop.shutdown()
    }

    @Test func idleWorkersWakeOnShutDown() async throws {
        let (queue, _, loop) = try makeQueue()
        async let waiting = queue.get()
        await loop.settle()
        await queue.shutDown()
        #expect(await waiting == nil)
        await loop.shutdown()
    }

    @Test func backoffDelays() {
        let backoff = ExponentialBackoff(base: .milliseconds(5), cap: .seconds(1000))
        #expect(backoff.delay(forAttempt: 0) == .milliseconds(5))
        #expect(backoff.delay(forAttempt: 3) == .milliseconds(40))
        #expect(backoff.delay(forAttempt: 100) == .seconds(1000))
    }

    @Test func runWorkersRetriesAFailureWithBackOffAndReturnsAfterShutDown() async throws {
        let (queue, time, loop) = try makeQueue(backoff: ExponentialBackoff(base: .seconds(1), cap: .seconds(10)))
        let log = Mutex<[String]>([])
        let workers = Task(executorPreference: loop.taskExecutor) {
            await queue.runWorkers(2) { key in
                let attempt = log.withLock { log -> Int in
                    log.append(key)
                    return log.filter { $0 == key }.count
                }
                if key == "flaky", attempt == 1 { throw CancellationError() }
            }
        }
        await queue.add("ok")
        await queue.add("flaky")
        await loop.settle()
        #expect(log.withLock { $0 }.sorted() == ["flaky", "ok"])
        #expect(await queue.numRequeues("flaky") == 1)
        // The failure comes back after its one-second back-off, succeeds, and is forgotten.
        await time.advance(by: .seconds(1))
        #expect(log.withLock { $0.filter { $0 == "flaky" }.count } == 2)
        #expect(await queue.numRequeues("flaky") == 0)
        await queue.shutDown()
        await workers.value
        await loop.shutdown()
    }
}
