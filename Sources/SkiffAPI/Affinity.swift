/// A group of affinity scheduling rules.
public struct Affinity: Codable, Sendable, Hashable {
    public var nodeAffinity: NodeAffinity?
    public var podAffinity: PodAffinity?
    public var podAntiAffinity: PodAntiAffinity?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates an `Affinity`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        nodeAffinity: NodeAffinity? = nil,
        podAffinity: PodAffinity? = nil,
        podAntiAffinity: PodAntiAffinity? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.nodeAffinity = nodeAffinity
        self.podAffinity = podAffinity
        self.podAntiAffinity = podAntiAffinity
        self.unknownFields = unknownFields
    }
}

/// A group of node affinity scheduling rules.
public struct NodeAffinity: Codable, Sendable, Hashable {
    /// Rules a node must meet for the pod to be scheduled onto it.
    public var requiredDuringSchedulingIgnoredDuringExecution: NodeSelector?
    /// Rules the scheduler prefers nodes to meet, with weights.
    public var preferredDuringSchedulingIgnoredDuringExecution: [PreferredSchedulingTerm]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `NodeAffinity`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        requiredDuringSchedulingIgnoredDuringExecution: NodeSelector? = nil,
        preferredDuringSchedulingIgnoredDuringExecution: [PreferredSchedulingTerm]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.requiredDuringSchedulingIgnoredDuringExecution = requiredDuringSchedulingIgnoredDuringExecution
        self.preferredDuringSchedulingIgnoredDuringExecution = preferredDuringSchedulingIgnoredDuringExecution
        self.unknownFields = unknownFields
    }
}

/// The union of the results of one or more node selector terms.
public struct NodeSelector: Codable, Sendable, Hashable {
    /// The terms are ORed.
    public var nodeSelectorTerms: [NodeSelectorTerm]
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `NodeSelector`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        nodeSelectorTerms: [NodeSelectorTerm] = [],
        unknownFields: UnknownFields? = nil
    ) {
        self.nodeSelectorTerms = nodeSelectorTerms
        self.unknownFields = unknownFields
    }
}

/// Requirements of a node, ANDed; an empty term matches no objects.
public struct NodeSelectorTerm: Codable, Sendable, Hashable {
    /// Requirements on node labels.
    public var matchExpressions: [NodeSelectorRequirement]?
    /// Requirements on node fields (`metadata.name`).
    public var matchFields: [NodeSelectorRequirement]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `NodeSelectorTerm`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        matchExpressions: [NodeSelectorRequirement]? = nil,
        matchFields: [NodeSelectorRequirement]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.matchExpressions = matchExpressions
        self.matchFields = matchFields
        self.unknownFields = unknownFields
    }
}

/// A selector that contains values, a key, and an operator that relates the key and values.
public struct NodeSelectorRequirement: Codable, Sendable, Hashable {
    public var key: String
    public var `operator`: NodeSelectorOperator
    /// One value for Gt and Lt, none for Exists and DoesNotExist, at least one for In and NotIn.
    public var values: [String]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `NodeSelectorRequirement`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        key: String = "",
        operator: NodeSelectorOperator = .in,
        values: [String]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.key = key
        self.operator = `operator`
        self.values = values
        self.unknownFields = unknownFields
    }
}

/// The relation of a node selector requirement's key and values.
public struct NodeSelectorOperator: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let `in`: Self = "In"
    public static let notIn: Self = "NotIn"
    public static let exists: Self = "Exists"
    public static let doesNotExist: Self = "DoesNotExist"
    public static let gt: Self = "Gt"
    public static let lt: Self = "Lt"

    public static let knownValues: [Self] = [.`in`, .notIn, .exists, .doesNotExist, .gt, .lt]
}

/// A weighted node selector term.
public struct PreferredSchedulingTerm: Codable, Sendable, Hashable {
    /// 1 to 100.
    public var weight: Int32
    public var preference: NodeSelectorTerm
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `PreferredSchedulingTerm`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        weight: Int32 = 0,
        preference: NodeSelectorTerm = NodeSelectorTerm(),
        unknownFields: UnknownFields? = nil
    ) {
        self.weight = weight
        self.preference = preference
        self.unknownFields = unknownFields
    }
}

/// A group of inter-pod affinity scheduling rules.
public struct PodAffinity: Codable, Sendable, Hashable {
    public var requiredDuringSchedulingIgnoredDuringExecution: [PodAffinityTerm]?
    public var preferredDuringSchedulingIgnoredDuringExecution: [WeightedPodAffinityTerm]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `PodAffinity`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        requiredDuringSchedulingIgnoredDuringExecution: [PodAffinityTerm]? = nil,
        preferredDuringSchedulingIgnoredDuringExecution: [WeightedPodAffinityTerm]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.requiredDuringSchedulingIgnoredDuringExecution = requiredDuringSchedulingIgnoredDuringExecution
        self.preferredDuringSchedulingIgnoredDuringExecution = preferredDuringSchedulingIgnoredDuringExecution
        self.unknownFields = unknownFields
    }
}

/// A group of inter-pod anti-affinity scheduling rules.
public struct PodAntiAffinity: Codable, Sendable, Hashable {
    public var requiredDuringSchedulingIgnoredDuringExecution: [PodAffinityTerm]?
    public var preferredDuringSchedulingIgnoredDuringExecution: [WeightedPodAffinityTerm]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `PodAntiAffinity`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        requiredDuringSchedulingIgnoredDuringExecution: [PodAffinityTerm]? = nil,
        preferredDuringSchedulingIgnoredDuringExecution: [WeightedPodAffinityTerm]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.requiredDuringSchedulingIgnoredDuringExecution = requiredDuringSchedulingIgnoredDuringExecution
        self.preferredDuringSchedulingIgnoredDuringExecution = preferredDuringSchedulingIgnoredDuringExecution
        self.unknownFields = unknownFields
    }
}

/// A set of pods (selected by labels in namespaces) that this pod should be co-located with (or not), where co-located means on a node whose `topologyKey` label has the same value.
public struct PodAffinityTerm: Codable, Sendable, Hashable {
    public var labelSelector: LabelSelector?
    /// Namespaces of the selected pods; the pod's own namespace when empty.
    public var namespaces: [String]?
    /// The node label whose value defines a topology domain.
    public var topologyKey: String
    /// Selects namespaces by label; ORed with `namespaces`.
    public var namespaceSelector: LabelSelector?
    public var matchLabelKeys: [String]?
    public var mismatchLabelKeys: [String]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `PodAffinityTerm`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        labelSelector: LabelSelector? = nil,
        namespaces: [String]? = nil,
        topologyKey: String = "",
        namespaceSelector: LabelSelector? = nil,
        matchLabelKeys: [String]? = nil,
        mismatchLabelKeys: [String]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.labelSelector = labelSelector
        self.namespaces = namespaces
        self.topologyKey = topologyKey
        self.namespaceSelector = namespaceSelector
        self.matchLabelKeys = matchLabelKeys
        self.mismatchLabelKeys = mismatchLabelKeys
        self.unknownFields = unknownFields
    }
}

/// A pod affinity term with a weight.
public struct WeightedPodAffinityTerm: Codable, Sendable, Hashable {
    /// 1 to 100.
    public var weight: Int32
    public var podAffinityTerm: PodAffinityTerm
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `WeightedPodAffinityTerm`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        weight: Int32 = 0,
        podAffinityTerm: PodAffinityTerm = PodAffinityTerm(),
        unknownFields: UnknownFields? = nil
    ) {
        self.weight = weight
        self.podAffinityTerm = podAffinityTerm
        self.unknownFields = unknownFields
    }
}
