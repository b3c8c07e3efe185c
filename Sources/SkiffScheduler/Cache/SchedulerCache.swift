import SkiffAPI

/// Per-node state kept current from the Node and Pod informers, plus the pods the scheduler has
/// *assumed* onto nodes while their bindings are in flight. Kubernetes' scheduler cache.
///
/// Pod lifecycle:
/// - `assume(_:)` — the scheduler chose a node: the pod counts against it at once, so the next
///   cycle cannot double-book the node while the binding is written.
/// - `finishBinding(uid:)` — the binding call returned; the pod stays assumed until the informer
///   confirms it.
/// - `addPod(_:)` of an assumed pod (the informer saw `spec.nodeName`) — confirmed: the informer's
///   copy replaces the assumed one (on its real node, should it differ).
/// - `forget(uid:)` — the binding failed: the pod leaves the node.
///
/// Isolation: not `Sendable`; owned by the `Scheduler` actor. Every method is synchronous.
public final class SchedulerCache {
    private struct PodState {
        var pod: PodInfo
        var isAssumed: Bool
        var isBindingFinished: Bool
    }

    private var nodeInfos: [String: NodeInfo] = [:]
    private var podStates: [String: PodState] = [:]
    private var namespaceLabels: [String: [String: String]] = [:]
    private let snapshotStorage = Snapshot(nodes: [], namespaceLabels: [:], isChangeLogged: true)
    /// The node list changed: the snapshot's lists must be rebuilt.
    private var isNodeListDirty = false

    public init() {}

    // MARK: Nodes

    public func addNode(_ node: Node) {
        let name = node.metadata.name ?? ""
        let info = nodeInfos[name] ?? NodeInfo(name: name)
        nodeInfos[name] = info
        if info.node == nil { isNodeListDirty = true }
        info.setNode(node)
        snapshotStorage.noteChanged(info)
    }

    public func updateNode(_ node: Node) { addNode(node) }

    /// Removes the node; pods still on it keep a node-less NodeInfo until they are deleted.
    public func removeNode(name: String) {
        guard let info = nodeInfos[name] else { return }
        info.clearNode()
        if info.pods.isEmpty { nodeInfos[name] = nil }
        isNodeListDirty = true
    }

    public func nodeInfo(named name: String) -> NodeInfo? { nodeInfos[name] }

    /// Number of nodes with a Node object.
    public var nodeCount: Int { nodeInfos.values.reduce(0) { $0 + ($1.node == nil ? 0 : 1) } }

    // MARK: Namespaces

    public func setNamespace(_ name: String, labels: [String: String]?) {
        namespaceLabels[name] = labels ?? [:]
        snapshotStorage.namespaceLabels = namespaceLabels
    }

    public func removeNamespace(_ name: String) {
        namespaceLabels[name] = nil
        snapshotStorage.namespaceLabels = namespaceLabels
    }

    // MARK: Pods

    /// Whether the pod with `uid` is assumed (chosen, not yet confirmed by the informer).
    public func isAssumed(uid: String) -> Bool { podStates[uid]?.isAssumed == true }

    /// Whether the cache holds the pod (assumed or confirmed).
    public func contains(uid: String) -> Bool { podStates[uid] != nil }

    /// Places a pod the scheduler chose a node for; `pod.nodeName` must be set.
    public func assume(_ pod: PodInfo) {
        precondition(!pod.nodeName.isEmpty, "an assumed pod needs a node")
        if podStates[pod.uid] != nil { removePodFromNode(uid: pod.uid) }
        podStates[pod.uid] = PodState(pod: pod, isAssumed: true, isBindingFinished: false)
        place(pod)
    }

    /// The binding of an assumed pod was written.
    public func finishBinding(uid: String) {
        podStates[uid]?.isBindingFinished = true
    }

    /// Takes an assumed pod off its node (its binding failed).
    public func forget(uid: String) {
        guard let state = podStates[uid], state.isAssumed else { return }
        removePodFromNode(uid: uid)
        podStates[uid] = nil
    }

    /// A pod with `spec.nodeName` from the informer: confirms an assumed pod, or adds it.
    public func addPod(_ pod: PodInfo) {
        guard !pod.nodeName.isEmpty else { return }
        if podStates[pod.uid] != nil { removePodFromNode(uid: pod.uid) }
        podStates[pod.uid] = PodState(pod: pod, isAssumed: false, isBindingFinished: true)
        place(pod)
    }

    /// A bound pod changed (labels, deletion, …).
    public func updatePod(_ pod: PodInfo) { addPod(pod) }

    /// A bound pod was deleted (or finished).
    public func removePod(uid: String) {
        guard podStates[uid] != nil else { return }
        removePodFromNode(uid: uid)
        podStates[uid] = nil
    }

    /// The pod with `uid` as the cache has it.
    public func pod(uid: String) -> PodInfo? { podStates[uid]?.pod }

    private func place(_ pod: PodInfo) {
        let info: NodeInfo
        if let existing = nodeInfos[pod.nodeName] {
            info = existing
        } else {
            info = NodeInfo(name: pod.nodeName)
            nodeInfos[pod.nodeName] = info
        }
        info.add(pod)
        nodeChanged(info, podHasAffinity: pod.hasAffinity)
    }

    private func removePodFromNode(uid: String) {
        guard let state = podStates[uid], let info = nodeInfos[state.pod.nodeName] else { return }
        info.remove(uid: uid)
        nodeChanged(info, podHasAffinity: state.pod.hasAffinity)
        if info.node == nil, info.pods.isEmpty { nodeInfos[info.name] = nil }
    }

    /// Reports a pod change on `info` to the snapshot (its change log, its affinity lists).
    private func nodeChanged(_ info: NodeInfo, podHasAffinity: Bool) {
        // While the node list is dirty the next `snapshot()` rebuilds everything anyway.
        guard !isNodeListDirty, info.node != nil else { return }
        snapshotStorage.noteChanged(info)
        if podHasAffinity { snapshotStorage.updateAffinityLists(for: info) }
    }

    // MARK: Snapshot

    /// The snapshot for the next scheduling cycle, refreshed where the cache changed.
    /// Nodes keep the order they were added in (so the round-robin start index is stable).
    public func snapshot() -> Snapshot {
        if isNodeListDirty {
            let kept = snapshotStorage.nodes.filter { $0.node != nil && nodeInfos[$0.name] === $0 }
            let known = Set(kept.map(\.name))
            let added = nodeInfos.values.filter { $0.node != nil && !known.contains($0.name) }.sorted { $0.name < $1.name }
            snapshotStorage.nodes = kept + added
            snapshotStorage.nodesByName = Dictionary(
                snapshotStorage.nodes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }
            )
            isNodeListDirty = false
            snapshotStorage.refreshAffinityLists()
            snapshotStorage.noteNodeListChanged()
        }
        return snapshotStorage
    }
}
