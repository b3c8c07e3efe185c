import Foundation
import Synchronization
import Testing
@testable import SkiffLoop

/// A component pinned to a loop, recording on which thread its methods run.
private actor Recorder: LoopBound {
    nonisolated let loop: EventLoop
    private(set) var entries: [String] = []

    init(loop: EventLoop) { self.loop = loop }

    func record(_ entry: String) -> Bool {
        entries.append(entry)
        return loop.inLoop
    }
}

@Suite struct EventLoopTests {
    @Test func actorMethodsRunOnTheLoopThread() async throws {
        let loop = try EventLoop(name: "test-actor")
        let recorder = Recorder(loop: loop)
        #expect(loop.inLoop == false)
        #expect(await recorder.record("a"))
        #expect(await recorder.entries == ["a"])
        await loop.shutdown()
    }

    @Test func taskWithExecutorPreferenceStaysOnTheLoop() async throws {
        let loop = try EventLoop(name: "test-preference")
        let observations = try await Task(executorPreference: loop.taskExecutor) {
            var onLoop: [Bool] = [loop.inLoop]
            await Task.yield()
            onLoop.append(loop.inLoop)
            try await loop.sleep(for: .milliseconds(1))
            onLoop.append(loop.inLoop)
            let value = await withCheckedContinuation { continuation in
                Thread.detachNewThreadResumption(continuation)
            }
            onLoop.append(loop.inLoop && value)
            return onLoop
        }.value
        #expect(observations == [true, true, true, true])
        await loop.shutdown()
    }

    @Test func executeRunsClosuresInOrderOnTheLoop() async throws {
        let loop = try EventLoop(name: "test-execute")
        let order = Mutex<[Int]>([])
        for index in 0..<100 {
            loop.execute {
                precondition(loop.inLoop)
                order.withLock { $0.append(index) }
            }
        }
        let onLoop = try await loop.submit { loop.inLoop }
        #expect(onLoop)
        #expect(order.withLock { $0 } == Array(0..<100))
        await loop.shutdown()
    }

    @Test func submitAfterShutdownThrows() async throws {
        let loop = try EventLoop(name: "test-closed")
        await loop.shutdown()
        await #expect(throws: EventLoopClosedError.self) {
            try await loop.submit { 1 }
        }
        await loop.shutdown()  // idempotent
    }
}

extension Thread {
    /// Resumes `continuation` from a brand-new thread, as a foreign callback would.
    static func detachNewThreadResumption(_ continuation: CheckedContinuation<Bool, Never>) {
        Thread.detachNewThread { continuation.resume(returning: true) }
    }
}
