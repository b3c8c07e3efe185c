/// One node label's values in a `NodeTable` column: per row, a small integer standing for the
/// node's value of `key` (equal values, equal ids), or -1 when the node lacks the label.
///
/// Why: filters that depend on one label — topology spreading per zone, node affinity on a
/// zone, inter-pod affinity per hostname — decide once per distinct value, or index per-value
/// counts (`TopologyValueCounts`) by id, instead of hashing the node's labels and the value for
/// every node of every cycle.
public final class NodeLabelColumn {
    public let key: String
    /// Per row: the id of the node's value, -1 without the label.
    @exclusivity(unchecked) public private(set) var valueIDs: [Int32] = []
    /// The values by id (ids are never reused within an `epoch`).
    @exclusivity(unchecked) public private(set) var values: [String] = []
    /// Bumped when `rebuild` renumbers the values: ids kept from an earlier epoch (by
    /// `TopologyValueCounts`) no longer name the same values.
    @exclusivity(unchecked) public private(set) var epoch = 0
    @exclusivity(unchecked) private var ids: [String: Int32] = [:]

    init(key: String) {
        self.key = key
    }

    /// Refills every row from `nodes`, numbering the values afresh (values of removed nodes
    /// would otherwise keep their ids forever).
    func rebuild(from nodes: [NodeInfo]) {
        valueIDs.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        ids.removeAll(keepingCapacity: true)
        epoch += 1
        for node in nodes { valueIDs.append(intern(node.labels[key])) }
    }

    /// Sets `row` from `node`'s labels.
    func refresh(row: Int, from node: NodeInfo) {
        valueIDs[row] = intern(node.labels[key])
    }

    /// The id of `value`, numbering it if new; -1 for nil (no label).
    func intern(_ value: String?) -> Int32 {
        guard let value else { return -1 }
        if let known = ids[value] { return known }
        let id = Int32(values.count)
        values.append(value)
        ids[value] = id
        return id
    }

    /// The id of `value` if some node had it this epoch.
    func valueID(of value: String) -> Int32? {
        ids[value]
    }
}
