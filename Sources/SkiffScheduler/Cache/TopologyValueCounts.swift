/// One topology key's counts per domain (per value of the key), in arrays indexed by the value
/// ids of the key's `NodeLabelColumn`: PodTopologySpread's matching pods per domain,
/// InterPodAffinity's matching terms per domain.
///
/// Why: a filter asks for the count of every node's domain, hundreds of nodes per cycle. Keyed
/// by (key, value) strings, each ask hashed both strings; here a batch filter reads the node's
/// value id from the column's row and indexes `counts` with it.
///
/// A domain exists while some entry names it (`record`'s `entries`), even at a zero count:
/// spreading counts a domain whose nodes hold no matching pod. The ids belong to `column` as of
/// `columnEpoch`; `isCurrent(in:)` says whether they still do.
struct TopologyValueCounts {
    /// Where the value ids come from (its `valueIDs` give each row's id).
    let column: NodeLabelColumn
    /// `column.epoch` when these counts were started.
    let columnEpoch: Int
    /// Per value id: the count (0 past the end).
    private(set) var counts: [Int] = []
    /// Per value id: how many entries name the domain (0 past the end: no such domain).
    private var entries: [Int32] = []
    /// How many domains exist.
    private(set) var domainCount = 0
    /// How many ids have a count other than zero.
    private var nonZeroCount = 0

    init(column: NodeLabelColumn) {
        self.column = column
        self.columnEpoch = column.epoch
    }

    var topologyKey: String { column.key }

    /// Whether every count is zero (there may still be domains).
    var isZero: Bool { nonZeroCount == 0 }

    /// Whether `column` is the snapshot's column for the key and still numbers values as it did.
    func isCurrent(in snapshot: Snapshot) -> Bool {
        snapshot.labelColumn(for: topologyKey) === column && column.epoch == columnEpoch
    }

    /// The count of the domain with value id `id` (≥ 0), 0 when there is none.
    subscript(valueID id: Int32) -> Int {
        let index = Int(id)
        return index < counts.count ? counts[index] : 0
    }

    /// Whether the domain with value id `id` (≥ 0) exists.
    func contains(valueID id: Int32) -> Bool {
        let index = Int(id)
        return index < entries.count && entries[index] > 0
    }

    /// The count of `node`'s domain (0 when there is none), nil when the node lacks the key.
    /// By label value: for nodes outside the table's rows (preemption's clones).
    func count(of node: NodeInfo) -> Int? {
        guard let value = node.labels[topologyKey] else { return nil }
        guard let id = column.valueID(of: value) else { return 0 }
        return self[valueID: id]
    }

    /// The smallest count of an existing domain, nil when there is none.
    var minimum: Int? {
        var lowest: Int?
        for index in entries.indices where entries[index] > 0 {
            lowest = min(lowest ?? counts[index], counts[index])
        }
        return lowest
    }

    /// The existing domains' counts by value (tests and diagnostics).
    var domains: [String: Int] {
        var result: [String: Int] = [:]
        for index in entries.indices where entries[index] > 0 { result[column.values[index]] = counts[index] }
        return result
    }

    /// Adds `delta` to the domain with value id `id` (≥ 0) and `entryDelta` to the entries
    /// naming it (`DomainCounts`: +1 with a node's share, -1 when the share is taken back).
    mutating func record(_ delta: Int, valueID id: Int32, entries entryDelta: Int) {
        let index = Int(id)
        if index >= counts.count {
            counts.append(contentsOf: repeatElement(0, count: index + 1 - counts.count))
            entries.append(contentsOf: repeatElement(0, count: index + 1 - entries.count))
        }
        let wasPresent = entries[index] > 0
        entries[index] += Int32(entryDelta)
        let isPresent = entries[index] > 0
        if wasPresent != isPresent { domainCount += isPresent ? 1 : -1 }
        let wasZero = counts[index] == 0
        counts[index] += delta
        let isZero = counts[index] == 0
        if wasZero != isZero { nonZeroCount += isZero ? -1 : 1 }
    }

    /// Adds `delta` to the domain of `value` (preemption's what-if `addPod`/`removePod`); the
    /// domain exists afterwards, as a map entry would.
    mutating func adjust(by delta: Int, value: String) {
        let id = column.intern(value)
        record(delta, valueID: id, entries: contains(valueID: id) ? 0 : 1)
    }
}
