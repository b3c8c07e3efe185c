/// Declarative updates for pods and ReplicaSets.
public struct Deployment: APIObject, HasStatus, Scalable, Hashable {
    public static let resourceInfo = ResourceInfo(group: "apps", kind: "Deployment", plural: "deployments", shortNames: ["deploy"], isNamespaced: true, categories: ["all"])

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    public var spec: DeploymentSpec?
    public var status: DeploymentStatus?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `Deployment`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        spec: DeploymentSpec? = nil,
        status: DeploymentStatus? = nil,
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

/// The specification of the desired behavior of a Deployment.
public struct DeploymentSpec: Codable, Sendable, Hashable {
    /// The number of desired pods; defaults to 1.
    public var replicas: Int32?
    /// Selects the pods the Deployment manages; must match the template's labels. Required and immutable.
    public var selector: LabelSelector?
    /// The pods to create.
    public var template: PodTemplateSpec
    /// How existing pods are replaced by new ones.
    public var strategy: DeploymentStrategy?
    /// Seconds a new pod must be ready, without crashing, to be considered available.
    public var minReadySeconds: Int32?
    /// Old ReplicaSets kept for rollback; defaults to 10.
    public var revisionHistoryLimit: Int32?
    /// Whether the Deployment is paused.
    public var paused: Bool?
    /// Seconds without progress before the Deployment is reported as failed (ProgressDeadlineExceeded); defaults to 600.
    public var progressDeadlineSeconds: Int32?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `DeploymentSpec`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        replicas: Int32? = nil,
        selector: LabelSelector? = nil,
        template: PodTemplateSpec = PodTemplateSpec(),
        strategy: DeploymentStrategy? = nil,
        minReadySeconds: Int32? = nil,
        revisionHistoryLimit: Int32? = nil,
        paused: Bool? = nil,
        progressDeadlineSeconds: Int32? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.replicas = replicas
        self.selector = selector
        self.template = template
        self.strategy = strategy
        self.minReadySeconds = minReadySeconds
        self.revisionHistoryLimit = revisionHistoryLimit
        self.paused = paused
        self.progressDeadlineSeconds = progressDeadlineSeconds
        self.unknownFields = unknownFields
    }
}

/// How to replace existing pods with new ones.
public struct DeploymentStrategy: Codable, Sendable, Hashable {
    /// Recreate or RollingUpdate (the default).
    public var type: DeploymentStrategyType?
    /// Present only when `type` is RollingUpdate.
    public var rollingUpdate: RollingUpdateDeployment?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `DeploymentStrategy`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        type: DeploymentStrategyType? = nil,
        rollingUpdate: RollingUpdateDeployment? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.type = type
        self.rollingUpdate = rollingUpdate
        self.unknownFields = unknownFields
    }
}

/// The kind of a deployment strategy.
public struct DeploymentStrategyType: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// Kill all existing pods before creating new ones.
    public static let recreate: Self = "Recreate"
    /// Replace the old ReplicaSet by the new one gradually.
    public static let rollingUpdate: Self = "RollingUpdate"

    public static let knownValues: [Self] = [.recreate, .rollingUpdate]
}

/// The parameters of a rolling update.
public struct RollingUpdateDeployment: Codable, Sendable, Hashable {
    /// Pods that may be unavailable during the update, absolute or a percentage of desired pods; defaults to 25%.
    public var maxUnavailable: IntOrString?
    /// Pods that may be created above the desired number, absolute or a percentage; defaults to 25%.
    public var maxSurge: IntOrString?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `RollingUpdateDeployment`; a field left out is nil, or empty where Kubernetes always sends it.
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

/// The most recently observed status of a Deployment.
public struct DeploymentStatus: Codable, Sendable, Hashable {
    /// The generation observed by the deployment controller.
    public var observedGeneration: Int64?
    /// Pods targeted by this Deployment (their labels match the selector).
    public var replicas: Int32?
    /// Pods with the desired template.
    public var updatedReplicas: Int32?
    public var readyReplicas: Int32?
    /// Pods ready for at least `minReadySeconds`.
    public var availableReplicas: Int32?
    public var unavailableReplicas: Int32?
    public var terminatingReplicas: Int32?
    public var conditions: [DeploymentCondition]?
    /// Collisions of the template hash, used to make new ReplicaSet names unique.
    public var collisionCount: Int32?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `DeploymentStatus`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        observedGeneration: Int64? = nil,
        replicas: Int32? = nil,
        updatedReplicas: Int32? = nil,
        readyReplicas: Int32? = nil,
        availableReplicas: Int32? = nil,
        unavailableReplicas: Int32? = nil,
        terminatingReplicas: Int32? = nil,
        conditions: [DeploymentCondition]? = nil,
        collisionCount: Int32? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.observedGeneration = observedGeneration
        self.replicas = replicas
        self.updatedReplicas = updatedReplicas
        self.readyReplicas = readyReplicas
        self.availableReplicas = availableReplicas
        self.unavailableReplicas = unavailableReplicas
        self.terminatingReplicas = terminatingReplicas
        self.conditions = conditions
        self.collisionCount = collisionCount
        self.unknownFields = unknownFields
    }
}

/// The state of a Deployment at a certain point.
public struct DeploymentCondition: Codable, Sendable, Hashable {
    public var type: DeploymentConditionType
    public var status: ConditionStatus
    public var lastUpdateTime: Time?
    public var lastTransitionTime: Time?
    public var reason: String?
    public var message: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `DeploymentCondition`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        type: DeploymentConditionType = .available,
        status: ConditionStatus = .unknown,
        lastUpdateTime: Time? = nil,
        lastTransitionTime: Time? = nil,
        reason: String? = nil,
        message: String? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.type = type
        self.status = status
        self.lastUpdateTime = lastUpdateTime
        self.lastTransitionTime = lastTransitionTime
        self.reason = reason
        self.message = message
        self.unknownFields = unknownFields
    }
}

/// The type of a Deployment condition.
public struct DeploymentConditionType: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// The Deployment has at least its minimum number of available pods.
    public static let available: Self = "Available"
    /// The Deployment is progressing, or has finished a rollout.
    public static let progressing: Self = "Progressing"
    /// A pod could not be created or deleted.
    public static let replicaFailure: Self = "ReplicaFailure"

    public static let knownValues: [Self] = [.available, .progressing, .replicaFailure]
}

extension Deployment {
    public var desiredReplicas: Int32? {
        get { spec?.replicas }
        set { spec = spec ?? DeploymentSpec(); spec?.replicas = newValue }
    }

    public var observedReplicas: Int32 { status?.replicas ?? 0 }

    public var selectorString: String {
        guard let selector = spec?.selector, let expression = try? LabelSelectorExpression(selector) else { return "" }
        return expression.description
    }
}
