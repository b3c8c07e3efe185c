/// The nodes a scheduling cycle works on, in a stable order, with the lists InterPodAffinity
/// needs (nodes hosting pods with affinity / required anti-affinity). Kubernetes' cache
/// `Snapshot`.
///
/// Unlike upstream, the snapshot is not a copy: a scheduling cycle runs synchronously on the
/// `Scheduler` actor, so no informer event can change a `NodeInfo` while a cycle reads it. The
/// `SchedulerCache` keeps one snapshot, updates the affinity lists in place, and logs which
/// nodes changed so per-domain counts (`DomainCounts`) follow incrementally.
public final class Snapshot {
    /// Nodes that have a Node object, in the order they were added.
    public internal(set) var nodes: [NodeInfo] {
        // Rows follow `nodes`' order: a new list means a refill.
        didSet { isTableStale = true }
    }
    public internal(set) var nodesByName: [String: NodeInfo]
    /// Nodes hosting pods with any (anti-)affinity term (order not significant).
    public private(set) var nodesWithAffinityPods: [NodeInfo]
    /// Nodes hosting pods with required anti-affinity terms (order not significant).
    public private(set) var nodesWithRequiredAntiAffinityPods: [NodeInfo]
    /// Nodes hosting pods that add to other pods' InterPodAffinity scores
    /// (`PodInfo.scoresIncomingPods`; order not significant): InterPodAffinity's PreScore for a
    /// pod without preferred terms walks only these (the other affinity pods would add nothing).
    public private(set) var nodesWithAffinityScoringPods: [NodeInfo]
    private var affinityMembers: Set<ObjectIdentifier> = []
    private var requiredAntiAffinityMembers: Set<ObjectIdentifier> = []
    private var affinityScoringMembers: Set<ObjectIdentifier> = []
    /// Pods nominated to each node by preemption and not yet bound (the scheduler's
    /// `PodNominator`, set before each cycle); filters count them (`Framework.nominatedPodsStatus`).
    public internal(set) var nominatedPods: [String: [PodInfo]] = [:]
    /// Labels of every namespace (for affinity terms' `namespaceSelector`).
    public internal(set) var namespaceLabels: [String: [String: String]]

    /// Whether the owner reports every node change (`noteChanged(_:)`); without it, per-domain
    /// counts are recomputed on every use.
    let isChangeLogged: Bool
    /// Bumped when the node list is rebuilt: subscribers recount from scratch.
    private(set) var changeEpoch = 0
    /// Nodes changed since the log's base, oldest first (a node may appear more than once).
    private var changedNodes: [NodeInfo] = []
    private var changeBase = 0
    /// Counts (`DomainCounts`) by what they count.
    private var subscribers: [AnyHashable: any SnapshotChangeSubscriber] = [:]
    /// Bumped each time the log is dropped; subscribers unused for a whole round go.
    private var syncRound = 0

    /// The columns behind `nodeTable`.
    private let table = NodeTable()
    /// `nodes`' rows by node, for the change-logged snapshot's row updates.
    private var tableRows: [ObjectIdentifier: Int] = [:]
    /// Nodes changed since the table was last synced (change-logged snapshot only).
    private var tablePendingNodes: [NodeInfo] = []
    /// The node list changed (or was never copied): the next sync refills every row.
    private var isTableStale = true

    public convenience init(nodes: [NodeInfo], namespaceLabels: [String: [String: String]] = [:]) {
        self.init(nodes: nodes, namespaceLabels: namespaceLabels, isChangeLogged: false)
    }

    init(nodes: [NodeInfo], namespaceLabels: [String: [String: String]], isChangeLogged: Bool) {
        let present = nodes.filter { $0.node != nil }
        self.nodes = present
        self.nodesByName = Dictionary(present.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.nodesWithAffinityPods = []
        self.nodesWithRequiredAntiAffinityPods = []
        self.nodesWithAffinityScoringPods = []
        self.namespaceLabels = namespaceLabels
        self.isChangeLogged = isChangeLogged
        refreshAffinityLists()
    }

    // MARK: Change log

    /// Absolute position of the log's end.
    var changeCount: Int { changeBase + changedNodes.count }

    /// The nodes changed since absolute position `position` (≥ the log's base).
    func changes(since position: Int) -> ArraySlice<NodeInfo> {
        changedNodes[(position - changeBase)...]
    }

    /// `node` changed (labels, pods): subscribers recount it at their next sync.
    func noteChanged(_ node: NodeInfo) {
        guard isChangeLogged else { return }
        if !isTableStale {
            tablePendingNodes.append(node)
            // Nobody is reading the table (no cycles run): a refill is cheaper than the log.
            if tablePendingNodes.count > max(1_024, nodes.count) { markTableStale() }
        }
        if subscribers.isEmpty {
            changeBase += changedNodes.count
            changedNodes.removeAll(keepingCapacity: true)
            return
        }
        changedNodes.append(node)
        if changedNodes.count >= max(4_096, nodes.count) { dropLog() }
    }

    /// The node list was rebuilt: every subscriber recounts.
    func noteNodeListChanged() {
        markTableStale()
        changeEpoch += 1
        changeBase += changedNodes.count
        changedNodes.removeAll(keepingCapacity: true)
    }

    /// Syncs the subscribers used since the last drop (dropping the others) and empties the log.
    private func dropLog() {
        subscribers = subscribers.filter { $0.value.lastUsedRound == syncRound }
        for subscriber in subscribers.values { subscriber.sync(with: self) }
        syncRound += 1
        for subscriber in subscribers.values { subscriber.lastUsedRound = syncRound }
        changeBase += changedNodes.count
        changedNodes.removeAll(keepingCapacity: true)
    }

    /// The counts registered for `key`, created with `contribution` when new, synced to now.
    func domainCounts(
        for key: some Hashable, contribution: @escaping (NodeInfo) -> DomainCounts.Contribution
    ) -> DomainCounts {
        let boxed = AnyHashable(key)
        let counts: DomainCounts
        if let known = subscribers[boxed] as? DomainCounts {
            counts = known
        } else {
            counts = DomainCounts(contribution: contribution)
            if isChangeLogged {
                // Bounded: selectors built from pods' own labels (`matchLabelKeys`) can be many.
                if subscribers.count >= 64 { subscribers.removeAll() }
                subscribers[boxed] = counts
            }
        }
        counts.lastUsedRound = syncRound
        counts.sync(with: self)
        return counts
    }

    // MARK: Node table

    /// The nodes' numbers in columns, row `i` for `nodes[i]`, current as of this call.
    ///
    /// The cache's snapshot updates only the rows of nodes it reported changed since the last
    /// call; a snapshot built with `init(nodes:)` (tests, tools) has no change reports and
    /// compares every row's generation instead.
    public var nodeTable: NodeTable {
        if isTableStale || table.count != nodes.count {
            table.rebuild(from: nodes)
            if isChangeLogged {
                tableRows.removeAll(keepingCapacity: true)
                for (row, node) in nodes.enumerated() { tableRows[ObjectIdentifier(node)] = row }
            }
            isTableStale = false
            tablePendingNodes.removeAll(keepingCapacity: true)
        } else if isChangeLogged {
            for node in tablePendingNodes {
                if let row = tableRows[ObjectIdentifier(node)], nodes[row] === node { table.refresh(row: row, from: node) }
            }
            tablePendingNodes.removeAll(keepingCapacity: true)
        } else {
            for (row, node) in nodes.enumerated() { table.refresh(row: row, from: node) }
        }
        return table
    }

    /// The values of node label `key` by row (see `NodeLabelColumn`), current as `nodeTable`.
    public func labelColumn(for key: String) -> NodeLabelColumn {
        nodeTable.labelColumn(for: key, nodes: nodes)
    }

    private func markTableStale() {
        isTableStale = true
        tablePendingNodes.removeAll(keepingCapacity: true)
    }

    // MARK: Affinity lists

    /// Recomputes the affinity lists from `nodes`.
    func refreshAffinityLists() {
        nodesWithAffinityPods = nodes.filter { !$0.podsWithAffinity.isEmpty }
        nodesWithRequiredAntiAffinityPods = nodes.filter { !$0.podsWithRequiredAntiAffinity.isEmpty }
        affinityMembers = Set(nodesWithAffinityPods.map(ObjectIdentifier.init))
        requiredAntiAffinityMembers = Set(nodesWithRequiredAntiAffinityPods.map(ObjectIdentifier.init))
        nodesWithAffinityScoringPods = nodesWithAffinityPods.filter(Self.hasAffinityScoringPods)
        affinityScoringMembers = Set(nodesWithAffinityScoringPods.map(ObjectIdentifier.init))
    }

    private static func hasAffinityScoringPods(_ node: NodeInfo) -> Bool {
        node.podsWithAffinity.contains { $0.scoresIncomingPods }
    }

    /// A pod with affinity came to or left `node` (which is in `nodes`): updates the lists in
    /// place instead of re-filtering every node.
    func updateAffinityLists(for node: NodeInfo) {
        let id = ObjectIdentifier(node)
        Self.update(&nodesWithAffinityPods, &affinityMembers, node, id, member: !node.podsWithAffinity.isEmpty)
        Self.update(
            &nodesWithRequiredAntiAffinityPods, &requiredAntiAffinityMembers, node, id,
            member: !node.podsWithRequiredAntiAffinity.isEmpty
        )
        Self.update(
            &nodesWithAffinityScoringPods, &affinityScoringMembers, node, id, member: Self.hasAffinityScoringPods(node)
        )
    }

    private static func update(
        _ list: inout [NodeInfo], _ members: inout Set<ObjectIdentifier>, _ node: NodeInfo, _ id: ObjectIdentifier, member: Bool
    ) {
        if member {
            if members.insert(id).inserted { list.append(node) }
        } else if members.remove(id) != nil, let index = list.firstIndex(where: { $0 === node }) {
            list.remove(at: index)
        }
    }
}
