import SkiffAPI
import SkiffClient
import SkiffLoop

/// One `Informer` per kind, shared by every controller that asks for it (client-go's
/// SharedInformerFactory): a cluster with five controllers watching pods keeps one pod cache and
/// one pod watch, not five.
///
/// Contract:
/// - `informer(for:)` returns the same informer for the same kind every time; each informer
///   covers every namespace (a list/watch with `namespace: nil`).
/// - `start()` runs every informer requested so far in its own task on the loop; an informer
///   requested after `start()` starts at once.
/// - `waitForSync()` returns once every started informer has listed.
/// - `stop()` cancels the informers and waits for their tasks to end.
///
/// Isolation: an actor on the components' event loop.
public actor SharedInformerFactory: LoopBound {
    public nonisolated let loop: EventLoop
    private let client: any APIClient
    private let time: any TimeSource
    private var informers: [ObjectIdentifier: any InformerRunning] = [:]
    private var tasks: [ObjectIdentifier: Task<Void, Never>] = [:]
    private var isStarted = false

    public init(client: any APIClient, loop: EventLoop, time: any TimeSource) {
        self.client = client
        self.loop = loop
        self.time = time
    }

    /// The shared informer of `Object`'s kind, created on first use.
    public func informer<Object: APIObject>(for type: Object.Type) -> Informer<Object> {
        let id = ObjectIdentifier(type)
        if let existing = informers[id] as? Informer<Object> { return existing }
        let informer = Informer<Object>(client: client, loop: loop, time: time)
        informers[id] = informer
        if isStarted { launch(id, informer) }
        return informer
    }

    /// Starts every informer requested so far.
    public func start() {
        isStarted = true
        for (id, informer) in informers where tasks[id] == nil { launch(id, informer) }
    }

    /// Waits until every started informer has synced.
    public func waitForSync() async {
        for informer in Array(informers.values) { await informer.waitUntilSynced() }
    }

    /// Cancels every informer and waits for them to return.
    public func stop() async {
        isStarted = false
        let running = Array(tasks.values)
        tasks = [:]
        for task in running { task.cancel() }
        for task in running { await task.value }
    }

    private func launch(_ id: ObjectIdentifier, _ informer: any InformerRunning) {
        tasks[id] = Task(executorPreference: loop.taskExecutor) { await informer.runUntilCancelled() }
    }
}

/// What the factory needs of an informer of any kind.
private protocol InformerRunning: Sendable {
    func runUntilCancelled() async
    func waitUntilSynced() async
}

extension Informer: InformerRunning {
    fileprivate func runUntilCancelled() async { await run() }
    fileprivate func waitUntilSynced() async { await waitForSync() }
}
