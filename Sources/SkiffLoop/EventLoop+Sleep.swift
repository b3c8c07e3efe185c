import Synchronization

extension EventLoop {
    /// Suspends the calling task for `duration`, measured by a libuv timer on this loop.
    ///
    /// Throws `CancellationError` (and cancels the timer) if the task is cancelled first, and
    /// `EventLoopClosedError` if the loop shuts down first. The task resumes on its own executor;
    /// a task that prefers this loop resumes without leaving the loop thread.
    public func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        let sleeper = TimerSleeper()
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                guard sleeper.park(continuation) else { return }
                let timer = scheduleTimer(
                    after: duration,
                    { sleeper.finish(.success(())) },
                    onAbandon: { [name] in sleeper.finish(.failure(EventLoopClosedError(loopName: name))) }
                )
                sleeper.setTimer(timer)
            }
        } onCancel: {
            sleeper.cancel()
        }
    }

    /// Suspends the calling task until `deadline`; see `sleep(for:)`.
    public func sleep(until deadline: ContinuousClock.Instant) async throws {
        try await sleep(for: ContinuousClock.now.duration(to: deadline))
    }
}

/// The continuation and timer of one `EventLoop.sleep`, shared with its cancellation handler.
private final class TimerSleeper: Sendable {
    private struct State {
        var continuation: CheckedContinuation<Void, any Error>?
        var timer: ScheduledTimer?
        var isCancelled = false
        var isFinished = false
    }

    private let state = Mutex(State())

    /// Stores the continuation; returns false (having resumed it) if cancellation came first.
    func park(_ continuation: CheckedContinuation<Void, any Error>) -> Bool {
        let isCancelled = state.withLock { state in
            if state.isCancelled { return true }
            state.continuation = continuation
            return false
        }
        if isCancelled { continuation.resume(throwing: CancellationError()) }
        return !isCancelled
    }

    func setTimer(_ timer: ScheduledTimer) {
        let cancelNow = state.withLock { state in
            if state.isFinished { return true }
            state.timer = timer
            return false
        }
        if cancelNow { timer.cancel() }
    }

    func finish(_ result: Result<Void, any Error>) {
        let continuation = state.withLock { state -> CheckedContinuation<Void, any Error>? in
            state.isFinished = true
            state.timer = nil
            defer { state.continuation = nil }
            return state.continuation
        }
        continuation?.resume(with: result)
    }

    func cancel() {
        let (continuation, timer) = state.withLock { state in
            state.isCancelled = true
            state.isFinished = true
            defer {
                state.continuation = nil
                state.timer = nil
            }
            return (state.continuation, state.timer)
        }
        timer?.cancel()
        continuation?.resume(throwing: CancellationError())
    }
}
