/// A label selector as it appears in API objects: Kubernetes' `metav1.LabelSelector`
/// (`spec.selector` of Deployments, ReplicaSets, Services' pods, …).
///
/// Contract: a plain data type with Kubernetes' JSON shape. The requirements are ANDed; an empty
/// selector (`{}`) matches everything, while a missing selector (nil) matches nothing — that
/// distinction is the caller's, as in Kubernetes. To match labels, turn it into a
/// `LabelSelectorExpression` with `LabelSelectorExpression(_:)`, which also validates it.
public struct LabelSelector: Codable, Sendable, Hashable {
    /// `key: value` pairs that must all be present.
    public var matchLabels: [String: String]?
    /// Set-based requirements.
    public var matchExpressions: [LabelSelectorRequirement]?
    public var unknownFields: UnknownFields?

    public init(matchLabels: [String: String]? = nil, matchExpressions: [LabelSelectorRequirement]? = nil) {
        self.matchLabels = matchLabels
        self.matchExpressions = matchExpressions
    }
}

/// One set-based requirement of a `LabelSelector`: Kubernetes' `metav1.LabelSelectorRequirement`.
///
/// `operator` is one of `In`, `NotIn`, `Exists`, `DoesNotExist` (checked by
/// `LabelSelectorExpression(_:)`, not here): `In`/`NotIn` need at least one value,
/// `Exists`/`DoesNotExist` none.
public struct LabelSelectorRequirement: Codable, Sendable, Hashable {
    public var key: String
    public var `operator`: String
    public var values: [String]?
    public var unknownFields: UnknownFields?

    public init(key: String, operator: String, values: [String]? = nil) {
        self.key = key
        self.operator = `operator`
        self.values = values
    }
}
