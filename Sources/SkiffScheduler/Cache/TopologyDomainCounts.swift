/// Counts per topology domain (a node label key and one of its values) for any number of keys:
/// one `TopologyValueCounts` per key. What `DomainCounts` sums and a PreFilter hands to its
/// cycle state (InterPodAffinity's matching terms per domain, PodTopologySpread's matching pods).
///
/// A key is held while it has a domain: the keys are what a filter looks up per node.
struct TopologyDomainCounts {
    private(set) var byKey: [String: TopologyValueCounts] = [:]

    subscript(topologyKey: String) -> TopologyValueCounts? { byKey[topologyKey] }

    /// Whether every count is zero.
    var isZero: Bool { byKey.values.allSatisfy(\.isZero) }

    /// The count of `node`'s domain for `topologyKey` (0 when there is none), nil when the
    /// node lacks the key.
    func count(_ topologyKey: String, of node: NodeInfo) -> Int? {
        if let counts = byKey[topologyKey] { return counts.count(of: node) }
        return node.labels[topologyKey] == nil ? nil : 0
    }

    /// Whether every key's ids are still those of the snapshot's label columns.
    func isCurrent(in snapshot: Snapshot) -> Bool {
        byKey.values.allSatisfy { $0.isCurrent(in: snapshot) }
    }

    /// Adds `delta` (with `entryDelta` entries) to the domain with value id `id` of
    /// `topologyKey`, whose column is `column` when the key is new; a key left without domains goes.
    mutating func record(
        _ delta: Int, topologyKey: String, valueID id: Int32, entries entryDelta: Int, column: @autoclosure () -> NodeLabelColumn
    ) {
        byKey[topologyKey, default: TopologyValueCounts(column: column())].record(delta, valueID: id, entries: entryDelta)
        if entryDelta < 0, byKey[topologyKey]?.domainCount == 0 { byKey[topologyKey] = nil }
    }

    /// Adds `delta` to `node`'s domain for `topologyKey` (preemption's what-if `addPod` /
    /// `removePod`; nothing when the node lacks the key). A new key takes `snapshot`'s column.
    mutating func adjust(by delta: Int, topologyKey: String, node: NodeInfo, snapshot: Snapshot) {
        guard let value = node.labels[topologyKey] else { return }
        if byKey[topologyKey] == nil { byKey[topologyKey] = TopologyValueCounts(column: snapshot.labelColumn(for: topologyKey)) }
        byKey[topologyKey]?.adjust(by: delta, value: value)
    }
}
