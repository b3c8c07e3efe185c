import Foundation
import Synchronization
import Testing
@testable import SkiffLoop

/// A component on a loop that hands work to a worker and checks where it resumes.
private actor Offloader: LoopBound {
    nonisolated let loop: EventLoop
    let worker: WorkerThread

    init(loop: EventLoop, worker: WorkerThread) {
        self.loop = loop
        self.worker = worker
    }

    /// The thread the job ran on, and whether this actor was back on its loop afterwards.
    func runJob() async throws -> (jobThread: String, resumedOnLoop: Bool) {
        let name = try await worker.run { Self.currentThreadName() }
        return (name, loop.inLoop)
    }

    static func currentThreadName() -> String {
        (try? String(contentsOfFile: "/proc/thread-self/comm", encoding: .utf8))?.trimmingCharacters(in: .newlines) ?? ""
    }
}

private final class OrderLog: Sendable {
    let entries = Mutex<[Int]>([])
}

private struct JobFailure: Error, Equatable {
    let code: Int
}

@Suite struct WorkerThreadTests {
    @Test func jobsRunOnTheWorkerAndTheCallerResumesOnItsLoop() async throws {
        let loop = try EventLoop(name: "test-wt-loop")
        let worker = WorkerThread(name: "test-wt-run", settling: loop)
        let offloader = Offloader(loop: loop, worker: worker)
        let (jobThread, resumedOnLoop) = try await offloader.runJob()
        #expect(jobThread == "test-wt-run")
        #expect(resumedOnLoop)
        worker.stop()
        #expect(try ProcessThreads.hasExited(named: "test-wt-run"))
        await loop.shutdown()
    }

    @Test func manyConcurrentJobsEachGetTheirOwnResultOrError() async throws {
        let worker = WorkerThread(name: "test-wt-many")
        let results = try await withThrowingTaskGroup(of: (Int, Int?).self) { group in
            for index in 0..<500 {
                group.addTask {
                    do {
                        let value = try await worker.run {
                            if index % 7 == 0 { throw JobFailure(code: index) }
                            return index * 2
                        }
                        return (index, value)
                    } catch let failure as JobFailure {
                        #expect(failure.code == index)
                        return (index, nil)
                    }
                }
            }
            var results: [Int: Int?] = [:]
            for try await (index, value) in group { results[index] = value }
            return results
        }
        #expect(results.count == 500)
        for (index, value) in results {
            #expect(value == (index % 7 == 0 ? nil : index * 2))
        }
        worker.stop()
    }

    @Test func jobsRunInSubmissionOrder() async throws {
        let loop = try EventLoop(name: "test-wt-order-l")
        let worker = WorkerThread(name: "test-wt-order")
        let order = OrderLog()
        // The first job holds the thread until every other job is queued behind it.
        let gate = DispatchSemaphore(value: 0)
        // Tasks started in order on one loop run in that order up to their first suspension,
        // which is the submission.
        let tasks = await Task(executorPreference: loop.taskExecutor) {
            (0...20).map { index in
                Task(executorPreference: loop.taskExecutor) {
                    try await worker.run {
                        if index == 0 { gate.wait() }
                        order.entries.withLock { $0.append(index) }
                    }
                }
            }
        }.value
        await loop.settle()
        gate.signal()
        for task in tasks { try await task.value }
        #expect(order.entries.withLock { $0 } == Array(0...20))
        worker.stop()
        await loop.shutdown()
    }

    @Test func afterStopJobsRunOnTheCaller() async throws {
        let worker = WorkerThread(name: "test-wt-stop")
        #expect(try await worker.run { Offloader.currentThreadName() } == "test-wt-stop")
        worker.stop()
        worker.stop()  // idempotent
        #expect(try ProcessThreads.hasExited(named: "test-wt-stop"))
        let caller = Offloader.currentThreadName()
        #expect(try await worker.run { Offloader.currentThreadName() } == caller)
    }

    @Test func droppingTheWorkerEndsItsThread() async throws {
        var worker: WorkerThread? = WorkerThread(name: "test-wt-drop")
        #expect(try await worker?.run { 1 } == 1)
        #expect(try ProcessThreads.names().contains("test-wt-drop"))
        worker = nil
        #expect(try ProcessThreads.hasExited(named: "test-wt-drop"))
    }

    @Test func settleWaitsForAJobInFlight() async throws {
        let loop = try EventLoop(name: "test-wt-settle")
        let worker = WorkerThread(name: "test-wt-settle-w", settling: loop)
        let done = Atomic(false)
        let task = Task(executorPreference: loop.taskExecutor) {
            try await worker.run {
                usleep(50_000)
                done.store(true, ordering: .sequentiallyConsistent)
            }
        }
        await loop.settle()
        let isDone = done.load(ordering: .sequentiallyConsistent)
        #expect(isDone)
        try await task.value
        worker.stop()
        await loop.shutdown()
    }
}
