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
/// `totals` holds a domain while any node contributes an entry for it, even a zero count
/// (spreading counts a domain whose nodes hold no matching pod). A snapshot built outside the
/// cache (`Snapshot(nodes:)`, tests and tools) has no change log: the counts are recomputed
/// from scratch on every `sync(with:)`.
final class DomainCounts<Domain: Hashable>: SnapshotChangeSubscriber {
    /// One node's share: counts by domain (a domain may appear more than once).
    typealias Contribution = [(domain: Domain, count: Int)]

    private(set) var totals: [Domain: Int] = [:]
    /// How many contribution entries name each domain (a domain leaves `totals` at zero).
    private var members: [Domain: Int] = [:]
    private var contributions: [ObjectIdentifier: Contribution] = [:]
    private let contribution: (NodeInfo) -> Contribution
    /// Optional grouping of domains (InterPodAffinity: a pair's topology key), with how many
    /// domains of `totals` each group has.
    private let group: ((Domain) -> String)?
    private var groupSizes: [String: Int] = [:]
    private var epoch = -1
    private var syncedChanges = 0
    /// `Snapshot.syncRound` when last used (unused subscribers are dropped).
    var lastUsedRound = 0

    /// Counts for `contribution`, which must depend only on the node (labels, pods) and on what
    /// the subscriber's key in the snapshot stands for.
    init(group: ((Domain) -> String)? = nil, contribution: @escaping (NodeInfo) -> Contribution) {
        self.group = group
        self.contribution = contribution
    }

    /// The groups of the domains in `totals` (empty without a `group` function).
    var groups: [String] { Array(groupSizes.keys) }

    /// Brings `totals` up to date with `snapshot`.
    func sync(with snapshot: Snapshot) {
        guard snapshot.isChangeLogged, epoch == snapshot.changeEpoch else {
            totals = [:]
            members = [:]
            groupSizes = [:]
            contributions = [:]
            for node in snapshot.nodes { apply(node) }
            epoch = snapshot.changeEpoch
            syncedChanges = snapshot.changeCount
            return
        }
        if syncedChanges == snapshot.changeCount { return }
        for node in snapshot.changes(since: syncedChanges) {
            let id = ObjectIdentifier(node)
            if let old = contributions.removeValue(forKey: id) {
                for entry in old { adjust(entry.domain, by: -entry.count, members: -1) }
            }
            apply(node)
        }
        syncedChanges = snapshot.changeCount
    }

    private func apply(_ node: NodeInfo) {
        // A node-less NodeInfo (pods bound before their Node arrived) is not in the snapshot.
        guard node.node != nil else { return }
        let share = contribution(node)
        if share.isEmpty { return }
        contributions[ObjectIdentifier(node)] = share
        for entry in share { adjust(entry.domain, by: entry.count, members: 1) }
    }

    private func adjust(_ domain: Domain, by delta: Int, members memberDelta: Int) {
        let remaining = members[domain, default: 0] + memberDelta
        if remaining == 0 {
            members[domain] = nil
            totals[domain] = nil
            if let group {
                let name = group(domain)
                let size = groupSizes[name, default: 0] - 1
                groupSizes[name] = size == 0 ? nil : size
            }
        } else {
            if remaining == 1, memberDelta == 1, let group { groupSizes[group(domain), default: 0] += 1 }
            members[domain] = remaining
            totals[domain, default: 0] += delta
        }
    }
}
