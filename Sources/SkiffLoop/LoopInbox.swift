import Glibc
import Synchronization

/// One unit of work for the loop thread.
enum LoopWork: Sendable {
    /// A job for an actor whose executor is the loop.
    case actorJob(UnownedJob)
    /// A job of a task that prefers the loop's task executor (nonisolated code).
    case taskJob(UnownedJob)
    /// `EventLoop.execute`.
    case closure(@Sendable () -> Void)
    /// The loop's own bookkeeping (settle and shutdown steps): not counted as activity, so a
    /// settle probe does not see itself as work.
    case probe(@Sendable () -> Void)
}

/// The one cross-thread structure of an event loop: a mutex-protected FIFO of incoming work and
/// the eventfd that wakes the loop thread.
///
/// Why not `uv_async_send`: libuv < 1.45 spins inside it when both threads share a CPU
/// (RUNTIME-NOTES item 5). The eventfd is written at most once per drain: `isWakePending` stays
/// true from the first push until the loop thread finds the queue empty, and the write happens
/// after the lock is released so the woken thread never blocks on it.
final class LoopInbox: Sendable {
    private struct State {
        var work: [LoopWork] = []
        /// True while a wake-up is outstanding or the loop thread is still draining; a push then
        /// needs no signal because the queue will be looked at again.
        var isWakePending = false
        var isAccepting = true
        /// Counts non-probe pushes and ended external work, so settle can tell "nothing happened".
        var activity: UInt64 = 0
        var externalWork = 0
        var waitingForExternalWork: [@Sendable () -> Void] = []
        var droppedCount = 0
        var hasReportedDrop = false
    }

    /// What a settle probe saw.
    enum SettleObservation {
        case busy
        case idle(activity: UInt64)
        /// External work is in progress; the continuation was parked and will be re-queued as a
        /// probe when the count drops to zero.
        case waitingForExternalWork
    }

    private let state = Mutex(State())
    let wakeFileDescriptor: Int32
    let loopName: String

    init(wakeFileDescriptor: Int32, loopName: String) {
        self.wakeFileDescriptor = wakeFileDescriptor
        self.loopName = loopName
    }

    /// Queues `work`. Once the loop has stopped accepting, the work is dropped (never run) and
    /// false is returned; unless the caller reports the failure itself (`isDropSilent`), a line
    /// is written to standard error for the first such drop.
    @discardableResult
    func push(_ work: LoopWork, isDropSilent: Bool = false) -> Bool {
        let (isAccepted, mustWake, isFirstDrop) = state.withLock { state -> (Bool, Bool, Bool) in
            guard state.isAccepting else {
                state.droppedCount += 1
                let isFirst = !state.hasReportedDrop && !isDropSilent
                if isFirst { state.hasReportedDrop = true }
                return (false, false, isFirst)
            }
            state.work.append(work)
            if case .probe = work {} else { state.activity &+= 1 }
            if state.isWakePending { return (true, false, false) }
            state.isWakePending = true
            return (true, true, false)
        }
        if mustWake { signal() }
        if isFirstDrop {
            let message = "skiff: event loop \(loopName) is shut down; dropping work submitted after shutdown (an ordering bug in the caller)\n"
            _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
        }
        return isAccepted
    }

    /// Number of pushes refused after shutdown.
    var droppedCount: Int { state.withLock { $0.droppedCount } }

    /// Wakes the loop thread. Also used by the loop thread itself to come back after yielding to I/O.
    func signal() {
        var one: UInt64 = 1
        _ = write(wakeFileDescriptor, &one, MemoryLayout<UInt64>.size)
    }

    /// Resets the eventfd counter; called by the loop thread before it drains.
    func consumeSignal() {
        var value: UInt64 = 0
        _ = read(wakeFileDescriptor, &value, MemoryLayout<UInt64>.size)
    }

    /// Swaps all queued work into `batch` (which must be empty). When nothing is queued, clears
    /// the pending-wake flag so the next push signals, and returns false.
    func takeAll(into batch: inout [LoopWork]) -> Bool {
        state.withLock { state in
            if state.work.isEmpty {
                state.isWakePending = false
                return false
            }
            swap(&state.work, &batch)
            return true
        }
    }

    /// The activity count if nothing is queued, nil otherwise.
    var idleActivity: UInt64? {
        state.withLock { $0.work.isEmpty ? $0.activity : nil }
    }

    /// Stops accepting work if nothing is queued and nothing was pushed since `idleActivity`
    /// returned `activity`. Shutdown's last step.
    ///
    /// Why the comparison: the probe that calls this runs from a batch that was already taken out
    /// of the queue, so work after it in the same batch is invisible here; anything that work
    /// pushes changes the activity count.
    func stopAccepting(ifIdleSince activity: UInt64) -> Bool {
        state.withLock { state in
            guard state.work.isEmpty, state.activity == activity else { return false }
            state.isAccepting = false
            return true
        }
    }

    var isEmpty: Bool { state.withLock { $0.work.isEmpty } }

    // MARK: Settle bookkeeping

    func beginExternalWork() {
        state.withLock { $0.externalWork += 1 }
    }

    func endExternalWork() {
        let resumed = state.withLock { state -> [@Sendable () -> Void] in
            precondition(state.externalWork > 0, "endExternalWork() without a matching beginExternalWork()")
            state.externalWork -= 1
            state.activity &+= 1
            guard state.externalWork == 0 else { return [] }
            defer { state.waitingForExternalWork = [] }
            return state.waitingForExternalWork
        }
        for probe in resumed { push(.probe(probe)) }
    }

    func observeForSettle(resumeAfterExternalWork probe: @escaping @Sendable () -> Void) -> SettleObservation {
        state.withLock { state in
            if state.externalWork > 0 {
                state.waitingForExternalWork.append(probe)
                return .waitingForExternalWork
            }
            return state.work.isEmpty ? .idle(activity: state.activity) : .busy
        }
    }
}
