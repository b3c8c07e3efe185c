import SkiffAPI

/// NodeAffinity: `spec.nodeSelector` and required node affinity terms must match the node
/// (Filter); each matching preferred term adds its weight (Score, normalized to 0…100).
/// Terms pinning `metadata.name` narrow the nodes tried (PreFilter), as upstream.
public struct NodeAffinity: PreFilterPlugin, BatchFilterPlugin, PreScorePlugin, ScorePlugin {
    public static let name = "NodeAffinity"
    /// Upstream's `ErrReasonPod`.
    public static let errReason = "node(s) didn't match Pod's node affinity/selector"

    public var name: String { Self.name }
    /// PreScore looks at the pod (and snapshot) only.
    public func preScoreReadsNodes(of pod: PodInfo) -> Bool { false }
    /// Normalizing looks at the scores only.
    public var normalizeReadsNodes: Bool { false }
    public var clusterEvents: ClusterEvent { [.nodeAdd, .nodeLabelChange] }

    public init() {}

    public func preFilter(state: CycleState, pod: PodInfo, snapshot: Snapshot) -> PreFilterResult {
        if pod.requiredNodeAffinity.isEmpty { return .skip }
        if let names = pod.requiredNodeAffinity.pinnedNodeNames { return .restrict(to: names) }
        return .proceed
    }

    public func filter(state: CycleState, pod: PodInfo, node: NodeInfo) -> PluginStatus? {
        // A pod without a node selector or required terms fits every node: answer before
        // passing (retaining) the node's name and labels.
        if pod.requiredNodeAffinity.isEmpty { return nil }
        if pod.requiredNodeAffinity.matches(name: node.name, labels: node.labels) { return nil }
        return PluginStatus(.unschedulableAndUnresolvable, Self.errReason)
    }

    public func filter(state: CycleState, pod: PodInfo, snapshot: Snapshot, table: NodeTable, rows: [Int], fits: inout [Bool]) {
        let affinity = pod.requiredNodeAffinity
        if affinity.isEmpty { return }
        guard let key = affinity.onlyLabelKey else {
            let nodes = snapshot.nodes
            for position in rows.indices where fits[position] {
                if filter(state: state, pod: pod, node: nodes[rows[position]]) != nil { fits[position] = false }
            }
            return
        }
        // The match depends only on the node's value of `key`: decided once per value.
        let column = snapshot.labelColumn(for: key)
        let ids = column.valueIDs
        let values = column.values
        let matchesUnlabelled = affinity.matches(name: "", labels: [:])
        // 0: not decided yet, 1: matches, 2: does not.
        var verdicts = [UInt8](repeating: 0, count: values.count)
        for position in rows.indices where fits[position] {
            let id = Int(ids[rows[position]])
            if id < 0 {
                if !matchesUnlabelled { fits[position] = false }
                continue
            }
            var verdict = verdicts[id]
            if verdict == 0 {
                verdict = affinity.matches(name: "", labels: [key: values[id]]) ? 1 : 2
                verdicts[id] = verdict
            }
            if verdict == 2 { fits[position] = false }
        }
    }

    // MARK: Score

    final class PreScoreState: CycleStateData {
        let terms: [(term: RequiredNodeAffinity.Term, weight: Int64)]
        init(terms: [(term: RequiredNodeAffinity.Term, weight: Int64)]) { self.terms = terms }
        func clone() -> Self { self }
    }

    public func preScore(state: CycleState, pod: PodInfo, nodes: [NodeInfo], snapshot: Snapshot) -> PreScoreResult {
        let preferred = pod.pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []
        if preferred.isEmpty { return .skip }
        state.write(PreScoreState(terms: preferred.map { (RequiredNodeAffinity.Term($0.preference), Int64($0.weight)) }))
        return .proceed
    }

    public func score(state: CycleState, pod: PodInfo, node: NodeInfo) -> Int64 {
        guard let terms = state.read(PreScoreState.self)?.terms else { return 0 }
        var total: Int64 = 0
        for (term, weight) in terms where weight != 0 && term.matches(name: node.name, labels: node.labels) {
            total += weight
        }
        return total
    }

    public func normalize(state: CycleState, pod: PodInfo, nodes: [NodeInfo], scores: inout [Int64]) {
        NodeScore.defaultNormalize(&scores, reverse: false)
    }
}
