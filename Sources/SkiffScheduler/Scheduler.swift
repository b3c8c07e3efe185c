import Foundation
import SkiffAPI
import SkiffClient
import SkiffLoop

/// kube-scheduler as one actor: watches Pods, Nodes and Namespaces through an `APIClient`, and
/// assigns each pending pod that names this scheduler (`spec.schedulerName`, default
/// `default-scheduler`) to a node by posting a `Binding`.
///
/// Contract:
/// - Pods enter the `SchedulingQueue` from the Pod informer; bound pods (and the scheduler's own
///   assumed pods) are counted per node in the `SchedulerCache`.
/// - The scheduling loop pops one pod at a time and runs its whole cycle (filter, score, assume)
///   synchronously on the actor, so the snapshot cannot change under it; then binds
///   asynchronously and moves on — many bindings are in flight at once. A binding that fails
///   forgets the assumed pod and re-queues the pod with back-off.
/// - On success: an Event `Scheduled` (`Successfully assigned ns/pod to node`). On failure: an
///   Event `FailedScheduling` and the pod condition `PodScheduled=False`, reason `Unschedulable`,
///   with kube-scheduler's message; preemption (if it finds a node) deletes the victims and sets
///   `status.nominatedNodeName`. Events go through a bounded buffer and are dropped when it is
///   full: they never slow scheduling.
/// - Time (back-off, flushes) comes from the injected `TimeSource`; ties between equally scored
///   nodes are broken with `Options.seed`, which `run()` logs.
///
/// Isolation: an actor on `loop`; start it with `start()` (or run `run()` in a task that prefers
/// the loop) and end it with `stop()`. A pod nominated by preemption holds its node's room
/// against pods that are not more important until it is bound or deleted (`PodNominator`).
public actor Scheduler: LoopBound {
    /// Tunables; defaults follow kube-scheduler.
    public struct Options: Sendable {
        public var profile = Profile()
        public var registry = PluginRegistry.inTree
        /// Seed of the tie-breaking randomness (logged at start so a run can be replayed).
        public var seed: UInt64 = 0
        public var initialBackoff: Duration = .seconds(1)
        public var maxBackoff: Duration = .seconds(10)
        public var maxUnschedulableDuration: Duration = .seconds(300)
        /// How often pods whose back-off expired move to the active queue (upstream: 1 s).
        public var backoffFlushInterval: Duration = .seconds(1)
        /// How often long-parked unschedulable pods are flushed (upstream: 30 s).
        public var unschedulableFlushInterval: Duration = .seconds(30)
        /// Events waiting to be written before new ones are dropped.
        public var eventBufferCapacity = 4096
        /// Event writes in flight at once.
        public var eventWriters = 4
        /// Pods scheduled between yields to the loop, so informer events and binding results
        /// are handled while a long queue drains.
        public var podsPerYield = 64
        /// Where the scheduler logs (its seed, failures to write); stderr by default.
        public var log: @Sendable (String) -> Void = { message in
            FileHandle.standardError.write(Data((message + "\n").utf8))
        }

        public init() {}
    }

    public nonisolated let loop: EventLoop
    public nonisolated let schedulerName: String
    private let client: any APIClient
    private let time: any TimeSource
    private let options: Options
    private let framework: Framework
    private let algorithm: SchedulingAlgorithm
    private let cache = SchedulerCache()
    /// Preemptors waiting for the room they made; every cycle's filters count them.
    private var nominator = PodNominator()
    private let queue: SchedulingQueue
    private let cycleState = CycleState()
    /// Cycle states of pods whose bindings are in flight, kept only when reserve plugins run.
    private var reservedStates: [String: CycleState] = [:]
    private let podInformer: Informer<Pod>
    private let nodeInformer: Informer<Node>
    private let namespaceInformer: Informer<Namespace>
    private var events: EventBuffer
    private var eventSequence: UInt64 = 0
    private var workWaiter: CheckedContinuation<Void, Never>?
    private var eventWaiters: [CheckedContinuation<Void, Never>] = []
    private var runTask: Task<Void, Never>?
    private var isStopping = false

    /// Pods bound (binding written) since start.
    public private(set) var scheduledCount = 0
    /// Scheduling attempts that found no node.
    public private(set) var unschedulableCount = 0
    /// Bindings that failed.
    public private(set) var bindFailureCount = 0
    /// Bindings in flight.
    public private(set) var bindingsInFlight = 0
    /// Events dropped because the buffer was full.
    public var droppedEventCount: Int { events.droppedCount }

    /// A scheduler for `options.profile`; throws when the profile names an unknown plugin.
    public init(client: any APIClient, loop: EventLoop, time: any TimeSource, options: Options = Options()) throws {
        self.client = client
        self.loop = loop
        self.time = time
        self.options = options
        self.schedulerName = options.profile.schedulerName
        let framework = try Framework(
            profile: options.profile, registry: options.registry,
            context: PluginContext(client: client, arguments: options.profile.arguments)
        )
        self.framework = framework
        self.algorithm = SchedulingAlgorithm(framework: framework, seed: options.seed)
        let queue = SchedulingQueue(
            time: time, initialBackoff: options.initialBackoff, maxBackoff: options.maxBackoff,
            maxUnschedulableDuration: options.maxUnschedulableDuration
        )
        queue.setInterest(framework.clusterEventInterest)
        self.queue = queue
        self.events = EventBuffer(capacity: options.eventBufferCapacity)
        self.podInformer = Informer<Pod>(client: client, loop: loop, time: time)
        self.nodeInformer = Informer<Node>(client: client, loop: loop, time: time)
        self.namespaceInformer = Informer<Namespace>(client: client, loop: loop, time: time)
    }

    // MARK: Lifecycle

    /// Starts `run()` in a task on the loop and returns once the informers have synced.
    public func start() async {
        guard runTask == nil else { return }
        isStopping = false
        runTask = Task(executorPreference: loop.taskExecutor) { await self.run() }
        await podInformer.waitForSync()
        await nodeInformer.waitForSync()
    }

    /// Stops scheduling, cancels informers, in-flight bindings and event writes, and waits for
    /// `run()` to return.
    public func stop() async {
        isStopping = true
        let task = runTask
        runTask = nil
        task?.cancel()
        wakeWorkWaiter()
        wakeAllEventWaiters()
        await task?.value
    }

    /// Runs informers, the scheduling loop, the queue flushes and the event writers until the
    /// task is cancelled (or `stop()`).
    public func run() async {
        options.log("\(schedulerName): starting; tie-break seed \(options.seed)")
        await podInformer.addHandler { [weak self] event in await self?.handle(event) }
        await nodeInformer.addHandler { [weak self] event in await self?.handle(event) }
        await namespaceInformer.addHandler { [weak self] event in await self?.handle(event) }
        await withDiscardingTaskGroup { group in
            group.addTask { await self.podInformer.run() }
            group.addTask { await self.nodeInformer.run() }
            group.addTask { await self.namespaceInformer.run() }
            group.addTask { await self.flushPeriodically(unschedulable: false) }
            group.addTask { await self.flushPeriodically(unschedulable: true) }
            for _ in 0..<max(options.eventWriters, 1) { group.addTask { await self.writeEvents() } }
            await podInformer.waitForSync()
            await nodeInformer.waitForSync()
            await scheduleLoop(&group)
            group.cancelAll()
        }
        options.log("\(schedulerName): stopped")
    }

    /// Every second, pods whose back-off expired become active; every 30 s, pods parked too
    /// long are flushed (upstream's two background loops).
    private func flushPeriodically(unschedulable: Bool) async {
        let interval = unschedulable ? options.unschedulableFlushInterval : options.backoffFlushInterval
        while !Task.isCancelled && !isStopping {
            do { try await time.sleep(for: interval) } catch { return }
            if unschedulable { queue.flushUnschedulableLeftover() } else { queue.flushBackoffCompleted() }
            wakeWorkWaiter()
        }
    }

    // MARK: Scheduling loop

    private func scheduleLoop(_ group: inout DiscardingTaskGroup) async {
        var sinceYield = 0
        while !Task.isCancelled && !isStopping {
            guard let queued = queue.pop() else {
                await withCheckedContinuation { workWaiter = $0 }
                continue
            }
            scheduleOne(queued, group: &group)
            sinceYield += 1
            if sinceYield >= options.podsPerYield {
                sinceYield = 0
                await Task.yield()
            }
        }
    }

    private func wakeWorkWaiter() {
        let waiter = workWaiter
        workWaiter = nil
        waiter?.resume()
    }

    /// One pod's scheduling cycle (synchronous) and the start of its binding.
    private func scheduleOne(_ queued: QueuedPodInfo, group: inout DiscardingTaskGroup) {
        let pod = queued.pod
        // Skip pods that went away or were assumed meanwhile (upstream's `skipPodSchedule`).
        if pod.isTerminating || cache.contains(uid: pod.uid) { return }
        let cycle = queue.schedulingCycle
        let snapshot = cache.snapshot()
        snapshot.nominatedPods = nominator.podsByNode
        switch algorithm.schedule(pod, snapshot: snapshot, state: cycleState) {
        case .success(let result):
            let assumed = pod.assigned(to: result.suggestedHost)
            cache.assume(assumed)
            nominator.remove(uid: pod.uid)
            if var status = framework.runReserve(state: cycleState, pod: assumed, nodeName: result.suggestedHost) {
                cache.forget(uid: assumed.uid)
                status.reasons = status.reasons.isEmpty ? ["reserve failed"] : status.reasons
                var failed = queued
                failed.unschedulablePlugins = []
                queue.addUnschedulable(failed, podSchedulingCycle: cycle)
                return
            }
            bindingsInFlight += 1
            // Reserve plugins need this cycle's state back if the binding fails.
            if !framework.reservePlugins.isEmpty { reservedStates[assumed.uid] = cycleState.clone() }
            group.addTask { await self.bind(assumed, queued: queued) }
        case .failure(var fitError):
            unschedulableCount += 1
            var nominated: String?
            if !framework.postFilterPlugins.isEmpty {
                let result = framework.runPostFilter(state: cycleState, pod: pod, diagnosis: fitError.diagnosis, snapshot: snapshot)
                fitError.diagnosis.postFilterMessage = result.message
                if let node = result.nominatedNodeName {
                    nominated = node
                    // Less important pods waiting for this node may no longer fit there: they
                    // lose the nomination and look again (upstream's prepareCandidate).
                    for displaced in nominator.pods(on: node, lessImportantThan: pod.priority) {
                        nominator.remove(uid: displaced.uid)
                        clearNomination(of: displaced, group: &group)
                    }
                    nominator.nominate(pod, to: node)
                    for victim in result.victims { group.addTask { await self.evict(victim, preemptor: pod, node: node) } }
                }
            }
            var failed = queued
            failed.unschedulablePlugins = fitError.diagnosis.unschedulablePlugins
            queue.addUnschedulable(failed, podSchedulingCycle: cycle)
            recordFailure(pod, message: fitError.message, nominatedNodeName: nominated, group: &group)
        }
    }

    private func bind(_ pod: PodInfo, queued: QueuedPodInfo) async {
        do {
            try await framework.runBind(pod: pod, nodeName: pod.nodeName)
        } catch {
            bindingsInFlight -= 1
            bindFailureCount += 1
            let state = reservedStates.removeValue(forKey: pod.uid)
            guard cache.isAssumed(uid: pod.uid) else { return }
            cache.forget(uid: pod.uid)
            if let state { framework.runUnreserve(state: state, pod: pod, nodeName: pod.nodeName) }
            // The assumed pod's resources are free again: that may help parked pods.
            queue.moveAll(on: .assignedPodDelete)
            // Re-queue only a pod that is still pending (not deleted, not bound by another).
            if let current = await podInformer.get(pod.key), (current.spec?.nodeName ?? "").isEmpty,
               current.metadata.uid == pod.pod.metadata.uid, !queue.contains(key: pod.key)
            {
                var failed = queued
                failed.pod = PodInfo(current)
                failed.unschedulablePlugins = []
                queue.addUnschedulable(failed, podSchedulingCycle: queue.schedulingCycle)
            }
            wakeWorkWaiter()
            return
        }
        bindingsInFlight -= 1
        scheduledCount += 1
        reservedStates[pod.uid] = nil
        cache.finishBinding(uid: pod.uid)
        record(pod, reason: SchedulingOutcome.scheduledReason,
               message: SchedulingOutcome.scheduledMessage(pod, node: pod.nodeName), type: .normal, action: "Binding")
    }

    private func evict(_ victim: PodInfo, preemptor: PodInfo, node: String) async {
        do {
            _ = try await client.delete(
                Pod.self, name: victim.name, namespace: victim.namespace,
                options: DeleteOptions(preconditions: DeleteOptions.Preconditions(uid: victim.pod.metadata.uid))
            )
            record(victim, reason: "Preempted", message: "Preempted by pod \(preemptor.pod.metadata.uid ?? preemptor.key) on node \(node)",
                   type: .normal, action: "Preempting")
        } catch {
            options.log("\(schedulerName): preempting \(victim.key) failed: \(error)")
        }
    }

    private func clearNomination(of pod: PodInfo, group: inout DiscardingTaskGroup) {
        patchStatus(of: pod, doing: "clearing the nomination of", group: &group) { SchedulingOutcome.clearNominationPatch }
    }

    private func recordFailure(_ pod: PodInfo, message: String, nominatedNodeName: String?, group: inout DiscardingTaskGroup) {
        record(pod, reason: SchedulingOutcome.failedSchedulingReason, message: message, type: .warning, action: "Scheduling")
        if SchedulingOutcome.alreadyRecorded(pod.pod, message: message, nominatedNodeName: nominatedNodeName) { return }
        let now = time.now()
        patchStatus(of: pod, doing: "recording the failure of", group: &group) {
            try SchedulingOutcome.unschedulablePatch(message: message, nominatedNodeName: nominatedNodeName, now: now)
        }
    }

    /// Patches `pod`'s status in the background; a pod already gone is not an error, any other
    /// failure is logged as `<scheduler>: <doing> <pod> failed`.
    private func patchStatus(
        of pod: PodInfo, doing what: String, group: inout DiscardingTaskGroup, patch: @escaping @Sendable () throws -> Patch
    ) {
        let client = self.client
        let log = options.log
        let name = schedulerName
        group.addTask {
            do {
                _ = try await client.patch(Pod.self, name: pod.name, namespace: pod.namespace, patch: try patch(), subresource: .status)
            } catch let status as Status where status.code == 404 {
                return
            } catch {
                log("\(name): \(what) \(pod.key) failed: \(error)")
            }
        }
    }

    // MARK: Events

    private func record(_ pod: PodInfo, reason: String, message: String, type: EventType, action: String) {
        eventSequence &+= 1
        let event = SchedulingOutcome.event(
            about: pod, reason: reason, message: message, type: type, action: action,
            schedulerName: schedulerName, now: time.now(), sequence: eventSequence
        )
        if events.append(event) { wakeEventWaiter() }
    }

    private func wakeEventWaiter() {
        if !eventWaiters.isEmpty { eventWaiters.removeFirst().resume() }
    }

    private func wakeAllEventWaiters() {
        let waiters = eventWaiters
        eventWaiters = []
        for waiter in waiters { waiter.resume() }
    }

    private func writeEvents() async {
        while !Task.isCancelled && !isStopping {
            guard let event = events.popFirst() else {
                await withCheckedContinuation { eventWaiters.append($0) }
                continue
            }
            do {
                _ = try await client.create(event)
            } catch {
                // Events are best effort, as in Kubernetes.
            }
        }
    }

    // MARK: Informer events

    private func handle(_ event: Informer<Pod>.Event) {
        switch event {
        case .added(let pod): podAdded(pod)
        case .updated(let old, let new): podUpdated(old: old, new: new)
        case .deleted(let pod): podDeleted(pod)
        }
        wakeWorkWaiter()
    }

    private static func isAssigned(_ pod: Pod) -> Bool { !(pod.spec?.nodeName ?? "").isEmpty }

    private static func isTerminal(_ pod: Pod) -> Bool {
        pod.status?.phase == .succeeded || pod.status?.phase == .failed
    }

    private func isResponsible(for pod: Pod) -> Bool {
        (pod.spec?.schedulerName ?? Profile.defaultSchedulerName) == schedulerName
    }

    private func podAdded(_ pod: Pod) {
        if Self.isAssigned(pod) {
            guard !Self.isTerminal(pod) else { return }
            let info = PodInfo(pod)
            cache.addPod(info)
            nominator.remove(uid: info.uid)
            queue.delete(key: info.key)
            queue.moveAll(on: .assignedPodAdd)
        } else if isResponsible(for: pod), !Self.isTerminal(pod), pod.metadata.deletionTimestamp == nil {
            let info = PodInfo(pod)
            nominator.update(info)
            queue.add(info)
        }
    }

    private func podUpdated(old: Pod, new: Pod) {
        if Self.isAssigned(new) {
            let info = PodInfo(new)
            nominator.remove(uid: info.uid)
            if !Self.isAssigned(old) { queue.delete(key: info.key) }
            if Self.isTerminal(new) {
                cache.removePod(uid: info.uid)
                queue.moveAll(on: .assignedPodDelete)
                return
            }
            cache.updatePod(info)
            if !Self.isAssigned(old) {
                queue.moveAll(on: .assignedPodAdd)
            } else if old.metadata.labels != new.metadata.labels {
                queue.moveAll(on: .assignedPodUpdate)
            }
            return
        }
        guard isResponsible(for: new) else { return }
        let info = PodInfo(new)
        // A pod whose binding is in flight is the scheduler's already.
        if cache.contains(uid: info.uid) { return }
        if Self.isTerminal(new) || new.metadata.deletionTimestamp != nil {
            nominator.remove(uid: info.uid)
            queue.delete(key: info.key)
            return
        }
        nominator.update(info, previous: old)
        queue.update(info, isSpecChanged: Self.schedulingRelevantChange(old, new))
    }

    /// Whether an update of a pending pod may change where it fits: anything but status and
    /// resourceVersion (upstream's `isPodUpdated`).
    static func schedulingRelevantChange(_ old: Pod, _ new: Pod) -> Bool {
        var left = old
        var right = new
        left.status = nil
        right.status = nil
        left.metadata.resourceVersion = nil
        right.metadata.resourceVersion = nil
        left.metadata.generation = nil
        right.metadata.generation = nil
        return left != right
    }

    private func podDeleted(_ pod: Pod) {
        let info = PodInfo(pod)
        nominator.remove(uid: info.uid)
        queue.delete(key: info.key)
        if Self.isAssigned(pod) || cache.contains(uid: info.uid) {
            cache.removePod(uid: info.uid)
            queue.moveAll(on: .assignedPodDelete)
        }
    }

    private func handle(_ event: Informer<Node>.Event) {
        switch event {
        case .added(let node):
            cache.addNode(node)
            queue.moveAll(on: .nodeAdd)
        case .updated(let old, let new):
            cache.updateNode(new)
            let change = Self.nodeChange(old, new)
            if !change.isEmpty { queue.moveAll(on: change) }
        case .deleted(let node):
            cache.removeNode(name: node.metadata.name ?? "")
        }
        wakeWorkWaiter()
    }

    /// The cluster events a node update amounts to.
    static func nodeChange(_ old: Node, _ new: Node) -> ClusterEvent {
        var change: ClusterEvent = []
        if old.status?.allocatable != new.status?.allocatable || old.status?.capacity != new.status?.capacity {
            change.insert(.nodeAllocatableChange)
        }
        if old.metadata.labels != new.metadata.labels { change.insert(.nodeLabelChange) }
        if old.spec?.taints != new.spec?.taints { change.insert(.nodeTaintChange) }
        if old.spec?.unschedulable != new.spec?.unschedulable { change.insert(.nodeSpecUnschedulableChange) }
        return change
    }

    private func handle(_ event: Informer<Namespace>.Event) {
        switch event {
        case .added(let namespace):
            cache.setNamespace(namespace.metadata.name ?? "", labels: namespace.metadata.labels)
            queue.moveAll(on: .namespaceChange)
        case .updated(let old, let new):
            cache.setNamespace(new.metadata.name ?? "", labels: new.metadata.labels)
            if old.metadata.labels != new.metadata.labels { queue.moveAll(on: .namespaceChange) }
        case .deleted(let namespace):
            cache.removeNamespace(namespace.metadata.name ?? "")
        }
        wakeWorkWaiter()
    }

    // MARK: Introspection (tests, metrics)

    /// Pods waiting in the active, back-off and unschedulable queues.
    public var queueCounts: (active: Int, backoff: Int, unschedulable: Int) {
        (queue.activeCount, queue.backoffCount, queue.unschedulableCount)
    }

    /// Nodes in the cache.
    public var nodeCount: Int { cache.nodeCount }
}
