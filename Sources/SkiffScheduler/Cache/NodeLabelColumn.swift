/// One node label's values in a `NodeTable` column: per row, a small integer standing for the
/// node's value of `key` (equal values, equal ids), or -1 when the node lacks the label.
///
/// Why: filters that depend on one label — topology spreading per zone, node affinity on a
/// zone — decide once per distinct value and read each node's verdict by id, instead of
/// hashing the node's labels and the value for every node of every cycle.
public final class NodeLabelColumn {
    public let key: String
    /// Per row: the id of the node's value, -1 without the label.
    @exclusivity(unchecked) public private(set) var valueIDs: [Int32] = []
    /// The values by id (ids are never reused while the column lives).
    @exclusivity(unchecked) public private(set) var values: [String] = []
    @exclusivity(unchecked) private var ids: [String: Int32] = [:]

    init(key: String) {
        self.key = key
    }

    /// Refills every row from `nodes`.
    func rebuild(from nodes: [NodeInfo]) {
        valueIDs.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        ids.removeAll(keepingCapacity: true)
        for node in nodes { valueIDs.append(id(of: node.labels[key])) }
    }

    /// Sets `row` from `node`'s labels.
    func refresh(row: Int, from node: NodeInfo) {
        valueIDs[row] = id(of: node.labels[key])
    }

    private func id(of value: String?) -> Int32 {
        guard let value else { return -1 }
        if let known = ids[value] { return known }
        let id = Int32(values.count)
        values.append(value)
        ids[value] = id
        return id
    }
}
