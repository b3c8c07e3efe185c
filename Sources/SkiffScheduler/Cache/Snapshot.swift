/// The nodes a scheduling cycle works on, in a stable order, with the lists InterPodAffinity
/// needs (nodes hosting pods with affinity / required anti-affinity). Kubernetes' cache
/// `Snapshot`.
///
/// Unlike upstream, the snapshot is not a copy: a scheduling cycle runs synchronously on the
/// `Scheduler` actor, so no informer event can change a `NodeInfo` while a cycle reads it. The
/// `SchedulerCache` keeps one snapshot and refreshes only the lists that changed.
public final class Snapshot {
    /// Nodes that have a Node object, in the order they were added.
    public internal(set) var nodes: [NodeInfo]
    public internal(set) var nodesByName: [String: NodeInfo]
    public internal(set) var nodesWithAffinityPods: [NodeInfo]
    public internal(set) var nodesWithRequiredAntiAffinityPods: [NodeInfo]
    /// Labels of every namespace (for affinity terms' `namespaceSelector`).
    public internal(set) var namespaceLabels: [String: [String: String]]

    public init(nodes: [NodeInfo], namespaceLabels: [String: [String: String]] = [:]) {
        let present = nodes.filter { $0.node != nil }
        self.nodes = present
        self.nodesByName = Dictionary(present.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.nodesWithAffinityPods = present.filter { !$0.podsWithAffinity.isEmpty }
        self.nodesWithRequiredAntiAffinityPods = present.filter { !$0.podsWithRequiredAntiAffinity.isEmpty }
        self.namespaceLabels = namespaceLabels
    }

    /// Interned keys of the per-node memos (`SpreadCountMemo`, `InterPodAffinityMemo`): what a
    /// memo was computed for, as a small integer. Never shrinks, but holds one entry per
    /// distinct selector (or incoming pod shape) the cluster's pods use.
    private var memoKeys: [AnyHashable: Int] = [:]

    /// The integer standing for `key` in the nodes' memos.
    func memoKey(_ key: some Hashable) -> Int {
        let boxed = AnyHashable(key)
        if let known = memoKeys[boxed] { return known }
        let id = memoKeys.count + 1
        memoKeys[boxed] = id
        return id
    }

    /// Recomputes the affinity lists from `nodes`.
    func refreshAffinityLists() {
        nodesWithAffinityPods = nodes.filter { !$0.podsWithAffinity.isEmpty }
        nodesWithRequiredAntiAffinityPods = nodes.filter { !$0.podsWithRequiredAntiAffinity.isEmpty }
    }
}
