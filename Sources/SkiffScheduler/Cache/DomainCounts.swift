/// Per-domain sums of what each node of a snapshot contributes — PodTopologySpread's matching
/// pods per topology value, InterPodAffinity's matching terms per (topology key, value) — kept
/// current from the snapshot's change log (`Snapshot.noteChanged(_:)`) instead of re-summed over
/// every node in every PreFilter.
///
/// Why: upstream's PreFilter walks every node's pods for every pod it schedules (O(cluster
/// pods) per cycle, on 16 goroutines there, one loop thread here). The answer changes only where
/// a node changed since the last cycle — usually the one node the previous pod was assumed
/// onto — so a node's contribution is recomputed only when the cache reports a change, and the
/// totals are adjusted by the difference. A PreFilter then hands `totals` to its cycle state
/// (copy-on-write: no copy unless preemption's what-if `addPod`/`removePod` mutates it).
///
/// A node contributes to the domain of its own value of each topology key it names (none for a
/// key it lacks). Values are counted by their ids in the snapshot's label columns
/// (`TopologyValueCounts`); when a column renumbers its values (`NodeLabelColumn.epoch`) or is
/// replaced, the counts start over, as they do when the node list is rebuilt. A snapshot built
/// outside the cache (`Snapshot(nodes:)`, tests and tools) has no change log: the counts are
/// recomputed from scratch on every `sync(with:)`.
final class DomainCounts: SnapshotChangeSubscriber {
    /// One node's share: counts by topology key, each for the node's value of the key (a key
    /// may appear more than once; each entry adds).
    typealias Contribution = [(topologyKey: String, count: Int)]
    /// A share as recorded, with each value's id (what taking it back subtracts).
    private typealias RecordedShare = [(topologyKey: String, valueID: Int32, count: Int)]

    private(set) var totals = TopologyDomainCounts()
    private var shares: [ObjectIdentifier: RecordedShare] = [:]
    private let contribution: (NodeInfo) -> Contribution
    private var epoch = -1
    private var syncedChanges = 0
    /// `Snapshot.syncRound` when last used (unused subscribers are dropped).
    var lastUsedRound = 0

    /// Counts for `contribution`, which must depend only on the node (labels, pods) and on what
    /// the subscriber's key in the snapshot stands for.
    init(contribution: @escaping (NodeInfo) -> Contribution) {
        self.contribution = contribution
    }

    /// Brings `totals` up to date with `snapshot`.
    func sync(with snapshot: Snapshot) {
        guard snapshot.isChangeLogged, epoch == snapshot.changeEpoch, totals.isCurrent(in: snapshot) else {
            totals = TopologyDomainCounts()
            shares = [:]
            for node in snapshot.nodes { apply(node, snapshot) }
            epoch = snapshot.changeEpoch
            syncedChanges = snapshot.changeCount
            return
        }
        if syncedChanges == snapshot.changeCount { return }
        // A share depends on the node as it is now, so a node logged several times (a pod
        // assumed onto it, then confirmed: three entries) is recounted once.
        let changes = snapshot.changes(since: syncedChanges)
        var recounted = Set<ObjectIdentifier>(minimumCapacity: changes.count)
        for node in changes where recounted.insert(ObjectIdentifier(node)).inserted {
            if let old = shares.removeValue(forKey: ObjectIdentifier(node)) {
                for entry in old {
                    totals.record(
                        -entry.count, topologyKey: entry.topologyKey, valueID: entry.valueID, entries: -1,
                        column: snapshot.labelColumn(for: entry.topologyKey)
                    )
                }
            }
            apply(node, snapshot)
        }
        syncedChanges = snapshot.changeCount
    }

    private func apply(_ node: NodeInfo, _ snapshot: Snapshot) {
        // A node-less NodeInfo (pods bound before their Node arrived) is not in the snapshot.
        guard node.node != nil else { return }
        let share = contribution(node)
        if share.isEmpty { return }
        var recorded: RecordedShare = []
        recorded.reserveCapacity(share.count)
        for entry in share {
            guard let value = node.labels[entry.topologyKey] else { continue }
            // The key's counts hold the column the ids belong to; a new key takes the snapshot's.
            let column = totals[entry.topologyKey]?.column ?? snapshot.labelColumn(for: entry.topologyKey)
            let id = column.intern(value)
            totals.record(entry.count, topologyKey: entry.topologyKey, valueID: id, entries: 1, column: column)
            recorded.append((entry.topologyKey, id, entry.count))
        }
        if !recorded.isEmpty { shares[ObjectIdentifier(node)] = recorded }
    }
}
