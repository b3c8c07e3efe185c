import Foundation
import Synchronization
import Testing
@testable import SkiffLoop

@Suite struct TimerTests {
    @Test func timersFireInDeadlineOrderAndTiesInScheduleOrder() async throws {
        let loop = try EventLoop(name: "test-timers")
        let fired = Mutex<[String]>([])
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            loop.execute {
                // Scheduled on the loop in one go so libuv's cached "now" is the same for all.
                loop.scheduleTimer(after: .milliseconds(6)) { fired.withLock { $0.append("6ms") } }
                loop.scheduleTimer(after: .milliseconds(2)) { fired.withLock { $0.append("2ms-a") } }
                loop.scheduleTimer(after: .milliseconds(2)) { fired.withLock { $0.append("2ms-b") } }
                loop.scheduleTimer(after: .zero) { fired.withLock { $0.append("0ms") } }
                loop.scheduleTimer(after: .milliseconds(8)) { done.resume() }
            }
        }
        #expect(fired.withLock { $0 } == ["0ms", "2ms-a", "2ms-b", "6ms"])
        await loop.shutdown()
    }

    @Test func cancelledTimerNeverFires() async throws {
        let loop = try EventLoop(name: "test-cancel")
        let fired = Mutex(false)
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            loop.execute {
                let timer = loop.scheduleTimer(after: .milliseconds(1)) { fired.withLock { $0 = true } }
                timer.cancel()
                timer.cancel()
                loop.scheduleTimer(after: .milliseconds(5)) { done.resume() }
            }
        }
        #expect(fired.withLock { $0 } == false)
        await loop.shutdown()
    }

    @Test func sleepWaitsAtLeastTheDuration() async throws {
        let loop = try EventLoop(name: "test-sleep")
        let start = ContinuousClock.now
        try await loop.sleep(for: .milliseconds(20))
        #expect(ContinuousClock.now - start >= .milliseconds(20))
        await loop.shutdown()
    }

    @Test func cancellingASleepingTaskThrowsCancellationError() async throws {
        let loop = try EventLoop(name: "test-sleep-cancel")
        let task = Task(executorPreference: loop.taskExecutor) {
            try await loop.sleep(for: .seconds(600))
        }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }

        // Cancelled while actually parked on the timer.
        let started = ContinuousClock.now
        let parked = Task(executorPreference: loop.taskExecutor) {
            try await loop.sleep(for: .seconds(600))
        }
        await loop.settle()
        parked.cancel()
        await #expect(throws: CancellationError.self) { try await parked.value }
        #expect(ContinuousClock.now - started < .seconds(60))
        await loop.shutdown()
    }

    @Test func shutdownFailsPendingSleeps() async throws {
        let loop = try EventLoop(name: "test-sleep-shutdown")
        let sleeper = Task { try await loop.sleep(for: .seconds(600)) }
        try await loop.submit {}  // the timer is armed once this has run
        await loop.settle()
        await loop.shutdown()
        await #expect(throws: EventLoopClosedError.self) { try await sleeper.value }
    }

    @Test func systemTimeSourceSleepsUntilTheWallClockDeadline() async throws {
        let loop = try EventLoop(name: "test-system-time")
        let time = SystemTimeSource(loop: loop)
        let deadline = time.now().addingTimeInterval(0.015)
        try await time.sleep(until: deadline)
        #expect(time.now() >= deadline)
        try await time.sleep(until: deadline.addingTimeInterval(-10))  // past: returns at once
        await loop.shutdown()
    }

    @Test func millisecondsRoundUp() {
        #expect(EventLoop.milliseconds(roundingUp: .zero) == 0)
        #expect(EventLoop.milliseconds(roundingUp: .seconds(-1)) == 0)
        #expect(EventLoop.milliseconds(roundingUp: .nanoseconds(1)) == 1)
        #expect(EventLoop.milliseconds(roundingUp: .milliseconds(1500)) == 1500)
        #expect(EventLoop.milliseconds(roundingUp: .microseconds(1001)) == 2)
    }
}
