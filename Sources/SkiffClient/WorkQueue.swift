import Foundation
import SkiffLoop

/// A queue of keys to reconcile, with client-go's workqueue contract:
///
/// - a key waiting in the queue is never queued twice (adds are deduplicated);
/// - a key is never handed to two workers at once: re-adding a key while it is being processed
///   defers it until `done(key)`, then it is queued again;
/// - `addRateLimited` re-queues after a per-key exponential back-off (`forget` resets it), and
///   `addAfter` after a delay, both on the injected `TimeSource`;
/// - `shutDown()` refuses new keys and lets workers drain what is queued; `get()` then returns
///   nil. `shutDownWithDrain()` also waits for keys being processed to be `done`.
///
/// Isolation: an actor on the component's event loop; every method is cheap.
public actor WorkQueue<Key: Hashable & Sendable>: LoopBound {
    public nonisolated let loop: EventLoop
    private let time: any TimeSource
    private let backoff: ExponentialBackoff
    private var queue: [Key] = []
    private var head = 0
    /// Keys that need processing: queued, or re-added while processing.
    private var dirty: Set<Key> = []
    private var processing: Set<Key> = []
    private var failures: [Key: Int] = [:]
    /// The earliest time each delayed key is due, so a flood of delayed adds of one key stays one.
    private var delayed: [Key: Date] = [:]
    private var getters: [CheckedContinuation<Key?, Never>] = []
    private var drainWaiters: [CheckedContinuation<Void, Never>] = []
    private var delayTasks: [Key: Task<Void, Never>] = [:]
    public private(set) var isShuttingDown = false

    /// - Parameter backoff: per-key retry delays for `addRateLimited` (client-go's default item
    ///   limiter: 5 ms doubling to 1000 s).
    public init(loop: EventLoop, time: any TimeSource, backoff: ExponentialBackoff = ExponentialBackoff()) {
        self.loop = loop
        self.time = time
        self.backoff = backoff
    }

    /// Keys waiting to be handed out.
    public var count: Int { queue.count - head }

    /// Queues `key` unless it is already waiting; deferred while it is being processed.
    public func add(_ key: Key) {
        guard !isShuttingDown, !dirty.contains(key) else { return }
        dirty.insert(key)
        if processing.contains(key) { return }
        if let getter = getters.first {
            getters.removeFirst()
            dirty.remove(key)
            processing.insert(key)
            getter.resume(returning: key)
            return
        }
        queue.append(key)
    }

    /// Queues `key` after `delay` (at once when the delay is not positive).
    public func addAfter(_ key: Key, delay: Duration) {
        guard !isShuttingDown else { return }
        guard delay > .zero else { return add(key) }
        let due = time.now().addingTimeInterval(delay.timeInterval)
        if let existing = delayed[key], existing <= due { return }
        delayed[key] = due
        delayTasks[key]?.cancel()
        delayTasks[key] = Task(executorPreference: loop.taskExecutor) { [time] in
            do { try await time.sleep(until: due) } catch { return }
            await self.fireDelayed(key, due: due)
        }
    }

    private func fireDelayed(_ key: Key, due: Date) {
        guard delayed[key] == due else { return }
        delayed[key] = nil
        delayTasks[key] = nil
        add(key)
    }

    /// Queues `key` after its back-off, which doubles with every call until `forget(key)`.
    public func addRateLimited(_ key: Key) {
        let attempt = failures[key, default: 0]
        failures[key] = attempt + 1
        addAfter(key, delay: backoff.delay(forAttempt: attempt))
    }

    /// Resets `key`'s back-off (call after a successful sync).
    public func forget(_ key: Key) { failures[key] = nil }

    /// How many times `key` has been re-queued with `addRateLimited` since it was last forgotten.
    public func numRequeues(_ key: Key) -> Int { failures[key, default: 0] }

    /// The next key to process (the caller must call `done` with it), waiting for one if needed.
    /// Returns nil once the queue is shut down and empty.
    public func get() async -> Key? {
        if head < queue.count {
            let key = queue[head]
            head += 1
            if head > 1024, head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
            dirty.remove(key)
            processing.insert(key)
            return key
        }
        if isShuttingDown { return nil }
        return await withCheckedContinuation { getters.append($0) }
    }

    /// Marks `key` processed; if it was re-added meanwhile, it is queued again now.
    public func done(_ key: Key) {
        processing.remove(key)
        if dirty.contains(key) {
            dirty.remove(key)
            add(key)
        }
        if processing.isEmpty, !drainWaiters.isEmpty {
            let waiters = drainWaiters
            drainWaiters = []
            for waiter in waiters { waiter.resume() }
        }
    }

    /// Refuses new keys, cancels delayed ones and wakes idle workers (their `get` returns nil).
    public func shutDown() {
        guard !isShuttingDown else { return }
        isShuttingDown = true
        for task in delayTasks.values { task.cancel() }
        delayTasks = [:]
        delayed = [:]
        let waiting = getters
        getters = []
        for getter in waiting { getter.resume(returning: nil) }
    }

    /// `shutDown()`, then waits until every key handed out has been marked `done`.
    public func shutDownWithDrain() async {
        shutDown()
        if processing.isEmpty { return }
        await withCheckedContinuation { drainWaiters.append($0) }
    }
}

extension WorkQueue {
    /// Runs `workers` loops (client-go's `processNextWorkItem`) until the queue shuts down and
    /// drains: each takes a key, `process`es it, then forgets its back-off on success or re-queues
    /// it rate-limited on failure, and marks it done. A controller's `run()` ends with this.
    public nonisolated func runWorkers(_ workers: Int = 1, process: @escaping @Sendable (Key) async throws -> Void) async {
        await withDiscardingTaskGroup { group in
            for _ in 0..<max(1, workers) {
                group.addTask {
                    while let key = await self.get() {
                        do {
                            try await process(key)
                            await self.forget(key)
                        } catch {
                            await self.addRateLimited(key)
                        }
                        await self.done(key)
                    }
                }
            }
        }
    }
}
