import SkiffAPI

/// A pod (anti-)affinity term made ready to match: its label selector parsed once, its namespaces
/// a set (the pod's own namespace when the term names none and has no namespace selector).
/// Kubernetes' `framework.AffinityTerm`.
public struct AffinityTerm: Sendable, Hashable {
    public var namespaces: Set<String>
    /// Matches pods; a term with no selector matches nothing.
    public var selector: LabelSelectorExpression
    public var topologyKey: String
    /// Selects namespaces by their labels (ORed with `namespaces`); `nothing` when absent.
    public var namespaceSelector: LabelSelectorExpression
    /// For preferred terms: 1…100; for required terms, unused.
    public var weight: Int64

    /// Compiles `term` of a pod in `namespace`; an invalid selector throws `Status`.
    public init(_ term: PodAffinityTerm, podNamespace namespace: String, weight: Int64 = 1) throws {
        self.selector = try term.labelSelector.map { try LabelSelectorExpression($0) } ?? .nothing
        self.namespaceSelector = try term.namespaceSelector.map { try LabelSelectorExpression($0) } ?? .nothing
        var namespaces = Set(term.namespaces ?? [])
        if namespaces.isEmpty && term.namespaceSelector == nil { namespaces.insert(namespace) }
        self.namespaces = namespaces
        self.topologyKey = term.topologyKey
        self.weight = weight
    }

    /// Whether the term selects `pod`, whose namespace has `namespaceLabels` (Kubernetes'
    /// `AffinityTerm.Matches`).
    public func matches(_ pod: PodInfo, namespaceLabels: [String: String]?) -> Bool {
        if namespaces.contains(pod.namespace) || namespaceSelector.matches(namespaceLabels) {
            return selector.matches(pod.labels)
        }
        return false
    }
}
