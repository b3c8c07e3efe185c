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
    private var feasible: [NodeInfo] = []
    private var totals: [Int64] = []
    private var pluginScores: [Int64] = []
    /// This cycle's rejected nodes, in filter order. Their statuses matter only when no node
    /// fits (the `Diagnosis` of the `FitError`), so they are collected in a reused array and
    /// hashed into the diagnosis only then — a cycle that succeeds after rejecting thousands of
    /// nodes (anti-affinity, full nodes) builds no per-node dictionary.
    private var rejected: [(node: String, status: PluginStatus)] = []

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
           framework.runFilters(filters, state: state, pod: pod, node: node) == nil
        {
            return .success(ScheduleResult(suggestedHost: nominated, evaluatedNodes: 1, feasibleNodes: 1))
        }

        // Filter, round robin from where the last cycle stopped.
        feasible.removeAll(keepingCapacity: true)
        let candidates: [NodeInfo]
        if let restriction {
            candidates = allNodes.filter { restriction.contains($0.name) }
            for node in allNodes where !restriction.contains(node.name) {
                // Upstream gives the nodes a PreFilter excluded this status.
                diagnosis.nodeStatuses[node.name] = PluginStatus(
                    .unschedulableAndUnresolvable, "node(s) didn't satisfy plugin(s) [\(Self.restrictingPlugins)]", plugin: ""
                )
            }
        } else {
            candidates = allNodes
        }
        let toFind = Self.numFeasibleNodesToFind(numAllNodes: candidates.count, percentage: framework.profile.percentageOfNodesToScore)
        var processed = 0
        rejected.removeAll(keepingCapacity: true)
        if !candidates.isEmpty {
            let start = nextStartNodeIndex % candidates.count
            for offset in 0..<candidates.count {
                var index = start + offset
                if index >= candidates.count { index -= candidates.count }
                let node = candidates[index]
                processed += 1
                if let status = framework.runFilters(filters, state: state, pod: pod, node: node) {
                    rejected.append((node.name, status))
                } else {
                    feasible.append(node)
                    if feasible.count >= toFind { break }
                }
            }
            nextStartNodeIndex = (start + processed) % candidates.count
        }
        if feasible.isEmpty {
            diagnosis.nodeStatuses.reserveCapacity(diagnosis.nodeStatuses.count + rejected.count)
            for entry in rejected { diagnosis.record(entry.status, node: entry.node) }
            rejected.removeAll(keepingCapacity: true)
            return .failure(FitError(pod: pod, numAllNodes: allNodes.count, diagnosis: diagnosis))
        }
        rejected.removeAll(keepingCapacity: true)
        if feasible.count == 1 {
            return .success(ScheduleResult(suggestedHost: feasible[0].name, evaluatedNodes: processed, feasibleNodes: 1))
        }

        // Score.
        let host = selectHost(pod: pod, nodes: feasible, snapshot: snapshot, state: state)
        return .success(ScheduleResult(suggestedHost: host, evaluatedNodes: processed, feasibleNodes: feasible.count))
    }

    /// Plugin names in upstream's message for nodes a PreFilter result excluded.
    static let restrictingPlugins = "NodeAffinity NodeName"

    /// Total weighted scores of `nodes` (for tests and for `selectHost`).
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

    private func selectHost(pod: PodInfo, nodes: [NodeInfo], snapshot: Snapshot, state: CycleState) -> String {
        let scores = prioritize(pod: pod, nodes: nodes, snapshot: snapshot, state: state)
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
        return nodes[best].name
    }

    /// A random index below `bound` from the seeded tie-breaker (preemption's candidate offset).
    public func randomIndex(below bound: Int) -> Int { random.next(below: bound) }
}
