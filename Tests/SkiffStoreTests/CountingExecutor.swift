import Dispatch
import Synchronization

/// A serial executor on a dispatch queue that counts the jobs it runs (to check pinning).
final class CountingExecutor: SerialExecutor {
    private let queue = DispatchQueue(label: "skiff.store.tests.executor")
    private let count = Atomic(0)

    var jobCount: Int { count.load(ordering: .relaxed) }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        count.add(1, ordering: .relaxed)
        queue.async { job.runSynchronously(on: self.asUnownedSerialExecutor()) }
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }
}
