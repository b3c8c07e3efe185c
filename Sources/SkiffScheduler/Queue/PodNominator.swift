/// Pods nominated to a node by preemption and not yet bound, by node (Kubernetes' nominator,
/// which upstream keeps beside the scheduling queue).
///
/// Why: a preemptor waits for its victims to leave before it is scheduled. Meanwhile filters
/// count it on its nominated node against every pod that is not more important
/// (`Framework.nominatedPodsStatus`), so another pod of the same priority neither takes the room
/// it made nor preempts for the same room again.
///
/// The scheduler records a nomination as soon as its preemption chooses the node — before the
/// pod's status says so — and keeps it until the pod is assumed, bound or deleted. A status
/// naming another node replaces it; a status naming none does not clear it (it may be older
/// than the preemption).
struct PodNominator {
    /// Nominated pods by node name.
    private(set) var podsByNode: [String: [PodInfo]] = [:]
    private var nodeByUID: [String: String] = [:]

    var isEmpty: Bool { nodeByUID.isEmpty }

    /// Nominates `pod` to `node`, replacing any earlier nomination of it.
    mutating func nominate(_ pod: PodInfo, to node: String) {
        remove(uid: pod.uid)
        nodeByUID[pod.uid] = node
        podsByNode[node, default: []].append(pod)
    }

    /// Follows a pending pod's update: its status's nomination, if it names one.
    mutating func update(_ pod: PodInfo) {
        if let node = pod.pod.status?.nominatedNodeName, !node.isEmpty {
            nominate(pod, to: node)
        } else if let node = nodeByUID[pod.uid] {
            // Keep the nomination; refresh the pod it holds.
            nominate(pod, to: node)
        }
    }

    /// Forgets `uid`'s nomination (assumed, bound or deleted).
    mutating func remove(uid: String) {
        guard let node = nodeByUID.removeValue(forKey: uid) else { return }
        podsByNode[node]?.removeAll { $0.uid == uid }
        if podsByNode[node]?.isEmpty == true { podsByNode[node] = nil }
    }

    /// The node `uid` is nominated to, if any.
    func node(of uid: String) -> String? { nodeByUID[uid] }
}
