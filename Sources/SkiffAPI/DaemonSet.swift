/// Runs a copy of a pod on each eligible node.
public struct DaemonSet: APIObject, HasStatus, Hashable {
    public static let resourceInfo = ResourceInfo(group: "apps", kind: "DaemonSet", plural: "daemonsets", shortNames: ["ds"], isNamespaced: true, categories: ["all"])

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    public var spec: DaemonSetSpec?
    public var status: DaemonSetStatus?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `DaemonSet`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        spec: DaemonSetSpec? = nil,
        status: DaemonSetStatus? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.metadata = metadata
        self.spec = spec
        self.status = status
        self.unknownFields = unknownFields
    }
}

/// The specification of a DaemonSet.
public struct DaemonSetSpec: Codable, Sendable, Hashable {
    /// Selects the pods the DaemonSet manages; must match the template's labels. Required and immutable.
    public var selector: LabelSelector?
    /// The pod to run on each eligible node.
    public var template: PodTemplateSpec
    /// How existing pods are replaced by new ones.
    public var updateStrategy: DaemonSetUpdateStrategy?
    public var minReadySeconds: Int32?
    /// Old revisions kept for rollback; defaults to 10.
    public var revisionHistoryLimit: Int32?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `DaemonSetSpec`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        selector: LabelSelector? = nil,
        template: PodTemplateSpec = PodTemplateSpec(),
        updateStrategy: DaemonSetUpdateStrategy? = nil,
        minReadySeconds: Int32? = nil,
        revisionHistoryLimit: Int32? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.selector = selector
        self.template = template
        self.updateStrategy = updateStrategy
        self.minReadySeconds = minReadySeconds
        self.revisionHistoryLimit = revisionHistoryLimit
        self.unknownFields = unknownFields
    }
}

/// How a DaemonSet replaces its pods.
public struct DaemonSetUpdateStrategy: Codable, Sendable, Hashable {
    /// RollingUpdate (the default) or OnDelete.
    public var type: DaemonSetUpdateStrategyType?
    public var rollingUpdate: RollingUpdateDaemonSet?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `DaemonSetUpdateStrategy`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        type: DaemonSetUpdateStrategyType? = nil,
        rollingUpdate: RollingUpdateDaemonSet? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.type = type
        self.rollingUpdate = rollingUpdate
        self.unknownFields = unknownFields
    }
}

/// The kind of a DaemonSet update strategy.
public struct DaemonSetUpdateStrategyType: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let rollingUpdate: Self = "RollingUpdate"
    public static let onDelete: Self = "OnDelete"

    public static let knownValues: [Self] = [.rollingUpdate, .onDelete]
}

/// The parameters of a DaemonSet rolling update.
public struct RollingUpdateDaemonSet: Codable, Sendable, Hashable {
    /// Nodes whose pod may be unavailable during the update; defaults to 1.
    public var maxUnavailable: IntOrString?
    /// Nodes that may run an old and a new pod at once; defaults to 0.
    public var maxSurge: IntOrString?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `RollingUpdateDaemonSet`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        maxUnavailable: IntOrString? = nil,
        maxSurge: IntOrString? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.maxUnavailable = maxUnavailable
        self.maxSurge = maxSurge
        self.unknownFields = unknownFields
    }
}

/// The current status of a DaemonSet.
public struct DaemonSetStatus: Codable, Sendable, Hashable {
    /// Nodes running at least one daemon pod that are supposed to.
    public var currentNumberScheduled: Int32
    /// Nodes running the daemon pod that are not supposed to.
    public var numberMisscheduled: Int32
    /// Nodes that should be running the daemon pod.
    public var desiredNumberScheduled: Int32
    /// Nodes whose daemon pod is ready.
    public var numberReady: Int32
    public var observedGeneration: Int64?
    /// Nodes running the updated daemon pod.
    public var updatedNumberScheduled: Int32?
    public var numberAvailable: Int32?
    public var numberUnavailable: Int32?
    public var collisionCount: Int32?
    public var conditions: [DaemonSetCondition]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `DaemonSetStatus`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        currentNumberScheduled: Int32 = 0,
        numberMisscheduled: Int32 = 0,
        desiredNumberScheduled: Int32 = 0,
        numberReady: Int32 = 0,
        observedGeneration: Int64? = nil,
        updatedNumberScheduled: Int32? = nil,
        numberAvailable: Int32? = nil,
        numberUnavailable: Int32? = nil,
        collisionCount: Int32? = nil,
        conditions: [DaemonSetCondition]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.currentNumberScheduled = currentNumberScheduled
        self.numberMisscheduled = numberMisscheduled
        self.desiredNumberScheduled = desiredNumberScheduled
        self.numberReady = numberReady
        self.observedGeneration = observedGeneration
        self.updatedNumberScheduled = updatedNumberScheduled
        self.numberAvailable = numberAvailable
        self.numberUnavailable = numberUnavailable
        self.collisionCount = collisionCount
        self.conditions = conditions
        self.unknownFields = unknownFields
    }
}

/// A condition of a DaemonSet.
public struct DaemonSetCondition: Codable, Sendable, Hashable {
    public var type: String
    public var status: ConditionStatus
    public var lastTransitionTime: Time?
    public var reason: String?
    public var message: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `DaemonSetCondition`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        type: String = "",
        status: ConditionStatus = .unknown,
        lastTransitionTime: Time? = nil,
        reason: String? = nil,
        message: String? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.type = type
        self.status = status
        self.lastTransitionTime = lastTransitionTime
        self.reason = reason
        self.message = message
        self.unknownFields = unknownFields
    }
}
