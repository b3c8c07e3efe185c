/// How to spread matching pods among the given topology.
public struct TopologySpreadConstraint: Codable, Sendable, Hashable {
    /// The degree to which pods may be unevenly distributed; greater than zero.
    public var maxSkew: Int32
    /// The node label whose values define the domains.
    public var topologyKey: String
    public var whenUnsatisfiable: UnsatisfiableConstraintAction
    public var labelSelector: LabelSelector?
    public var minDomains: Int32?
    public var nodeAffinityPolicy: NodeInclusionPolicy?
    public var nodeTaintsPolicy: NodeInclusionPolicy?
    public var matchLabelKeys: [String]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `TopologySpreadConstraint`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        maxSkew: Int32 = 0,
        topologyKey: String = "",
        whenUnsatisfiable: UnsatisfiableConstraintAction = .doNotSchedule,
        labelSelector: LabelSelector? = nil,
        minDomains: Int32? = nil,
        nodeAffinityPolicy: NodeInclusionPolicy? = nil,
        nodeTaintsPolicy: NodeInclusionPolicy? = nil,
        matchLabelKeys: [String]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.maxSkew = maxSkew
        self.topologyKey = topologyKey
        self.whenUnsatisfiable = whenUnsatisfiable
        self.labelSelector = labelSelector
        self.minDomains = minDomains
        self.nodeAffinityPolicy = nodeAffinityPolicy
        self.nodeTaintsPolicy = nodeTaintsPolicy
        self.matchLabelKeys = matchLabelKeys
        self.unknownFields = unknownFields
    }
}

/// What the scheduler does with a pod that does not satisfy a spread constraint.
public struct UnsatisfiableConstraintAction: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let doNotSchedule: Self = "DoNotSchedule"
    public static let scheduleAnyway: Self = "ScheduleAnyway"

    public static let knownValues: [Self] = [.doNotSchedule, .scheduleAnyway]
}

/// Whether a spread constraint honours the pod's node affinity or the nodes' taints.
public struct NodeInclusionPolicy: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let ignore: Self = "Ignore"
    public static let honor: Self = "Honor"

    public static let knownValues: [Self] = [.ignore, .honor]
}
