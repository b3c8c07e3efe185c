import SkiffAPI

/// InterPodAffinity's last PreFilter answers for one node, valid while the node's `generation`
/// is unchanged (see `SpreadCountMemo` for why: PreFilter walks every pod of the cluster for
/// every pod it schedules, and consecutive pods of a workload ask the same questions).
///
/// - `existing…`: for an incoming pod of namespace/labels interned as `existingKey`, how many
///   required anti-affinity terms of this node's pods match it, by topology key.
/// - `incoming…`: for incoming required terms interned as `incomingKey`, how many of this node's
///   pods match all affinity terms, and how many match each anti-affinity term.
struct InterPodAffinityMemo {
    var generation: Int64
    var existingKey = 0
    var existingMatches: [(topologyKey: String, count: Int64)] = []
    var incomingKey = 0
    var affinityMatches: Int64 = 0
    var antiAffinityMatches: [Int64] = []
}

/// What `InterPodAffinityMemo.existing…` was computed for: the incoming pod as the existing
/// pods' anti-affinity terms see it.
struct ExistingAntiAffinityMemoKey: Hashable {
    var namespace: String
    var labels: [String: String]
    var namespaceLabels: [String: String]?
}

/// What `InterPodAffinityMemo.incoming…` was computed for: the incoming pod's resolved terms.
struct IncomingTermsMemoKey: Hashable {
    var affinityTerms: [AffinityTerm]
    var antiAffinityTerms: [AffinityTerm]
}
