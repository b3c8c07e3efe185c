import SkiffAPI

/// Pods nominated to a node by preemption and not yet bound, by node (Kubernetes' nominator,
/// which upstream keeps beside the scheduling queue).
///
/// Why: a preemptor waits for its victims to leave before it is scheduled. Meanwhile filters
/// count it on its nominated node against every pod that is not more important
/// (`Framework.nominatedPodsStatus`), so another pod of the same priority neither takes the room
/// it made nor preempts for the same room again.
///
/// The scheduler records a nomination as soon as its preemption chooses the node — before the
/// pod's status says so — and keeps it until the pod is assumed, bound or deleted, or a more
/// important preemptor takes the node. A status naming another node replaces it; a status that
/// stops naming one clears it; a status that never named one leaves it (it may be older than
/// the preemption), as upstream's `UpdateNominatedPod`.
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

    /// Follows a pending pod's update (`previous`: the pod before it, nil when just added).
    mutating func update(_ pod: PodInfo, previous: Pod? = nil) {
        if let node = pod.pod.status?.nominatedNodeName, !node.isEmpty {
            nominate(pod, to: node)
        } else if !(previous?.status?.nominatedNodeName ?? "").isEmpty {
            remove(uid: pod.uid)
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

    /// The pods nominated to `node` that are less important than `priority`: a preemptor that
    /// takes the node takes their room (upstream's `getLowerPriorityNominatedPods`).
    func pods(on node: String, lessImportantThan priority: Int32) -> [PodInfo] {
        podsByNode[node]?.filter { $0.priority < priority } ?? []
    }

    /// The node `uid` is nominated to, if any.
    func node(of uid: String) -> String? { nodeByUID[uid] }
}
