import SkiffAPI

/// InterPodAffinity: pod affinity and anti-affinity between the pod and the pods already placed.
///
/// Filter, three checks in upstream's order:
/// 1. every required affinity term of the pod is satisfied in the node's domain
///    (`node(s) didn't match pod affinity rules`, unresolvable) — except for the first pod of a
///    group that matches its own terms when no pod anywhere matches them;
/// 2. no pod in the node's domain matches a required anti-affinity term of the pod
///    (`node(s) didn't match pod anti-affinity rules`);
/// 3. no existing pod's required anti-affinity term matches the pod in the node's domain (symmetry:
///    `node(s) didn't satisfy existing pods anti-affinity rules`).
/// Score: per domain, the weights of the pod's preferred terms matching existing pods (anti:
/// negative), plus existing pods' preferred terms matching the pod, plus `hardPodAffinityWeight`
/// for existing pods' required affinity terms matching the pod; min-max normalized to 0…100.
/// Namespaces: a term's `namespaces` ∪ namespaces selected by `namespaceSelector`.
public struct InterPodAffinity: PreFilterPlugin, BatchFilterPlugin, PreScorePlugin, ScorePlugin {
    public static let name = "InterPodAffinity"
    /// Upstream's `ErrReasonAffinityRulesNotMatch`.
    public static let errReasonAffinityRulesNotMatch = "node(s) didn't match pod affinity rules"
    /// Upstream's `ErrReasonAntiAffinityRulesNotMatch`.
    public static let errReasonAntiAffinityRulesNotMatch = "node(s) didn't match pod anti-affinity rules"
    /// Upstream's `ErrReasonExistingAntiAffinityRulesNotMatch`.
    public static let errReasonExistingAntiAffinityRulesNotMatch = "node(s) didn't satisfy existing pods anti-affinity rules"

    public let hardPodAffinityWeight: Int64
    public var name: String { Self.name }
    /// PreScore looks at the pod (and snapshot) only.
    public func preScoreReadsNodes(of pod: PodInfo) -> Bool { false }
    /// Normalizing looks at the scores only.
    public var normalizeReadsNodes: Bool { false }
    public var clusterEvents: ClusterEvent { [.nodeAdd, .nodeLabelChange, .assignedPodAdd, .assignedPodUpdate, .assignedPodDelete, .namespaceChange] }

    public init(hardPodAffinityWeight: Int64 = 1) {
        self.hardPodAffinityWeight = hardPodAffinityWeight
    }

    /// The pod's terms with their namespace selectors resolved to namespace names.
    static func resolved(_ terms: [AffinityTerm], _ snapshot: Snapshot) -> [AffinityTerm] {
        terms.map { term in
            // No namespace selector (`nothing`): the term's namespaces are final.
            if !term.namespaceSelector.isEverything && term.namespaceSelector.requirements.isEmpty { return term }
            var term = term
            for (namespace, labels) in snapshot.namespaceLabels where term.namespaceSelector.matches(labels) {
                term.namespaces.insert(namespace)
            }
            term.namespaceSelector = .nothing
            return term
        }
    }

    static func matchesAll(_ terms: [AffinityTerm], _ pod: PodInfo) -> Bool {
        for term in terms where !term.matches(pod, namespaceLabels: nil) { return false }
        return true
    }

    // MARK: PreFilter and Filter

    final class PreFilterState: CycleStateData {
        /// Existing pods' required anti-affinity terms matching the pod, per domain.
        var existingAntiAffinityCounts: TopologyDomainCounts
        /// Existing pods matching all of the pod's required affinity terms, per term's domain.
        var affinityCounts: TopologyDomainCounts
        /// Existing pods matching each of the pod's required anti-affinity terms, per domain.
        var antiAffinityCounts: TopologyDomainCounts
        let affinityTerms: [AffinityTerm]
        let antiAffinityTerms: [AffinityTerm]
        let namespaceLabels: [String: String]?
        /// For what-if runs naming a topology key the counts do not hold yet (its label column).
        let snapshot: Snapshot

        init(
            existingAntiAffinityCounts: TopologyDomainCounts, affinityCounts: TopologyDomainCounts,
            antiAffinityCounts: TopologyDomainCounts, affinityTerms: [AffinityTerm], antiAffinityTerms: [AffinityTerm],
            namespaceLabels: [String: String]?, snapshot: Snapshot
        ) {
            self.existingAntiAffinityCounts = existingAntiAffinityCounts
            self.affinityCounts = affinityCounts
            self.antiAffinityCounts = antiAffinityCounts
            self.affinityTerms = affinityTerms
            self.antiAffinityTerms = antiAffinityTerms
            self.namespaceLabels = namespaceLabels
            self.snapshot = snapshot
        }

        func clone() -> Self {
            Self(
                existingAntiAffinityCounts: existingAntiAffinityCounts, affinityCounts: affinityCounts,
                antiAffinityCounts: antiAffinityCounts, affinityTerms: affinityTerms, antiAffinityTerms: antiAffinityTerms,
                namespaceLabels: namespaceLabels, snapshot: snapshot
            )
        }

        /// Adds (`delta` 1) or removes (-1) `existing` on `node` to the counts.
        func update(with existing: PodInfo, on node: NodeInfo, delta: Int, incoming: PodInfo) {
            for term in existing.requiredAntiAffinityTerms where term.matches(incoming, namespaceLabels: namespaceLabels) {
                existingAntiAffinityCounts.adjust(by: delta, topologyKey: term.topologyKey, node: node, snapshot: snapshot)
            }
            if !affinityTerms.isEmpty, InterPodAffinity.matchesAll(affinityTerms, existing) {
                for term in affinityTerms {
                    affinityCounts.adjust(by: delta, topologyKey: term.topologyKey, node: node, snapshot: snapshot)
                }
            }
            for term in antiAffinityTerms where term.matches(existing, namespaceLabels: nil) {
                antiAffinityCounts.adjust(by: delta, topologyKey: term.topologyKey, node: node, snapshot: snapshot)
            }
        }
    }

    public func preFilter(state: CycleState, pod: PodInfo, snapshot: Snapshot) -> PreFilterResult {
        let hasTerms = !pod.requiredAffinityTerms.isEmpty || !pod.requiredAntiAffinityTerms.isEmpty
        if !hasTerms && snapshot.nodesWithRequiredAntiAffinityPods.isEmpty { return .skip }
        let namespaceLabels = snapshot.namespaceLabels[pod.namespace]
        let affinityTerms = Self.resolved(pod.requiredAffinityTerms, snapshot)
        let antiAffinityTerms = Self.resolved(pod.requiredAntiAffinityTerms, snapshot)
        // Both walks are upstream's (every pod of the cluster, every cycle); the snapshot keeps
        // their sums per topology domain incrementally (`DomainCounts`), recounting only nodes
        // changed since the last cycle. Pods asking the same questions share the counts.
        var existingAntiAffinityCounts = TopologyDomainCounts()
        if !snapshot.nodesWithRequiredAntiAffinityPods.isEmpty {
            let key = ExistingAntiAffinityCountsKey(namespace: pod.namespace, labels: pod.labels, namespaceLabels: namespaceLabels)
            existingAntiAffinityCounts = snapshot.domainCounts(for: key) { node -> DomainCounts.Contribution in
                var matches: DomainCounts.Contribution = []
                for existing in node.podsWithRequiredAntiAffinity {
                    for term in existing.requiredAntiAffinityTerms where term.matches(pod, namespaceLabels: namespaceLabels) {
                        if let index = matches.firstIndex(where: { $0.topologyKey == term.topologyKey }) {
                            matches[index].count += 1
                        } else {
                            matches.append((term.topologyKey, 1))
                        }
                    }
                }
                return matches
            }.totals
        }
        var affinityCounts = TopologyDomainCounts()
        if !affinityTerms.isEmpty {
            let key = IncomingTermsCountsKey(terms: affinityTerms, isAntiAffinity: false)
            affinityCounts = snapshot.domainCounts(for: key) { node -> DomainCounts.Contribution in
                var matching = 0
                for existing in node.pods where Self.matchesAll(affinityTerms, existing) { matching += 1 }
                guard matching > 0 else { return [] }
                // One entry per term, even for terms sharing a key: upstream adds per term.
                return affinityTerms.map { ($0.topologyKey, matching) }
            }.totals
        }
        var antiAffinityCounts = TopologyDomainCounts()
        if !antiAffinityTerms.isEmpty {
            let key = IncomingTermsCountsKey(terms: antiAffinityTerms, isAntiAffinity: true)
            antiAffinityCounts = snapshot.domainCounts(for: key) { node -> DomainCounts.Contribution in
                var matches: DomainCounts.Contribution = []
                for term in antiAffinityTerms where node.labels[term.topologyKey] != nil {
                    var matching = 0
                    for existing in node.pods where term.matches(existing, namespaceLabels: nil) { matching += 1 }
                    if matching > 0 { matches.append((term.topologyKey, matching)) }
                }
                return matches
            }.totals
        }
        state.write(PreFilterState(
            existingAntiAffinityCounts: existingAntiAffinityCounts, affinityCounts: affinityCounts,
            antiAffinityCounts: antiAffinityCounts, affinityTerms: affinityTerms, antiAffinityTerms: antiAffinityTerms,
            namespaceLabels: namespaceLabels, snapshot: snapshot
        ))
        return .proceed
    }

    public func addPod(state: CycleState, podToSchedule: PodInfo, podToAdd: PodInfo, node: NodeInfo) {
        state.read(PreFilterState.self)?.update(with: podToAdd, on: node, delta: 1, incoming: podToSchedule)
    }

    public func removePod(state: CycleState, podToSchedule: PodInfo, podToRemove: PodInfo, node: NodeInfo) {
        state.read(PreFilterState.self)?.update(with: podToRemove, on: node, delta: -1, incoming: podToSchedule)
    }

    public func filter(state: CycleState, pod: PodInfo, node: NodeInfo) -> PluginStatus? {
        guard let filterState = state.read(PreFilterState.self) else { return nil }
        if !Self.satisfiesAffinity(filterState, pod: pod, node: node) {
            return PluginStatus(.unschedulableAndUnresolvable, Self.errReasonAffinityRulesNotMatch)
        }
        if !filterState.antiAffinityCounts.isZero {
            // Per node: the terms are read in place, not copied (each holds sets and selectors).
            let terms = filterState.antiAffinityTerms
            for index in terms.indices {
                if let count = filterState.antiAffinityCounts.count(terms[index].topologyKey, of: node), count > 0 {
                    return PluginStatus(.unschedulable, Self.errReasonAntiAffinityRulesNotMatch)
                }
            }
        }
        // Upstream checks every label of the node against the counts; only the counts' topology
        // keys can match, so those are looked up (usually one) instead of every label.
        for counts in filterState.existingAntiAffinityCounts.byKey.values where !counts.isZero {
            if let count = counts.count(of: node), count > 0 {
                return PluginStatus(.unschedulable, Self.errReasonExistingAntiAffinityRulesNotMatch)
            }
        }
        return nil
    }

    public func filter(state: CycleState, pod: PodInfo, snapshot: Snapshot, table: NodeTable, rows: [Int], fits: inout [Bool]) {
        guard let filterState = state.read(PreFilterState.self) else { return }
        // `filter`'s three checks, each node's domain count read by the value id in its row of
        // the counts' label column (no hashing per node).
        let affinityTerms = filterState.affinityTerms
        if !affinityTerms.isEmpty {
            // Without a matching pod anywhere, the first pod of a group may go anywhere its
            // terms' keys are (decided once: it depends on the pod only).
            let allowsFirst = filterState.affinityCounts.isZero && Self.matchesAll(affinityTerms, pod)
            var podsExist = Array(repeating: true, count: rows.count)
            for term in affinityTerms {
                let counts = filterState.affinityCounts[term.topologyKey]
                    ?? TopologyValueCounts(column: snapshot.labelColumn(for: term.topologyKey))
                let ids = counts.column.valueIDs
                for position in rows.indices where fits[position] {
                    let id = ids[rows[position]]
                    if id < 0 {
                        fits[position] = false
                    } else if counts[valueID: id] <= 0 {
                        podsExist[position] = false
                    }
                }
            }
            if !allowsFirst {
                for position in rows.indices where fits[position] && !podsExist[position] { fits[position] = false }
            }
        }
        if !filterState.antiAffinityCounts.isZero {
            for term in filterState.antiAffinityTerms {
                guard let counts = filterState.antiAffinityCounts[term.topologyKey], !counts.isZero else { continue }
                Self.reject(rows, &fits, where: counts)
            }
        }
        for counts in filterState.existingAntiAffinityCounts.byKey.values where !counts.isZero {
            Self.reject(rows, &fits, where: counts)
        }
    }

    /// Rejects the nodes of `rows` whose domain has a count above zero in `counts`.
    private static func reject(_ rows: [Int], _ fits: inout [Bool], where counts: TopologyValueCounts) {
        let ids = counts.column.valueIDs
        let perValue = counts.counts
        for position in rows.indices where fits[position] {
            let id = Int(ids[rows[position]])
            if id >= 0, id < perValue.count, perValue[id] > 0 { fits[position] = false }
        }
    }

    private static func satisfiesAffinity(_ state: PreFilterState, pod: PodInfo, node: NodeInfo) -> Bool {
        var podsExist = true
        let terms = state.affinityTerms
        for index in terms.indices {
            guard let count = state.affinityCounts.count(terms[index].topologyKey, of: node) else { return false }
            if count <= 0 { podsExist = false }
        }
        if !podsExist {
            // The first pod of a group with affinity to itself: allowed when no pod matches yet.
            return state.affinityCounts.isZero && matchesAll(state.affinityTerms, pod)
        }
        return true
    }

    // MARK: Score

    final class PreScoreState: CycleStateData {
        /// Score per topology key and value.
        let scores: [String: [String: Int64]]
        init(scores: [String: [String: Int64]]) { self.scores = scores }
        func clone() -> Self { self }
    }

    public func preScore(state: CycleState, pod: PodInfo, nodes: [NodeInfo], snapshot: Snapshot) -> PreScoreResult {
        let hasPreferred = !pod.preferredAffinityTerms.isEmpty || !pod.preferredAntiAffinityTerms.isEmpty
        // Without preferred terms only existing pods' terms can score: nodes whose affinity
        // pods have nothing but required anti-affinity would add nothing.
        let candidates = hasPreferred ? snapshot.nodes : snapshot.nodesWithAffinityScoringPods
        if candidates.isEmpty { return .skip }
        let affinity = Self.resolved(pod.preferredAffinityTerms, snapshot)
        let antiAffinity = Self.resolved(pod.preferredAntiAffinityTerms, snapshot)
        let namespaceLabels = snapshot.namespaceLabels[pod.namespace]
        var scores: [String: [String: Int64]] = [:]
        func add(_ node: NodeInfo, _ key: String, _ weight: Int64) {
            guard let value = node.labels[key] else { return }
            scores[key, default: [:]][value, default: 0] += weight
        }
        for node in candidates {
            let existingPods = hasPreferred ? node.pods : node.podsWithAffinity
            for existing in existingPods {
                for term in affinity where term.matches(existing, namespaceLabels: nil) { add(node, term.topologyKey, term.weight) }
                for term in antiAffinity where term.matches(existing, namespaceLabels: nil) { add(node, term.topologyKey, -term.weight) }
                guard existing.hasAffinity else { continue }
                if hardPodAffinityWeight > 0 {
                    for term in existing.requiredAffinityTerms where term.matches(pod, namespaceLabels: namespaceLabels) {
                        add(node, term.topologyKey, hardPodAffinityWeight)
                    }
                }
                for term in existing.preferredAffinityTerms where term.matches(pod, namespaceLabels: namespaceLabels) {
                    add(node, term.topologyKey, term.weight)
                }
                for term in existing.preferredAntiAffinityTerms where term.matches(pod, namespaceLabels: namespaceLabels) {
                    add(node, term.topologyKey, -term.weight)
                }
            }
        }
        if scores.isEmpty { return .skip }
        state.write(PreScoreState(scores: scores))
        return .proceed
    }

    public func score(state: CycleState, pod: PodInfo, node: NodeInfo) -> Int64 {
        guard let scoreState = state.read(PreScoreState.self) else { return 0 }
        var total: Int64 = 0
        for (key, values) in scoreState.scores {
            if let value = node.labels[key] { total += values[value, default: 0] }
        }
        return total
    }

    public func normalize(state: CycleState, pod: PodInfo, nodes: [NodeInfo], scores: inout [Int64]) {
        guard state.read(PreScoreState.self) != nil, !scores.isEmpty else { return }
        let lowest = scores.min() ?? 0
        let highest = scores.max() ?? 0
        let spread = highest - lowest
        for index in scores.indices {
            scores[index] = spread > 0 ? Int64(Double(NodeScore.max) * (Double(scores[index] - lowest) / Double(spread))) : 0
        }
    }
}
