import Foundation
import Synchronization
import Testing
import SkiffLoop
import SkiffLoopTesting

/// A loop-bound component that records what it sees, like a controller would.
private actor Log: LoopBound {
    nonisolated let loop: EventLoop
    private(set) var lines: [String] = []
    init(loop: EventLoop) { self.loop = loop }
    func append(_ line: String) { lines.append(line) }
}

/// A component with a periodic timer: sleeps `period`, records the time, and re-arms.
private actor Ticker: LoopBound {
    nonisolated let loop: EventLoop
    let time: ManualTimeSource
    private(set) var ticks: [TimeInterval] = []
    init(loop: EventLoop, time: ManualTimeSource) {
        self.loop = loop
        self.time = time
    }
    func run(period: Duration) async {
        while true {
            do { try await time.sleep(for: period) } catch { return }
            ticks.append(time.since(ManualTimeSource.defaultStart))
        }
    }
}

@Suite struct ManualTimeSourceTests {
    @Test func timeMovesOnlyWhenAdvanced() async {
        let time = ManualTimeSource()
        #expect(time.now() == ManualTimeSource.defaultStart)
        #expect(time.now() == Date(timeIntervalSince1970: 1_767_225_600))
        await time.advance(by: .seconds(90))
        #expect(time.since(ManualTimeSource.defaultStart) == 90)
        await time.advance(to: ManualTimeSource.defaultStart)  // never backwards
        #expect(time.since(ManualTimeSource.defaultStart) == 90)
        let custom = ManualTimeSource(start: Date(timeIntervalSince1970: 0))
        #expect(custom.now() == Date(timeIntervalSince1970: 0))
    }

    @Test func sleepWithPastDeadlineReturnsImmediately() async throws {
        let time = ManualTimeSource()
        try await time.sleep(until: time.now())
        try await time.sleep(for: .zero)
        #expect(time.pendingSleepers == 0)
    }

    @Test func sleepersWakeInDeadlineOrderTiesInSubmissionOrder() async throws {
        let loop = try EventLoop(name: "test-manual-order")
        let time = ManualTimeSource(settling: loop)
        let log = Log(loop: loop)
        let plan: [(String, Int)] = [("c", 3), ("a1", 1), ("b", 2), ("a2", 1), ("a3", 1)]
        var tasks: [Task<Void, any Error>] = []
        for (name, seconds) in plan {
            tasks.append(Task(executorPreference: loop.taskExecutor) {
                try await time.sleep(for: .seconds(seconds))
                await log.append("\(name)@\(Int(time.since(ManualTimeSource.defaultStart)))")
            })
            await loop.settle()  // registered before the next one: submission order is known
        }
        #expect(time.pendingSleepers == 5)
        await time.advance(by: .milliseconds(999))
        #expect(await log.lines.isEmpty)
        await time.advance(by: .seconds(5))
        #expect(await log.lines == ["a1@1", "a2@1", "a3@1", "b@2", "c@3"])
        #expect(abs(time.since(ManualTimeSource.defaultStart) - 5.999) < 1e-6)
        #expect(time.pendingSleepers == 0)
        for task in tasks { try await task.value }
        await loop.shutdown()
    }

    @Test func cancelledSleeperIsRemovedAndThrows() async throws {
        let loop = try EventLoop(name: "test-manual-cancel")
        let time = ManualTimeSource(settling: loop)
        let task = Task(executorPreference: loop.taskExecutor) {
            try await time.sleep(for: .seconds(10))
        }
        await loop.settle()
        #expect(time.pendingSleepers == 1)
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(time.pendingSleepers == 0)
        await time.advance(by: .seconds(20))

        // Cancelled before it ever parks.
        let early = Task(executorPreference: loop.taskExecutor) {
            withUnsafeCurrentTask { $0?.cancel() }
            try await time.sleep(for: .seconds(10))
        }
        await #expect(throws: CancellationError.self) { try await early.value }
        #expect(time.pendingSleepers == 0)
        await loop.shutdown()
    }

    @Test func advanceFiresRearmedTimersInsideTheWindow() async throws {
        let loop = try EventLoop(name: "test-manual-rearm")
        let time = ManualTimeSource(settling: loop)
        let ticker = Ticker(loop: loop, time: time)
        let run = Task(executorPreference: loop.taskExecutor) { await ticker.run(period: .seconds(2)) }
        await loop.settle()
        await time.advance(by: .seconds(7))
        #expect(await ticker.ticks == [2, 4, 6])
        #expect(time.pendingSleepers == 1)
        await time.advance(by: .seconds(1))
        #expect(await ticker.ticks == [2, 4, 6, 8])
        run.cancel()
        await run.value
        #expect(time.pendingSleepers == 0)
        await loop.shutdown()
    }
}

@Suite struct SettleTests {
    @Test func settleWaitsForChainsOfLoopWork() async throws {
        let loop = try EventLoop(name: "test-settle")
        let log = Log(loop: loop)
        // A chain of hops that keeps re-queueing itself 1000 times.
        Task(executorPreference: loop.taskExecutor) {
            for index in 0..<1000 {
                await Task.yield()
                if index % 100 == 99 { await log.append("\(index)") }
            }
        }
        await loop.settle()
        #expect(await log.lines.count == 10)
        await loop.shutdown()
    }

    @Test func settleWaitsForRegisteredExternalWork() async throws {
        let loop = try EventLoop(name: "test-settle-external")
        let log = Log(loop: loop)
        loop.beginExternalWork()  // e.g. a store commit on its fsync thread
        let settled = Mutex(false)
        let settling = Task {
            await loop.settle()
            settled.withLock { $0 = true }
        }
        // Settle cannot finish while external work is open, however many turns pass.
        for _ in 0..<20 { try await loop.submit {} }
        #expect(settled.withLock { $0 } == false)
        loop.execute { log.assumeIsolated { $0.append("result") } }
        loop.endExternalWork()
        await settling.value
        #expect(await log.lines == ["result"])
        await loop.shutdown()
    }
}
