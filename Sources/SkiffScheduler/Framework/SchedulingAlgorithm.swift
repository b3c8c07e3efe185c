/// The placement of one pod.
public struct ScheduleResult: Sendable, Hashable {
    public var suggestedHost: String
    /// Nodes filtered (feasible or not) before the search stopped.
    public var evaluatedNodes: Int
    public var feasibleNodes: Int
}

/// One pod's scheduling cycle over a snapshot: PreFilter, Filter over enough nodes, PreScore,
/// Score, and the choice of host (Kubernetes' `schedulePod`, `findNodesThatFitPod`,
/// `prioritizeNodes`, `selectHost`).
///
/// - A pod with `status.nominatedNodeName` is tried on that node first; if it fits, it goes there.
/// - A node fits only if the pod also fits with the pods nominated to it that are at least as
///   important counted there (`Framework.nominatedPodsStatus`), as upstream.
/// - Filtering starts where the previous cycle stopped (round robin over the snapshot's nodes)
///   and stops after `numFeasibleNodesToFind` feasible nodes, as upstream.
/// - One feasible node is chosen without scoring; otherwise the highest total score wins, ties
///   broken by reservoir sampling with the seeded `TieBreaker`.
///
/// Buffers are kept between cycles so a cycle allocates no per-node arrays. Not `Sendable`: owned
/// by the `Scheduler` actor (tests use it directly).
public final class SchedulingAlgorithm {
    public let framework: Framework
    public private(set) var nextStartNodeIndex = 0
    private var random: TieBreaker
    /// This cycle's feasible nodes, as snapshot rows (`NodeTable`) and as `NodeInfo`s (for the
    /// PreScore and normalize calls, which take nodes).
    private var feasibleRows: [Int] = []
    private var feasible: [NodeInfo] = []
    private var totals: [Int64] = []
    private var pluginScores: [Int64] = []
    /// The snapshot rows a PreFilter restriction leaves, in snapshot order.
    private var candidateRows: [Int] = []
    /// One filter batch: its rows, and per row the index of the first filter that rejected it
    /// (-1: fits).
    private var batchRows: [Int] = []
    private var batchFits: [Bool] = []
    private var batchRejectedBy: [Int] = []
    /// This cycle's rejected nodes, in filter order: the row and the index of the filter that
    /// rejected it. Their statuses matter only when no node fits (the `Diagnosis` of the
    /// `FitError`), so only then are they asked of the rejecting filter's per-node `filter`
    /// — a cycle that succeeds after rejecting thousands of nodes (anti-affinity, full nodes)
    /// builds no status and no per-node dictionary.
    private var rejected: [(row: Int, filter: Int)] = []

    /// The fewest nodes the feasible-node search filters in one batch: enough to amortize a
    /// batch's per-plugin calls when most nodes are rejected, few enough that the nodes filtered
    /// past the search's stopping point (results dropped) cost little.
    static let minFilterBatch = 32

    /// Upstream's `minFeasibleNodesToFind`.
    public static let minFeasibleNodesToFind = 100
    /// Upstream's `minFeasibleNodesPercentageToFind`.
    public static let minFeasibleNodesPercentageToFind = 5

    public init(framework: Framework, seed: UInt64) {
        self.framework = framework
        self.random = TieBreaker(seed: seed)
    }

    /// How many feasible nodes to find among `numAllNodes` before scoring (upstream's
    /// `numFeasibleNodesToFind`).
    public static func numFeasibleNodesToFind(numAllNodes: Int, percentage configured: Int?) -> Int {
        if numAllNodes < minFeasibleNodesToFind { return numAllNodes }
        var percentage = configured ?? 0
        if percentage <= 0 {
            percentage = 50 - numAllNodes / 125
            if percentage < minFeasibleNodesPercentageToFind { percentage = minFeasibleNodesPercentageToFind }
        }
        let count = numAllNodes * percentage / 100
        return max(count, minFeasibleNodesToFind)
    }

    /// Why `pod` does not fit `node` once the pods nominated to it count, nil if it does.
    private func nominatedPodsStatus(
        _ filters: [FilterPluginSlot], state: CycleState, pod: PodInfo, node: NodeInfo, snapshot: Snapshot
    ) -> PluginStatus? {
        guard let nominated = snapshot.nominatedPods[node.name] else { return nil }
        return framework.nominatedPodsStatus(state: state, pod: pod, node: node, nominated: nominated) { state, node in
            self.framework.runFilters(filters, state: state, pod: pod, node: node)
        }
    }

    /// Schedules `pod` on `snapshot`: the chosen node, or why none fits. `state` is reset first.
    public func schedule(_ pod: PodInfo, snapshot: Snapshot, state: CycleState) -> Result<ScheduleResult, FitError> {
        state.reset()
        let allNodes = snapshot.nodes
        var diagnosis = Diagnosis()
        if allNodes.isEmpty {
            return .failure(FitError(pod: pod, numAllNodes: 0, diagnosis: diagnosis))
        }
        if let problem = pod.parseError {
            let status = PluginStatus(.unschedulableAndUnresolvable, problem, plugin: "PodInfo")
            diagnosis.preFilterMessage = problem
            diagnosis.unschedulablePlugins.insert(status.plugin)
            for node in allNodes { diagnosis.nodeStatuses[node.name] = status }
            return .failure(FitError(pod: pod, numAllNodes: allNodes.count, diagnosis: diagnosis))
        }

        // PreFilter.
        let restriction: Set<String>?
        switch framework.runPreFilter(state: state, pod: pod, snapshot: snapshot) {
        case .success(let names):
            restriction = names
        case .failure(let status):
            diagnosis.preFilterMessage = status.reasons.joined(separator: ", ")
            diagnosis.unschedulablePlugins.insert(status.plugin)
            for node in allNodes { diagnosis.nodeStatuses[node.name] = status }
            return .failure(FitError(pod: pod, numAllNodes: allNodes.count, diagnosis: diagnosis))
        }
        let filters = framework.activeFilterSlots(state: state)

        // The nominated node first: a preemptor waits for the node it made room on.
        if let nominated = pod.pod.status?.nominatedNodeName, !nominated.isEmpty,
           let node = snapshot.nodesByName[nominated], restriction?.contains(nominated) ?? true,
           framework.runFilters(filters, state: state, pod: pod, node: node) == nil,
           nominatedPodsStatus(filters, state: state, pod: pod, node: node, snapshot: snapshot) == nil
        {
            return .success(ScheduleResult(suggestedHost: nominated, evaluatedNodes: 1, feasibleNodes: 1))
        }

        // Filter, round robin from where the last cycle stopped, in batches: the results of a
        // batch are taken in order and the search stops at the `toFind`-th feasible node exactly
        // as a node-by-node search would (later nodes of the batch are dropped unrecorded).
        let table = snapshot.nodeTable
        let candidateCount: Int
        let isRestricted = restriction != nil
        if let restriction {
            candidateRows.removeAll(keepingCapacity: true)
            for (row, node) in allNodes.enumerated() {
                if restriction.contains(node.name) {
                    candidateRows.append(row)
                } else {
                    // Upstream gives the nodes a PreFilter excluded this status.
                    diagnosis.nodeStatuses[node.name] = PluginStatus(
                        .unschedulableAndUnresolvable, "node(s) didn't satisfy plugin(s) [\(Self.restrictingPlugins)]", plugin: ""
                    )
                }
            }
            candidateCount = candidateRows.count
        } else {
            candidateCount = allNodes.count
        }
        let toFind = Self.numFeasibleNodesToFind(numAllNodes: candidateCount, percentage: framework.profile.percentageOfNodesToScore)
        var processed = 0
        let hasNominations = !snapshot.nominatedPods.isEmpty
        // Nodes that fit but not with the pods nominated to them: rare, so statuses at once.
        var nominatedRejections: [(row: Int, status: PluginStatus)] = []
        // The buffers are moved into locals for the loops (see `prioritize`).
        var feasibleRows = self.feasibleRows
        var rejected = self.rejected
        var batchRows = self.batchRows
        var batchFits = self.batchFits
        var batchRejectedBy = self.batchRejectedBy
        let candidateRows = self.candidateRows
        self.feasibleRows = []
        self.rejected = []
        self.batchRows = []
        self.batchFits = []
        self.batchRejectedBy = []
        feasibleRows.removeAll(keepingCapacity: true)
        rejected.removeAll(keepingCapacity: true)
        if candidateCount > 0 {
            let start = nextStartNodeIndex % candidateCount
            var offset = 0
            search: while offset < candidateCount {
                let size = min(candidateCount - offset, max(toFind - feasibleRows.count, Self.minFilterBatch))
                batchRows.removeAll(keepingCapacity: true)
                for step in offset..<(offset + size) {
                    var index = start + step
                    if index >= candidateCount { index -= candidateCount }
                    batchRows.append(isRestricted ? candidateRows[index] : index)
                }
                offset += size
                framework.runFilters(
                    filters, state: state, pod: pod, snapshot: snapshot, table: table, rows: batchRows,
                    fits: &batchFits, rejectedBy: &batchRejectedBy
                )
                for position in 0..<size {
                    processed += 1
                    let filter = batchRejectedBy[position]
                    if filter < 0, hasNominations,
                       let status = nominatedPodsStatus(filters, state: state, pod: pod, node: allNodes[batchRows[position]], snapshot: snapshot)
                    {
                        nominatedRejections.append((batchRows[position], status))
                    } else if filter < 0 {
                        feasibleRows.append(batchRows[position])
                        if feasibleRows.count >= toFind { break search }
                    } else {
                        rejected.append((batchRows[position], filter))
                    }
                }
            }
            nextStartNodeIndex = (start + processed) % candidateCount
        }
        self.batchRows = batchRows
        self.batchFits = batchFits
        self.batchRejectedBy = batchRejectedBy
        if feasibleRows.isEmpty {
            diagnosis.nodeStatuses.reserveCapacity(diagnosis.nodeStatuses.count + rejected.count)
            for entry in rejected {
                let node = allNodes[entry.row]
                let slot = filters[entry.filter]
                guard var status = slot.plugin.filter(state: state, pod: pod, node: node) else {
                    assertionFailure("\(slot.name)'s batch filter rejected \(node.name), its filter did not")
                    continue
                }
                status.plugin = slot.name
                diagnosis.record(status, node: node.name)
            }
            for entry in nominatedRejections { diagnosis.record(entry.status, node: allNodes[entry.row].name) }
            rejected.removeAll(keepingCapacity: true)
            self.rejected = rejected
            self.feasibleRows = feasibleRows
            return .failure(FitError(pod: pod, numAllNodes: allNodes.count, diagnosis: diagnosis))
        }
        rejected.removeAll(keepingCapacity: true)
        self.rejected = rejected
        if feasibleRows.count == 1 {
            let host = allNodes[feasibleRows[0]].name
            self.feasibleRows = feasibleRows
            return .success(ScheduleResult(suggestedHost: host, evaluatedNodes: processed, feasibleNodes: 1))
        }

        // Score.
        let host = selectHost(pod: pod, rows: feasibleRows, snapshot: snapshot, table: table, state: state)
        let feasibleCount = feasibleRows.count
        self.feasibleRows = feasibleRows
        return .success(ScheduleResult(suggestedHost: host, evaluatedNodes: processed, feasibleNodes: feasibleCount))
    }

    /// Plugin names in upstream's message for nodes a PreFilter result excluded.
    static let restrictingPlugins = "NodeAffinity NodeName"

    /// Total weighted scores of `nodes` through every plugin's per-node `score`: the reference the
    /// cycle's batch scoring (`prioritize(pod:rows:…)`) is tested against.
    public func prioritize(pod: PodInfo, nodes: [NodeInfo], snapshot: Snapshot, state: CycleState) -> [Int64] {
        let plugins = framework.runPreScore(state: state, pod: pod, nodes: nodes, snapshot: snapshot)
        // The buffers are moved into locals for the loops: a class's stored arrays are checked
        // for exclusive access (and re-loaded) on every append and subscript otherwise.
        var totals = self.totals
        var pluginScores = self.pluginScores
        self.totals = []
        self.pluginScores = []
        totals.removeAll(keepingCapacity: true)
        totals.append(contentsOf: repeatElement(0, count: nodes.count))
        for (plugin, weight) in plugins {
            // `plugin` is a local constant: calling it per node copies no existential (reading
            // it from the array inside the loop copied the plugin, and its arrays, per node).
            pluginScores.removeAll(keepingCapacity: true)
            for node in nodes { pluginScores.append(plugin.score(state: state, pod: pod, node: node)) }
            plugin.normalize(state: state, pod: pod, nodes: nodes, scores: &pluginScores)
            for index in nodes.indices { totals[index] += pluginScores[index] * weight }
        }
        self.pluginScores = pluginScores
        self.totals = totals
        return totals
    }

    /// Total weighted scores of the feasible `rows`: `prioritize` with the plugins' batch forms
    /// where they have one. The rows' `NodeInfo` list is built only if a plugin reads it.
    private func prioritize(pod: PodInfo, rows: [Int], snapshot: Snapshot, table: NodeTable, state: CycleState) -> [Int64] {
        var nodes = self.feasible
        self.feasible = []
        nodes.removeAll(keepingCapacity: true)
        var hasNodes = false
        func feasibleNodes() -> [NodeInfo] {
            if !hasNodes {
                let allNodes = snapshot.nodes
                for row in rows { nodes.append(allNodes[row]) }
                hasNodes = true
            }
            return nodes
        }
        let slots = framework.runPreScoreSlots(state: state, pod: pod, nodes: feasibleNodes, snapshot: snapshot)
        var totals = self.totals
        var pluginScores = self.pluginScores
        self.totals = []
        self.pluginScores = []
        totals.removeAll(keepingCapacity: true)
        totals.append(contentsOf: repeatElement(0, count: rows.count))
        for slot in slots {
            pluginScores.removeAll(keepingCapacity: true)
            if let batch = slot.batch {
                batch.score(state: state, pod: pod, snapshot: snapshot, table: table, rows: rows, scores: &pluginScores)
            } else {
                for node in feasibleNodes() { pluginScores.append(slot.plugin.score(state: state, pod: pod, node: node)) }
            }
            slot.plugin.normalize(state: state, pod: pod, nodes: slot.plugin.normalizeReadsNodes ? feasibleNodes() : [], scores: &pluginScores)
            let weight = slot.weight
            for index in rows.indices { totals[index] += pluginScores[index] * weight }
        }
        self.pluginScores = pluginScores
        self.totals = totals
        // Dropped now, not at the next cycle: the list must not keep removed nodes alive.
        nodes.removeAll(keepingCapacity: true)
        self.feasible = nodes
        return totals
    }

    private func selectHost(pod: PodInfo, rows: [Int], snapshot: Snapshot, table: NodeTable, state: CycleState) -> String {
        let scores = prioritize(pod: pod, rows: rows, snapshot: snapshot, table: table, state: state)
        var best = 0
        var bestScore = scores[0]
        var tied = 1
        for index in 1..<scores.count {
            let score = scores[index]
            if score > bestScore {
                best = index
                bestScore = score
                tied = 1
            } else if score == bestScore {
                tied += 1
                // Reservoir sampling: the newcomer replaces the choice with probability 1/tied.
                if random.next(below: tied) == 0 { best = index }
            }
        }
        return snapshot.nodes[rows[best]].name
    }

    /// A random index below `bound` from the seeded tie-breaker (preemption's candidate offset).
    public func randomIndex(below bound: Int) -> Int { random.next(below: bound) }
}
