import SkiffAPI

/// TaintToleration: a node's `NoSchedule` and `NoExecute` taints repel pods that do not tolerate
/// them (Filter); untolerated `PreferNoSchedule` taints lower a node's score (Score: their
/// count, normalized reversed so fewer is better).
public struct TaintToleration: BatchFilterPlugin, PreScorePlugin, BatchScorePlugin {
    public static let name = "TaintToleration"

    public var name: String { Self.name }
    /// PreScore looks at the pod (and snapshot) only.
    public func preScoreReadsNodes(of pod: PodInfo) -> Bool { false }
    /// Normalizing looks at the scores only.
    public var normalizeReadsNodes: Bool { false }
    public var clusterEvents: ClusterEvent { [.nodeAdd, .nodeTaintChange] }

    public init() {}

    /// Upstream's reason for the first untolerated taint: `node(s) had untolerated taint {k: v}`.
    public static func errReason(_ taint: Taint) -> String { "node(s) had untolerated taint \(taint.quoted)" }

    public func filter(state: CycleState, pod: PodInfo, node: NodeInfo) -> PluginStatus? {
        // Most nodes have no taints: answer before passing (retaining) both arrays.
        if node.taints.isEmpty { return nil }
        guard let taint = Self.firstUntoleratedTaint(node.taints, pod.tolerations) else { return nil }
        return PluginStatus(.unschedulableAndUnresolvable, Self.errReason(taint))
    }

    public func filter(state: CycleState, pod: PodInfo, snapshot: Snapshot, table: NodeTable, rows: [Int], fits: inout [Bool]) {
        // Only tainted nodes can be rejected: those few take the per-node path.
        let tainted = table.hasTaints
        let nodes = snapshot.nodes
        for position in rows.indices where fits[position] && tainted[rows[position]] {
            if filter(state: state, pod: pod, node: nodes[rows[position]]) != nil { fits[position] = false }
        }
    }

    /// The first `NoSchedule`/`NoExecute` taint not tolerated, if any.
    public static func firstUntoleratedTaint(_ taints: [Taint], _ tolerations: [Toleration]) -> Taint? {
        for taint in taints where taint.effect == .noSchedule || taint.effect == .noExecute {
            if !taint.isTolerated(by: tolerations) { return taint }
        }
        return nil
    }

    // MARK: Score

    final class PreScoreState: CycleStateData {
        /// The pod's tolerations that can tolerate `PreferNoSchedule` (that effect, or any).
        let tolerations: [Toleration]
        init(tolerations: [Toleration]) { self.tolerations = tolerations }
        func clone() -> Self { self }
    }

    public func preScore(state: CycleState, pod: PodInfo, nodes: [NodeInfo], snapshot: Snapshot) -> PreScoreResult {
        let tolerations = pod.tolerations.filter { $0.effect == nil || $0.effect?.rawValue == "" || $0.effect == .preferNoSchedule }
        state.write(PreScoreState(tolerations: tolerations))
        return .proceed
    }

    public func score(state: CycleState, pod: PodInfo, node: NodeInfo) -> Int64 {
        // Most nodes have no taints: skip the cycle-state lookup for them.
        if node.taints.isEmpty { return 0 }
        let tolerations = state.read(PreScoreState.self)?.tolerations ?? pod.tolerations
        var count: Int64 = 0
        for taint in node.taints where taint.effect == .preferNoSchedule && !taint.isTolerated(by: tolerations) {
            count += 1
        }
        return count
    }

    public func score(state: CycleState, pod: PodInfo, snapshot: Snapshot, table: NodeTable, rows: [Int], scores: inout [Int64]) {
        // An untainted node scores 0; the few tainted ones take the per-node path.
        let tainted = table.hasTaints
        let nodes = snapshot.nodes
        for row in rows { scores.append(tainted[row] ? score(state: state, pod: pod, node: nodes[row]) : 0) }
    }

    public func normalize(state: CycleState, pod: PodInfo, nodes: [NodeInfo], scores: inout [Int64]) {
        NodeScore.defaultNormalize(&scores, reverse: true)
    }
}
