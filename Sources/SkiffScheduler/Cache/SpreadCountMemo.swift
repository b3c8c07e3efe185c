import SkiffAPI

/// PodTopologySpread's last answer for one node: the node's value of a topology key and how
/// many of its pods in a namespace match a selector, valid while the node's `generation` (bumped
/// by every node or pod change) is unchanged.
///
/// Why: PreFilter counts matching pods over every node of the snapshot for every pod it
/// schedules (upstream's algorithm); consecutive pods of one workload share the selector, so a
/// node that did not change since the last cycle answers from here instead of re-matching its
/// pods and re-hashing its labels. The (topology key, namespace, selector) triple is interned
/// once per cycle into `key` (`Snapshot.memoKey`), so a lookup compares integers only.
/// One slot per node: a second selector simply replaces it.
struct SpreadCountMemo {
    var generation: Int64
    var key: Int
    /// The node's value of the topology key; nil when the node lacks the label.
    var domain: String?
    var count: Int
}

/// What a `SpreadCountMemo` was computed for.
struct SpreadCountMemoKey: Hashable {
    var topologyKey: String
    var namespace: String
    var selector: LabelSelectorExpression
}
