/// Ensures that a specified number of pod replicas are running at any given time.
public struct ReplicaSet: APIObject, HasStatus, Scalable, Hashable {
    public static let resourceInfo = ResourceInfo(group: "apps", kind: "ReplicaSet", plural: "replicasets", shortNames: ["rs"], isNamespaced: true, categories: ["all"])

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    public var spec: ReplicaSetSpec?
    public var status: ReplicaSetStatus?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ReplicaSet`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        spec: ReplicaSetSpec? = nil,
        status: ReplicaSetStatus? = nil,
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

/// The specification of a ReplicaSet.
public struct ReplicaSetSpec: Codable, Sendable, Hashable {
    /// The number of desired replicas; defaults to 1.
    public var replicas: Int32?
    /// Seconds a new pod must be ready, without crashing, to be considered available.
    public var minReadySeconds: Int32?
    /// Selects the pods the ReplicaSet counts; must match the template's labels. Required.
    public var selector: LabelSelector?
    /// The pods created when too few replicas are running.
    public var template: PodTemplateSpec?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ReplicaSetSpec`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        replicas: Int32? = nil,
        minReadySeconds: Int32? = nil,
        selector: LabelSelector? = nil,
        template: PodTemplateSpec? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.replicas = replicas
        self.minReadySeconds = minReadySeconds
        self.selector = selector
        self.template = template
        self.unknownFields = unknownFields
    }
}

/// The most recently observed status of a ReplicaSet.
public struct ReplicaSetStatus: Codable, Sendable, Hashable {
    /// The most recently observed number of replicas.
    public var replicas: Int32
    /// Pods whose labels match the template's labels.
    public var fullyLabeledReplicas: Int32?
    public var readyReplicas: Int32?
    /// Pods ready for at least `minReadySeconds`.
    public var availableReplicas: Int32?
    public var terminatingReplicas: Int32?
    /// The generation of the most recently observed ReplicaSet.
    public var observedGeneration: Int64?
    public var conditions: [ReplicaSetCondition]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ReplicaSetStatus`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        replicas: Int32 = 0,
        fullyLabeledReplicas: Int32? = nil,
        readyReplicas: Int32? = nil,
        availableReplicas: Int32? = nil,
        terminatingReplicas: Int32? = nil,
        observedGeneration: Int64? = nil,
        conditions: [ReplicaSetCondition]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.replicas = replicas
        self.fullyLabeledReplicas = fullyLabeledReplicas
        self.readyReplicas = readyReplicas
        self.availableReplicas = availableReplicas
        self.terminatingReplicas = terminatingReplicas
        self.observedGeneration = observedGeneration
        self.conditions = conditions
        self.unknownFields = unknownFields
    }
}

/// A condition of a ReplicaSet.
public struct ReplicaSetCondition: Codable, Sendable, Hashable {
    public var type: ReplicaSetConditionType
    public var status: ConditionStatus
    public var lastTransitionTime: Time?
    public var reason: String?
    public var message: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ReplicaSetCondition`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        type: ReplicaSetConditionType = .replicaFailure,
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

/// The type of a ReplicaSet condition.
public struct ReplicaSetConditionType: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// A pod could not be created or deleted.
    public static let replicaFailure: Self = "ReplicaFailure"

    public static let knownValues: [Self] = [.replicaFailure]
}

extension ReplicaSet {
    public var desiredReplicas: Int32? {
        get { spec?.replicas }
        set { spec = spec ?? ReplicaSetSpec(); spec?.replicas = newValue }
    }

    public var observedReplicas: Int32 { status?.replicas ?? 0 }

    public var selectorString: String {
        guard let selector = spec?.selector, let expression = try? LabelSelectorExpression(selector) else { return "" }
        return expression.description
    }
}
