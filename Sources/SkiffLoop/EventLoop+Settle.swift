// Knowing when a loop has "settled": the basis of deterministic tests on a manual clock.

extension EventLoop {
    /// Returns once the loop has run out of work: its queue is empty and stays empty for a full
    /// turn, and no external work (see `beginExternalWork()`) is in progress.
    ///
    /// After `ManualTimeSource.advance(by:)` wakes sleepers, settling means every woken task
    /// has run as far as it can without more time passing.
    ///
    /// **What it sees:** jobs of actors on this loop, jobs of tasks that prefer this loop's
    /// `taskExecutor`, `execute` closures, and work bracketed by `beginExternalWork()` /
    /// `endExternalWork()`.
    ///
    /// **What it cannot see:** tasks running on the global concurrent pool or another loop (a
    /// task without a loop executor preference is invisible while it runs nonisolated code; start
    /// component tasks with `Task(executorPreference: loop.taskExecutor)`), threads that did not
    /// register their work, pending real timers (`scheduleTimer`, `sleep(for:)`), and I/O whose
    /// bytes have not arrived yet. A test that needs those must wait for their outcome instead.
    public func settle() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let isAccepted = inbox.push(.probe {
                self.settleStep(lastIdleActivity: nil) { continuation.resume() }
            }, isDropSilent: true)
            // A loop that is shut down has nothing left to run.
            if !isAccepted { continuation.resume() }
        }
    }

    /// Marks the start of work done off the loop whose results will come back to it (e.g. a
    /// store's fsync thread). `settle()` waits until every such piece of work has ended.
    /// Thread-safe.
    public func beginExternalWork() {
        inbox.beginExternalWork()
    }

    /// Marks the end of work started with `beginExternalWork()`. Hand the result to the loop
    /// (resume the continuation, `execute`, …) *before* calling this, so settle sees it.
    /// Thread-safe; a call without a matching begin is a programmer error (precondition).
    public func endExternalWork() {
        inbox.endExternalWork()
    }

    /// One probe: settled after two consecutive idle observations a full turn apart with no
    /// activity in between.
    private func settleStep(lastIdleActivity: UInt64?, done: @escaping @Sendable () -> Void) {
        let observation = inbox.observeForSettle {
            self.settleStep(lastIdleActivity: nil, done: done)
        }
        switch observation {
        case .waitingForExternalWork:
            return
        case .busy:
            // Queue behind the current work.
            inbox.push(.probe { self.settleStep(lastIdleActivity: nil, done: done) })
        case .idle(let activity):
            if activity == lastIdleActivity {
                done()
            } else {
                runNextTurn { self.settleStep(lastIdleActivity: activity, done: done) }
            }
        }
    }
}
