// The node lifecycle controller: notices nodes whose kubelet stopped renewing its Lease, marks
// them unreachable (Ready=Unknown and the `node.kubernetes.io/unreachable` taints), and evicts
// their pods once the pods' tolerations run out. Watches Nodes, Leases (in `kube-node-lease`)
// and Pods; writes node status and taints, and deletes pods. After Kubernetes'
// pkg/controller/nodelifecycle and its TaintEvictionController.

import Foundation
import SkiffAPI
import SkiffClient
import SkiffLoop

/// Reconciles node health, one node per key:
/// - a node is healthy while its Lease's `renewTime` (or its Ready heartbeat) changed within
///   `gracePeriod` of the controller's clock — times are those at which the controller *saw* a
///   change, as upstream, so a skewed kubelet clock does not matter; a node first seen gets a full
///   grace period;
/// - an unhealthy node gets Ready (and the pressure conditions) set Unknown, reason
///   `NodeStatusUnknown`, message `Kubelet stopped posting node status.`, and the taints
///   `node.kubernetes.io/unreachable` NoSchedule and NoExecute (with `timeAdded`);
/// - when the Lease renews again, the taints go and Ready is left to the kubelet;
/// - a pod on a node with NoExecute taints is deleted: at once when a taint is not tolerated, or
///   `tolerationSeconds` after the taint's `timeAdded` (the earliest of the matching
///   tolerations). A pod with no toleration for the `unreachable` or `not-ready` taint tolerates
///   it for 300 s, as if upstream's DefaultTolerationSeconds admission had added one; a
///   toleration without `tolerationSeconds` tolerates forever.
///
/// Isolation: an actor on the loop; `run()` processes keys until `shutDown()`.
public actor NodeLifecycleController: LoopBound {
    public static let unreachableTaintKey = "node.kubernetes.io/unreachable"
    public static let notReadyTaintKey = "node.kubernetes.io/not-ready"
    public static let leaseNamespace = "kube-node-lease"
    static let statusUnknownReason = "NodeStatusUnknown"
    static let statusUnknownMessage = "Kubelet stopped posting node status."
    static let neverUpdatedReason = "NodeStatusNeverUpdated"
    static let neverUpdatedMessage = "Kubelet never posted node status."
    /// How long a pod without its own toleration tolerates `unreachable`/`not-ready` (upstream's
    /// `--default-unreachable-toleration-seconds`).
    public static let defaultTolerationSeconds: Int64 = 300

    /// The controller's settings.
    public struct Options: Sendable {
        /// How long a node may go without renewing before it is unreachable (upstream's
        /// `--node-monitor-grace-period`).
        public var gracePeriod: Duration = .seconds(40)
        public init() {}
    }

    public nonisolated let loop: EventLoop
    private let client: any APIClient
    private let time: any TimeSource
    private let options: Options
    private let nodes: Informer<Node>
    private let leases: Informer<Lease>
    private let pods: Informer<Pod>
    private let queue: WorkQueue<String>
    /// The last renew time seen per node, and when the controller saw it change.
    private var probes: [String: (renewal: String, observedAt: Date)] = [:]

    static var nodeNameIndex: String { "spec.nodeName" }

    public init(client: any APIClient, loop: EventLoop, time: any TimeSource, informers: SharedInformerFactory, options: Options = Options()) async {
        self.client = client
        self.loop = loop
        self.time = time
        self.options = options
        self.nodes = await informers.informer(for: Node.self)
        self.leases = await informers.informer(for: Lease.self)
        self.pods = await informers.informer(for: Pod.self)
        self.queue = WorkQueue(loop: loop, time: time)
        await pods.addIndex(Self.nodeNameIndex) { pod in
            guard let node = pod.spec?.nodeName, !node.isEmpty else { return [] }
            return [node]
        }
    }

    // MARK: Event handlers: map an object to a node name and enqueue it.

    private func nodeChanged(_ event: Informer<Node>.Event) async {
        switch event {
        case .added(let node), .updated(_, let node):
            await queue.add(node.metadata.name ?? "")
        case .deleted(let node):
            probes[node.metadata.name ?? ""] = nil
        }
    }

    private func leaseChanged(_ event: Informer<Lease>.Event) async {
        switch event {
        case .added(let lease), .updated(_, let lease), .deleted(let lease):
            guard lease.metadata.namespace == Self.leaseNamespace else { return }
            await queue.add(lease.metadata.name ?? "")
        }
    }

    private func podChanged(_ event: Informer<Pod>.Event) async {
        switch event {
        case .added(let pod), .updated(_, let pod):
            if let node = pod.spec?.nodeName, !node.isEmpty, pod.metadata.deletionTimestamp == nil { await queue.add(node) }
        case .deleted:
            break
        }
    }

    // MARK: Run

    /// Registers the handlers, waits for the informers, and runs a worker until `shutDown()`.
    public func run() async {
        await nodes.addHandler { [weak self] event in await self?.nodeChanged(event) }
        await leases.addHandler { [weak self] event in await self?.leaseChanged(event) }
        await pods.addHandler { [weak self] event in await self?.podChanged(event) }
        await nodes.waitForSync()
        await leases.waitForSync()
        await pods.waitForSync()
        await queue.runWorkers { key in try await self.sync(key) }
    }

    /// Stops handing out keys; `run()` returns once the worker is done.
    public func shutDown() async { await queue.shutDown() }

    // MARK: Sync

    /// Updates one node's health, taints and pod evictions, and re-queues it for its next deadline.
    func sync(_ name: String) async throws {
        guard var node = await nodes.get(name: name, namespace: nil) else {
            probes[name] = nil
            return
        }
        let now = time.now()
        let lease = await leases.get(name: name, namespace: Self.leaseNamespace)
        // The lease is the heartbeat; a node without one (an old-style kubelet) is judged by
        // its Ready condition's heartbeat.
        let renewal = lease.map { $0.spec?.renewTime?.description ?? "" }
            ?? node.status?.conditions?.first { $0.type == .ready }?.lastHeartbeatTime?.description ?? ""
        if probes[name]?.renewal != renewal {
            probes[name] = (renewal, now)
        }
        let expiry = probes[name]!.observedAt.addingTimeInterval(options.gracePeriod.timeInterval)
        let isHealthy = now < expiry

        if !isHealthy {
            if let status = Self.markedUnknown(node.status, now: now) {
                var copy = node
                copy.status = status
                node = try await client.updateStatus(copy)
            }
        }
        let readyStatus = node.status?.conditions?.first { $0.type == .ready }?.status
        let desiredTaints = Self.taints(node.spec?.taints ?? [], isHealthy: isHealthy, ready: readyStatus, now: now)
        if desiredTaints != (node.spec?.taints ?? []) {
            var copy = node
            var spec = copy.spec ?? NodeSpec()
            spec.taints = desiredTaints.isEmpty ? nil : desiredTaints
            copy.spec = spec
            node = try await client.update(copy)
        }

        var nextCheck: Date? = isHealthy ? expiry : nil
        let noExecute = (node.spec?.taints ?? []).filter { $0.effect == .noExecute }
        if !noExecute.isEmpty {
            for pod in await pods.byIndex(Self.nodeNameIndex, name) where pod.metadata.deletionTimestamp == nil {
                guard let evictAt = Self.evictionTime(of: pod, taints: noExecute, now: now) else { continue }
                if evictAt <= now {
                    do {
                        _ = try await client.delete(
                            Pod.self, name: pod.metadata.name ?? "", namespace: pod.metadata.namespace,
                            options: DeleteOptions(preconditions: .init(uid: pod.metadata.uid))
                        )
                    } catch let status as Status where status.code == 404 {
                        continue
                    }
                } else {
                    nextCheck = min(nextCheck ?? evictAt, evictAt)
                }
            }
        }
        if let nextCheck {
            let delay = max(nextCheck.timeIntervalSince(now), 0) + 0.001
            await queue.addAfter(name, delay: .milliseconds(Int64((delay * 1000).rounded(.up))))
        }
    }

    // MARK: Pure helpers

    /// The node status with Ready and the pressure conditions Unknown; nil when it already is.
    static func markedUnknown(_ status: NodeStatus?, now: Date) -> NodeStatus? {
        var status = status ?? NodeStatus()
        var conditions = status.conditions ?? []
        var changed = false
        let time = Time(now)
        for type in [NodeConditionType.ready, .memoryPressure, .diskPressure, .pidPressure] {
            if let index = conditions.firstIndex(where: { $0.type == type }) {
                guard conditions[index].status != .unknown else { continue }
                conditions[index].status = .unknown
                conditions[index].reason = statusUnknownReason
                conditions[index].message = statusUnknownMessage
                conditions[index].lastTransitionTime = time
                changed = true
            } else {
                // No heartbeat time: the controller is not the kubelet.
                conditions.append(NodeCondition(
                    type: type, status: .unknown, lastTransitionTime: time,
                    reason: neverUpdatedReason, message: neverUpdatedMessage
                ))
                changed = true
            }
        }
        guard changed else { return nil }
        status.conditions = conditions
        return status
    }

    /// The taints a node should carry: `unreachable` while unhealthy, `not-ready` while its Ready
    /// condition is False, neither otherwise; other taints are kept, and so is `timeAdded` of a
    /// taint already there.
    static func taints(_ current: [Taint], isHealthy: Bool, ready: ConditionStatus?, now: Date) -> [Taint] {
        let managed: Set<String> = [unreachableTaintKey, notReadyTaintKey]
        var result = current.filter { !managed.contains($0.key) }
        var wanted: [(String, TaintEffect)] = []
        if !isHealthy {
            wanted = [(unreachableTaintKey, .noSchedule), (unreachableTaintKey, .noExecute)]
        } else if ready == .false {
            wanted = [(notReadyTaintKey, .noSchedule), (notReadyTaintKey, .noExecute)]
        }
        for (key, effect) in wanted {
            if let existing = current.first(where: { $0.key == key && $0.effect == effect }) {
                result.append(existing)
            } else {
                result.append(Taint(key: key, effect: effect, timeAdded: effect == .noExecute ? Time(now) : nil))
            }
        }
        return result
    }

    /// When a pod on a node with `taints` (all NoExecute) must go; nil when it tolerates them forever.
    static func evictionTime(of pod: Pod, taints: [Taint], now: Date) -> Date? {
        let tolerations = pod.spec?.tolerations ?? []
        var earliest: Date?
        for taint in taints {
            let matching = tolerations.filter { tolerates($0, taint) }
            let seconds: Int64?
            if matching.isEmpty {
                guard taint.key == unreachableTaintKey || taint.key == notReadyTaintKey else { return now }
                seconds = defaultTolerationSeconds
            } else {
                // The shortest bound wins; only tolerations that all lack one tolerate forever
                // (upstream's getMinTolerationTime).
                seconds = matching.compactMap(\.tolerationSeconds).min()
            }
            guard let seconds else { continue }
            let added = taint.timeAdded?.date ?? now
            let due = added.addingTimeInterval(TimeInterval(max(seconds, 0)))
            earliest = min(earliest ?? due, due)
        }
        return earliest
    }

    /// Kubernetes' `Toleration.ToleratesTaint`.
    static func tolerates(_ toleration: Toleration, _ taint: Taint) -> Bool {
        if let effect = toleration.effect, !effect.rawValue.isEmpty, effect != taint.effect { return false }
        if let key = toleration.key, !key.isEmpty, key != taint.key { return false }
        switch toleration.operator {
        case nil, .equal?: return (toleration.value ?? "") == (taint.value ?? "")
        case .exists?: return true
        default: return false
        }
    }
}
