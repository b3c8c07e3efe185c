/// The `TaskExecutor` of an `EventLoop` (see `EventLoop.taskExecutor`).
///
/// Its jobs run on the loop thread, in the same FIFO as the loop's actor jobs, but are run with
/// `runSynchronously(isolatedTo:taskExecutor:)` so the task keeps its preference.
final class LoopTaskExecutor: TaskExecutor {
    private let inbox: LoopInbox

    init(inbox: LoopInbox) {
        self.inbox = inbox
    }

    func enqueue(_ job: consuming ExecutorJob) {
        inbox.push(.taskJob(UnownedJob(job)))
    }
}
