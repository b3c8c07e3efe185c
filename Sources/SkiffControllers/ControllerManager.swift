import SkiffAPI
import SkiffClient
import SkiffLoop

/// Runs every controller on one set of shared informers (kube-controller-manager).
///
/// `start()` creates the informers the controllers ask for, starts them, waits until they have
/// synced, then starts each controller's `run()` in its own task on the loop. `stop()` shuts the
/// controllers' work queues down, waits for their workers to finish the keys in hand, then stops
/// the informers — the reverse of the start order. The controllers' Events are written by an
/// `EventRecorder` per controller, drained after the controllers stop. Neither is re-entrant; `stop()` after `stop()`
/// does nothing.
///
/// Isolation: an actor on the loop.
public actor ControllerManager: LoopBound {
    /// Which controllers run, and their settings.
    public struct Options: Sendable {
        /// Workers per ReplicaSet, Deployment and garbage-collector controller (upstream runs 5, 5 and 20).
        public var workers = 2
        public var nodeLifecycle = NodeLifecycleController.Options()
        public var namespace = NamespaceController.Options()
        public init() {}
    }

    public nonisolated let loop: EventLoop
    private let client: any APIClient
    private let time: any TimeSource
    private let options: Options
    /// The informers the controllers share.
    public let informers: SharedInformerFactory
    public private(set) var replicaSets: ReplicaSetController?
    public private(set) var deployments: DeploymentController?
    public private(set) var garbageCollector: GarbageCollector?
    public private(set) var nodeLifecycle: NodeLifecycleController?
    public private(set) var namespaces: NamespaceController?
    /// The Events of the ReplicaSet and Deployment controllers.
    public private(set) var replicaSetEvents: EventRecorder?
    public private(set) var deploymentEvents: EventRecorder?
    private var tasks: [Task<Void, Never>] = []
    private var shutDowns: [@Sendable () async -> Void] = []
    private var eventTasks: [Task<Void, Never>] = []

    public init(client: any APIClient, loop: EventLoop, time: any TimeSource, options: Options = Options()) {
        self.client = client
        self.loop = loop
        self.time = time
        self.options = options
        self.informers = SharedInformerFactory(client: client, loop: loop, time: time)
    }

    /// Starts the informers and every controller; returns once the informers have synced.
    public func start() async {
        guard tasks.isEmpty else { return }
        let replicaSetEvents = EventRecorder(client: client, loop: loop, time: time, source: EventSource(component: ReplicaSetController.component))
        let deploymentEvents = EventRecorder(client: client, loop: loop, time: time, source: EventSource(component: DeploymentController.component))
        let replicaSets = await ReplicaSetController(
            client: client, loop: loop, time: time, informers: informers, workers: options.workers, events: replicaSetEvents)
        let deployments = await DeploymentController(
            client: client, loop: loop, time: time, informers: informers, workers: options.workers, events: deploymentEvents)
        let garbageCollector = await GarbageCollector(client: client, loop: loop, time: time, informers: informers, workers: options.workers)
        let nodeLifecycle = await NodeLifecycleController(
            client: client, loop: loop, time: time, informers: informers, options: options.nodeLifecycle)
        let namespaces = await NamespaceController(client: client, loop: loop, time: time, informers: informers, options: options.namespace)
        self.replicaSets = replicaSets
        self.deployments = deployments
        self.garbageCollector = garbageCollector
        self.nodeLifecycle = nodeLifecycle
        self.namespaces = namespaces
        self.replicaSetEvents = replicaSetEvents
        self.deploymentEvents = deploymentEvents
        await informers.start()
        await informers.waitForSync()
        tasks = [
            Task(executorPreference: loop.taskExecutor) { await replicaSets.run() },
            Task(executorPreference: loop.taskExecutor) { await deployments.run() },
            Task(executorPreference: loop.taskExecutor) { await garbageCollector.run() },
            Task(executorPreference: loop.taskExecutor) { await nodeLifecycle.run() },
            Task(executorPreference: loop.taskExecutor) { await namespaces.run() },
        ]
        eventTasks = [
            Task(executorPreference: loop.taskExecutor) { await replicaSetEvents.run() },
            Task(executorPreference: loop.taskExecutor) { await deploymentEvents.run() },
        ]
        shutDowns = [
            { await replicaSets.shutDown() }, { await deployments.shutDown() }, { await garbageCollector.shutDown() },
            { await nodeLifecycle.shutDown() }, { await namespaces.shutDown() },
        ]
    }

    /// Stops the controllers, then the informers.
    public func stop() async {
        let running = tasks
        tasks = []
        for shutDown in shutDowns { await shutDown() }
        shutDowns = []
        for task in running { await task.value }
        // After the controllers, so their last Events are still written.
        await replicaSetEvents?.shutDown()
        await deploymentEvents?.shutDown()
        for task in eventTasks { await task.value }
        eventTasks = []
        await informers.stop()
    }
}
