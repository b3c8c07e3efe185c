import SkiffAPI

/// A pod's hard node constraints made ready to match: `spec.nodeSelector` ANDed with the
/// `requiredDuringSchedulingIgnoredDuringExecution` node selector terms (ORed). Kubernetes'
/// `nodeaffinity.RequiredNodeAffinity`.
///
/// Requirements are compiled once per pod into `LabelSelectorExpression`s, so matching a node is a
/// few dictionary lookups. A term that cannot be compiled (bad operator or value) matches no node,
/// and an empty term matches no node, as upstream.
public struct RequiredNodeAffinity: Sendable, Hashable {
    /// One ORed term: label requirements and `metadata.name` requirements.
    struct Term: Sendable, Hashable {
        var labels: LabelSelectorExpression
        /// `metadata.name` In / NotIn sets.
        var nameIn: Set<String>?
        var nameNotIn: Set<String>?
        var isValid: Bool

        init(_ term: NodeSelectorTerm) {
            var requirements: [LabelSelectorExpression.Requirement] = []
            var isValid = !(term.matchExpressions ?? []).isEmpty || !(term.matchFields ?? []).isEmpty
            for expression in term.matchExpressions ?? [] {
                let op: LabelSelectorExpression.Operator
                switch expression.operator {
                case .in: op = .in
                case .notIn: op = .notIn
                case .exists: op = .exists
                case .doesNotExist: op = .doesNotExist
                case .gt: op = .greaterThan
                case .lt: op = .lessThan
                default: isValid = false; continue
                }
                if let requirement = try? LabelSelectorExpression.Requirement(
                    key: expression.key, operator: op, values: expression.values ?? []
                ) {
                    requirements.append(requirement)
                } else {
                    isValid = false
                }
            }
            for field in term.matchFields ?? [] {
                guard field.key == "metadata.name" else {
                    isValid = false
                    continue
                }
                let values = Set(field.values ?? [])
                switch field.operator {
                case .in: nameIn = nameIn.map { $0.intersection(values) } ?? values
                case .notIn: nameNotIn = (nameNotIn ?? []).union(values)
                default: isValid = false
                }
            }
            self.labels = LabelSelectorExpression(requirements: requirements)
            self.isValid = isValid
        }

        func matches(name: String, labels nodeLabels: [String: String]) -> Bool {
            guard isValid else { return false }
            if let nameIn, !nameIn.contains(name) { return false }
            if let nameNotIn, nameNotIn.contains(name) { return false }
            return labels.matches(nodeLabels)
        }
    }

    let nodeSelector: LabelSelectorExpression?
    let terms: [Term]?

    /// Whether the pod constrains nodes at all.
    public var isEmpty: Bool { nodeSelector == nil && terms == nil }

    public init(_ spec: PodSpec?) {
        if let selector = spec?.nodeSelector, !selector.isEmpty {
            nodeSelector = LabelSelectorExpression(
                requirements: selector.sorted { $0.key < $1.key }.compactMap {
                    try? LabelSelectorExpression.Requirement(key: $0.key, operator: .equals, values: [$0.value])
                }
            )
        } else {
            nodeSelector = nil
        }
        if let required = spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution {
            terms = required.nodeSelectorTerms.map(Term.init)
        } else {
            terms = nil
        }
    }

    /// Whether a node with `name` and `labels` satisfies the selector and one of the terms.
    public func matches(name: String, labels: [String: String]) -> Bool {
        if let nodeSelector, !nodeSelector.matches(labels) { return false }
        if let terms {
            for term in terms where term.matches(name: name, labels: labels) { return true }
            return false
        }
        return true
    }

    /// The one label key every requirement names, when nothing else (no `metadata.name` field)
    /// is asked of a node: the match then depends only on the node's value of that key.
    var onlyLabelKey: String? {
        var key: String?
        func visit(_ selector: LabelSelectorExpression) -> Bool {
            for requirement in selector.requirements {
                if key == nil { key = requirement.key } else if key != requirement.key { return false }
            }
            return true
        }
        if let nodeSelector, !visit(nodeSelector) { return nil }
        for term in terms ?? [] {
            if term.nameIn != nil || term.nameNotIn != nil || !visit(term.labels) { return nil }
        }
        return key
    }

    /// The node names the pod is pinned to by `metadata.name In` fields in every term, if it is:
    /// lets PreFilter narrow the nodes to evaluate (upstream's `PreFilterResult`).
    public var pinnedNodeNames: Set<String>? {
        guard let terms, !terms.isEmpty else { return nil }
        var union: Set<String> = []
        for term in terms {
            guard let names = term.nameIn else { return nil }
            union.formUnion(names)
        }
        return union
    }
}
