import Foundation
import SkiffAPI

/// PodTopologySpread: spreads matching pods across topology domains (`topologySpreadConstraints`).
///
/// - Filter (`DoNotSchedule` constraints): placing the pod in the node's domain must keep
///   `matching pods in domain + (1 if the pod itself matches) − global minimum ≤ maxSkew`; the
///   global minimum is 0 while fewer than `minDomains` domains exist. A node without the
///   topology key is `unschedulableAndUnresolvable`.
/// - Score (`ScheduleAnyway` constraints): each domain's matching-pod count × log(domains + 2),
///   plus `maxSkew − 1`; normalized so the emptiest domain scores 100.
/// Domains and counts honour `nodeAffinityPolicy` (default Honor: only nodes matching the pod's
/// node selector/affinity count) and `nodeTaintsPolicy` (default Ignore). Matching pods are
/// those in the pod's namespace, not terminating, selected by `labelSelector` (plus
/// `matchLabelKeys` with the pod's values).
///
/// Skiff deviation: upstream's *system default* constraints (soft zone/hostname spreading for
/// pods without constraints) are off, so pods without constraints skip this plugin entirely.
public struct PodTopologySpread: PreFilterPlugin, BatchFilterPlugin, PreScorePlugin, ScorePlugin {
    public static let name = "PodTopologySpread"
    /// Upstream's `ErrReasonConstraintsNotMatch`.
    public static let errReasonConstraintsNotMatch = "node(s) didn't match pod topology spread constraints"
    /// Upstream's `ErrReasonNodeLabelNotMatch`.
    public static let errReasonNodeLabelNotMatch = errReasonConstraintsNotMatch + " (missing required label)"
    static let hostnameKey = "kubernetes.io/hostname"

    public var name: String { Self.name }
    public var clusterEvents: ClusterEvent { [.nodeAdd, .nodeLabelChange, .nodeTaintChange, .assignedPodAdd, .assignedPodUpdate, .assignedPodDelete] }

    public init() {}

    /// One constraint, compiled.
    struct Constraint {
        var maxSkew: Int
        var topologyKey: String
        var selector: LabelSelectorExpression
        var minDomains: Int
        var honorsNodeAffinity: Bool
        var honorsTaints: Bool

        init(_ constraint: TopologySpreadConstraint, podLabels: [String: String]) throws {
            maxSkew = Int(constraint.maxSkew)
            topologyKey = constraint.topologyKey
            var selector = try constraint.labelSelector.map { try LabelSelectorExpression($0) } ?? .nothing
            if let keys = constraint.matchLabelKeys, !keys.isEmpty, constraint.labelSelector != nil {
                var requirements = selector.requirements
                for key in keys {
                    if let value = podLabels[key] {
                        requirements.append(try LabelSelectorExpression.Requirement(key: key, operator: .in, values: [value]))
                    }
                }
                selector = LabelSelectorExpression(requirements: requirements)
            }
            self.selector = selector
            minDomains = Int(constraint.minDomains ?? 1)
            honorsNodeAffinity = (constraint.nodeAffinityPolicy ?? .honor) == .honor
            honorsTaints = (constraint.nodeTaintsPolicy ?? .ignore) == .honor
        }

        /// Whether `node` counts for this constraint (the node inclusion policies).
        func includes(_ node: NodeInfo, pod: PodInfo) -> Bool {
            if honorsNodeAffinity, !pod.requiredNodeAffinity.matches(name: node.name, labels: node.labels) { return false }
            if honorsTaints, TaintToleration.firstUntoleratedTaint(node.taints, pod.tolerations) != nil { return false }
            return true
        }

        /// What this constraint's per-domain counts depend on besides the nodes: the policies'
        /// inputs from the pod only where the policy is honoured.
        func countsKey(namespace: String, requiredKeys: [String], pod: PodInfo) -> SpreadCountsKey {
            SpreadCountsKey(
                topologyKey: topologyKey, namespace: namespace, selector: selector, requiredKeys: requiredKeys,
                nodeAffinity: honorsNodeAffinity ? pod.requiredNodeAffinity : nil,
                tolerations: honorsTaints ? pod.tolerations : nil
            )
        }
    }

    static func constraints(of pod: PodInfo, action: UnsatisfiableConstraintAction) -> [Constraint]? {
        let all = pod.pod.spec?.topologySpreadConstraints ?? []
        var result: [Constraint] = []
        for constraint in all where constraint.whenUnsatisfiable == action {
            guard let compiled = try? Constraint(constraint, podLabels: pod.labels) else { return nil }
            result.append(compiled)
        }
        return result
    }

    /// Upstream's `countPodsMatchSelector`.
    static func countMatching(_ pods: [PodInfo], _ selector: LabelSelectorExpression, namespace: String) -> Int {
        if selector.isEverything == false, selector.requirements.isEmpty { return 0 }
        var count = 0
        for pod in pods where !pod.isTerminating && pod.namespace == namespace && selector.matches(pod.labels) {
            count += 1
        }
        return count
    }

    static func hasAllKeys(_ node: NodeInfo, _ constraints: [Constraint]) -> Bool {
        for constraint in constraints where node.labels[constraint.topologyKey] == nil { return false }
        return true
    }

    // MARK: PreFilter and Filter

    final class PreFilterState: CycleStateData {
        var constraints: [Constraint]
        /// Per constraint: matching pods per domain value.
        var counts: [TopologyValueCounts] {
            didSet { minMatches = Array(repeating: nil, count: counts.count) }
        }
        /// Per constraint: 1 when the incoming pod matches its own selector.
        let selfMatches: [Int]
        /// Per constraint: the global minimum, computed on first use after `counts` changed
        /// (Filter asks for it per node; a hostname constraint has one domain per node).
        private var minMatches: [Int?]

        init(constraints: [Constraint], counts: [TopologyValueCounts], selfMatches: [Int]) {
            self.constraints = constraints
            self.counts = counts
            self.selfMatches = selfMatches
            self.minMatches = Array(repeating: nil, count: counts.count)
        }

        func clone() -> Self { Self(constraints: constraints, counts: counts, selfMatches: selfMatches) }

        func minMatch(_ index: Int) -> Int {
            if let known = minMatches[index] { return known }
            let domains = counts[index]
            let minimum = domains.domainCount < constraints[index].minDomains ? 0 : domains.minimum ?? 0
            minMatches[index] = minimum
            return minimum
        }
    }

    public func preFilter(state: CycleState, pod: PodInfo, snapshot: Snapshot) -> PreFilterResult {
        guard let constraints = Self.constraints(of: pod, action: .doNotSchedule) else {
            return .reject(PluginStatus(.unschedulableAndUnresolvable, "invalid topology spread constraint"))
        }
        if constraints.isEmpty { return .skip }
        // Upstream walks every node's pods here each cycle; the snapshot keeps the same sums
        // per domain incrementally (`DomainCounts`), so only nodes changed since the last cycle
        // are recounted. A node counts when it has every constraint's key and passes the
        // constraint's inclusion policies.
        let namespace = pod.namespace
        let requiredKeys = constraints.map(\.topologyKey)
        let counts = constraints.map { constraint in
            let key = constraint.countsKey(namespace: namespace, requiredKeys: requiredKeys, pod: pod)
            let totals = snapshot.domainCounts(for: key) { node -> DomainCounts.Contribution in
                for requiredKey in key.requiredKeys where node.labels[requiredKey] == nil { return [] }
                if let affinity = key.nodeAffinity, !affinity.matches(name: node.name, labels: node.labels) { return [] }
                if let tolerations = key.tolerations, TaintToleration.firstUntoleratedTaint(node.taints, tolerations) != nil {
                    return []
                }
                return [(key.topologyKey, Self.countMatching(node.pods, key.selector, namespace: key.namespace))]
            }.totals
            return totals[constraint.topologyKey] ?? TopologyValueCounts(column: snapshot.labelColumn(for: constraint.topologyKey))
        }
        let selfMatches = constraints.map { $0.selector.matches(pod.labels) ? 1 : 0 }
        state.write(PreFilterState(constraints: constraints, counts: counts, selfMatches: selfMatches))
        return .proceed
    }

    public func addPod(state: CycleState, podToSchedule: PodInfo, podToAdd: PodInfo, node: NodeInfo) {
        update(state: state, podToSchedule: podToSchedule, changed: podToAdd, node: node, delta: 1)
    }

    public func removePod(state: CycleState, podToSchedule: PodInfo, podToRemove: PodInfo, node: NodeInfo) {
        update(state: state, podToSchedule: podToSchedule, changed: podToRemove, node: node, delta: -1)
    }

    private func update(state: CycleState, podToSchedule: PodInfo, changed: PodInfo, node: NodeInfo, delta: Int) {
        guard let filterState = state.read(PreFilterState.self), changed.namespace == podToSchedule.namespace,
              Self.hasAllKeys(node, filterState.constraints)
        else { return }
        for (index, constraint) in filterState.constraints.enumerated()
        where constraint.selector.matches(changed.labels) && constraint.includes(node, pod: podToSchedule) {
            filterState.counts[index].adjust(by: delta, value: node.labels[constraint.topologyKey] ?? "")
        }
    }

    public func filter(state: CycleState, pod: PodInfo, node: NodeInfo) -> PluginStatus? {
        guard let filterState = state.read(PreFilterState.self) else { return nil }
        // Runs per node: the constraints are read in place (`enumerated()` copied each
        // `Constraint`, retaining its key and selector, for every node).
        let constraints = filterState.constraints
        for index in constraints.indices {
            guard let matching = filterState.counts[index].count(of: node) else {
                return PluginStatus(.unschedulableAndUnresolvable, Self.errReasonNodeLabelNotMatch)
            }
            if matching + filterState.selfMatches[index] - filterState.minMatch(index) > constraints[index].maxSkew {
                return PluginStatus(.unschedulable, Self.errReasonConstraintsNotMatch)
            }
        }
        return nil
    }

    public func filter(state: CycleState, pod: PodInfo, snapshot: Snapshot, table: NodeTable, rows: [Int], fits: inout [Bool]) {
        guard let filterState = state.read(PreFilterState.self) else { return }
        // A constraint's verdict depends only on the node's domain count, read by the value id
        // in the node's row of the counts' label column, with `filter`'s arithmetic.
        let constraints = filterState.constraints
        for index in constraints.indices {
            let counts = filterState.counts[index]
            let ids = counts.column.valueIDs
            // Above this many matching pods, a domain breaks the constraint.
            let limit = constraints[index].maxSkew + filterState.minMatch(index) - filterState.selfMatches[index]
            for position in rows.indices where fits[position] {
                let id = ids[rows[position]]
                if id < 0 || counts[valueID: id] > limit { fits[position] = false }
            }
        }
    }

    // MARK: Score

    final class PreScoreState: CycleStateData {
        let constraints: [Constraint]
        /// Feasible nodes missing a topology key: scored 0.
        let ignoredNodes: Set<String>
        /// Per constraint: matching pods per domain value (hostname constraints count per node).
        let counts: [[String: Int]]
        let weights: [Double]

        init(constraints: [Constraint], ignoredNodes: Set<String>, counts: [[String: Int]], weights: [Double]) {
            self.constraints = constraints
            self.ignoredNodes = ignoredNodes
            self.counts = counts
            self.weights = weights
        }

        func clone() -> Self { self }
    }

    /// Only a pod with `ScheduleAnyway` constraints is scored (the others skip).
    public func preScoreReadsNodes(of pod: PodInfo) -> Bool {
        pod.pod.spec?.topologySpreadConstraints?.contains { $0.whenUnsatisfiable == .scheduleAnyway } ?? false
    }

    public func preScore(state: CycleState, pod: PodInfo, nodes: [NodeInfo], snapshot: Snapshot) -> PreScoreResult {
        guard !snapshot.nodes.isEmpty, let constraints = Self.constraints(of: pod, action: .scheduleAnyway), !constraints.isEmpty else {
            return .skip
        }
        var ignored: Set<String> = []
        var counts = Array(repeating: [String: Int](), count: constraints.count)
        for node in nodes {
            guard Self.hasAllKeys(node, constraints) else {
                ignored.insert(node.name)
                continue
            }
            for (index, constraint) in constraints.enumerated() where constraint.topologyKey != Self.hostnameKey {
                counts[index][node.labels[constraint.topologyKey] ?? "", default: 0] += 0
            }
        }
        let weights = constraints.enumerated().map { index, constraint in
            let size = constraint.topologyKey == Self.hostnameKey ? nodes.count - ignored.count : counts[index].count
            return log(Double(size + 2))
        }
        for node in snapshot.nodes where Self.hasAllKeys(node, constraints) {
            for (index, constraint) in constraints.enumerated() where constraint.topologyKey != Self.hostnameKey {
                let value = node.labels[constraint.topologyKey] ?? ""
                guard counts[index][value] != nil, constraint.includes(node, pod: pod) else { continue }
                counts[index][value, default: 0] += Self.countMatching(node.pods, constraint.selector, namespace: pod.namespace)
            }
        }
        state.write(PreScoreState(constraints: constraints, ignoredNodes: ignored, counts: counts, weights: weights))
        return .proceed
    }

    public func score(state: CycleState, pod: PodInfo, node: NodeInfo) -> Int64 {
        guard let scoreState = state.read(PreScoreState.self), !scoreState.ignoredNodes.contains(node.name) else { return 0 }
        var score = 0.0
        for (index, constraint) in scoreState.constraints.enumerated() {
            guard let value = node.labels[constraint.topologyKey] else { continue }
            let count = constraint.topologyKey == Self.hostnameKey
                ? Self.countMatching(node.pods, constraint.selector, namespace: pod.namespace)
                : scoreState.counts[index][value] ?? 0
            score += Double(count) * scoreState.weights[index] + Double(constraint.maxSkew - 1)
        }
        return Int64(score.rounded())
    }

    public func normalize(state: CycleState, pod: PodInfo, nodes: [NodeInfo], scores: inout [Int64]) {
        guard let scoreState = state.read(PreScoreState.self) else { return }
        var lowest = Int64.max
        var highest: Int64 = 0
        for (index, node) in nodes.enumerated() where !scoreState.ignoredNodes.contains(node.name) {
            lowest = min(lowest, scores[index])
            highest = max(highest, scores[index])
        }
        for (index, node) in nodes.enumerated() {
            if scoreState.ignoredNodes.contains(node.name) {
                scores[index] = 0
            } else if highest == 0 {
                scores[index] = NodeScore.max
            } else {
                scores[index] = NodeScore.max * (highest + lowest - scores[index]) / highest
            }
        }
    }
}
