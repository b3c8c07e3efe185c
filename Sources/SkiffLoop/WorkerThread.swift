// CPU-bound work beside an event loop.
//
// An event loop is one thread: whatever it computes, every actor on it waits for. Work that
// needs none of their state (validating an object and encoding it for the store: about half of
// the API server's loop time per write) can run on a second core instead. This thread runs such
// jobs one at a time, in submission order, and resumes each caller with its result.
//
// Why not the global concurrent executor: a hop to it and back wakes a pool thread and costs
// tens of µs of the loop's time each way here (RUNTIME-NOTES). This thread sleeps only when its
// queue is empty; while jobs keep coming it takes them in batches, and submitting costs the loop
// a lock and an append.

import CLibUV
import Foundation
import Glibc

/// A dedicated thread that runs CPU-bound jobs off an event loop, in submission order, and hands
/// each result back to the task that awaited it.
///
/// The thread starts with the first job. `stop()` (or dropping the worker) runs every queued
/// job, then ends the thread and joins it; a job submitted after `stop()` runs on the caller's
/// thread instead, so a stopped owner still answers. Jobs given a loop to settle (`settling:`)
/// count as its external work, so `EventLoop.settle()` waits for them.
public final class WorkerThread: Sendable {
    private let queue: JobQueue
    private let settleLoop: EventLoop?

    /// A worker named `name` (at most 15 bytes are kept, Linux's limit for a thread name).
    public init(name: String, settling loop: EventLoop? = nil) {
        self.queue = JobQueue(name: name)
        self.settleLoop = loop
    }

    deinit {
        queue.stop()
    }

    /// Runs `job` on the worker thread and returns (or throws) its result. The caller stays on
    /// its actor while it waits (no hop to the global executor on the way there or back).
    public func run<Result: Sendable>(
        isolation: isolated (any Actor)? = #isolation, _ job: @escaping @Sendable () throws -> Result
    ) async throws -> Result {
        try await withUnsafeThrowingContinuation(isolation: isolation) { continuation in
            let loop = settleLoop
            loop?.beginExternalWork()
            let accepted = queue.submit {
                continuation.resume(with: Swift.Result { try job() })
                loop?.endExternalWork()
            }
            if !accepted {
                continuation.resume(with: Swift.Result { try job() })
                loop?.endExternalWork()
            }
        }
    }

    /// Runs the jobs already queued, then ends the thread and waits for it. Idempotent.
    public func stop() {
        queue.stop()
    }
}

/// The worker's queue, shared with its thread (which holds this, not the `WorkerThread`, so
/// dropping the worker stops the thread).
///
/// `@unchecked Sendable`: `jobs`, `isWaiting`, `isStopping` and `thread` are only touched with
/// `condition` locked.
private final class JobQueue: @unchecked Sendable {
    let name: String
    private let condition = NSCondition()
    private var jobs: [() -> Void] = []
    private var isWaiting = false
    private var isStopping = false
    private var thread: pthread_t?

    init(name: String) {
        self.name = name
    }

    /// Queues `job`, starting the thread if needed; false once stopping (or if no thread can be
    /// started): the caller runs the job itself.
    func submit(_ job: @escaping () -> Void) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if isStopping { return false }
        if thread == nil, !spawn() { return false }
        jobs.append(job)
        if isWaiting { condition.signal() }
        return true
    }

    func stop() {
        condition.lock()
        isStopping = true
        let thread = self.thread
        self.thread = nil
        condition.signal()
        condition.unlock()
        // A job's captures could release the last reference to the worker on its own thread,
        // which cannot join itself.
        if let thread {
            if pthread_equal(thread, pthread_self()) != 0 { pthread_detach(thread) } else { pthread_join(thread, nil) }
        }
    }

    /// Starts the thread; called with `condition` locked.
    private func spawn() -> Bool {
        guard let thread = try? NativeThread.start({ self.runThread() }) else { return false }
        self.thread = thread
        return true
    }

    private func runThread() {
        String(decoding: name.utf8.prefix(15), as: UTF8.self).withCString { skiff_set_thread_name($0) }
        while let batch = nextBatch() {
            for job in batch { job() }
        }
    }

    /// Every queued job, waiting while there are none; nil once stopping with none left.
    private func nextBatch() -> [() -> Void]? {
        condition.lock()
        defer { condition.unlock() }
        while jobs.isEmpty {
            if isStopping { return nil }
            isWaiting = true
            condition.wait()
            isWaiting = false
        }
        let batch = jobs
        jobs = []
        return batch
    }
}
