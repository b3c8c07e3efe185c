/// A set of pods with consistent identities (stable hostnames and storage).
public struct StatefulSet: APIObject, HasStatus, Scalable, Hashable {
    public static let resourceInfo = ResourceInfo(group: "apps", kind: "StatefulSet", plural: "statefulsets", shortNames: ["sts"], isNamespaced: true, categories: ["all"])

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    public var spec: StatefulSetSpec?
    public var status: StatefulSetStatus?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `StatefulSet`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        spec: StatefulSetSpec? = nil,
        status: StatefulSetStatus? = nil,
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

/// The specification of a StatefulSet.
public struct StatefulSetSpec: Codable, Sendable, Hashable {
    /// The number of desired replicas; defaults to 1.
    public var replicas: Int32?
    /// Selects the pods the StatefulSet manages; must match the template's labels. Required and immutable.
    public var selector: LabelSelector?
    /// The pods to create; each gets a unique identity.
    public var template: PodTemplateSpec
    /// Claims each pod gets, named `<template>-<pod>`.
    public var volumeClaimTemplates: [PersistentVolumeClaim]?
    /// The headless service that governs the set's DNS names.
    public var serviceName: String?
    /// OrderedReady (the default) or Parallel.
    public var podManagementPolicy: PodManagementPolicyType?
    public var updateStrategy: StatefulSetUpdateStrategy?
    /// Old revisions kept; defaults to 10.
    public var revisionHistoryLimit: Int32?
    public var minReadySeconds: Int32?
    public var persistentVolumeClaimRetentionPolicy: StatefulSetPersistentVolumeClaimRetentionPolicy?
    public var ordinals: StatefulSetOrdinals?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `StatefulSetSpec`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        replicas: Int32? = nil,
        selector: LabelSelector? = nil,
        template: PodTemplateSpec = PodTemplateSpec(),
        volumeClaimTemplates: [PersistentVolumeClaim]? = nil,
        serviceName: String? = nil,
        podManagementPolicy: PodManagementPolicyType? = nil,
        updateStrategy: StatefulSetUpdateStrategy? = nil,
        revisionHistoryLimit: Int32? = nil,
        minReadySeconds: Int32? = nil,
        persistentVolumeClaimRetentionPolicy: StatefulSetPersistentVolumeClaimRetentionPolicy? = nil,
        ordinals: StatefulSetOrdinals? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.replicas = replicas
        self.selector = selector
        self.template = template
        self.volumeClaimTemplates = volumeClaimTemplates
        self.serviceName = serviceName
        self.podManagementPolicy = podManagementPolicy
        self.updateStrategy = updateStrategy
        self.revisionHistoryLimit = revisionHistoryLimit
        self.minReadySeconds = minReadySeconds
        self.persistentVolumeClaimRetentionPolicy = persistentVolumeClaimRetentionPolicy
        self.ordinals = ordinals
        self.unknownFields = unknownFields
    }
}

/// How a StatefulSet replaces its pods.
public struct StatefulSetUpdateStrategy: Codable, Sendable, Hashable {
    /// RollingUpdate (the default) or OnDelete.
    public var type: StatefulSetUpdateStrategyType?
    public var rollingUpdate: RollingUpdateStatefulSetStrategy?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `StatefulSetUpdateStrategy`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        type: StatefulSetUpdateStrategyType? = nil,
        rollingUpdate: RollingUpdateStatefulSetStrategy? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.type = type
        self.rollingUpdate = rollingUpdate
        self.unknownFields = unknownFields
    }
}

/// The kind of a StatefulSet update strategy.
public struct StatefulSetUpdateStrategyType: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let rollingUpdate: Self = "RollingUpdate"
    public static let onDelete: Self = "OnDelete"

    public static let knownValues: [Self] = [.rollingUpdate, .onDelete]
}

/// The parameters of a StatefulSet rolling update.
public struct RollingUpdateStatefulSetStrategy: Codable, Sendable, Hashable {
    /// Pods with an ordinal at least this are updated; defaults to 0.
    public var partition: Int32?
    public var maxUnavailable: IntOrString?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `RollingUpdateStatefulSetStrategy`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        partition: Int32? = nil,
        maxUnavailable: IntOrString? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.partition = partition
        self.maxUnavailable = maxUnavailable
        self.unknownFields = unknownFields
    }
}

/// How a StatefulSet creates and deletes its pods.
public struct PodManagementPolicyType: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// One at a time, in order, each waiting for the previous to be ready.
    public static let orderedReady: Self = "OrderedReady"
    /// All at once.
    public static let parallel: Self = "Parallel"

    public static let knownValues: [Self] = [.orderedReady, .parallel]
}

/// What happens to the claims of a StatefulSet's pods when it is deleted or scaled down.
public struct StatefulSetPersistentVolumeClaimRetentionPolicy: Codable, Sendable, Hashable {
    public var whenDeleted: PersistentVolumeClaimRetentionPolicyType?
    public var whenScaled: PersistentVolumeClaimRetentionPolicyType?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `StatefulSetPersistentVolumeClaimRetentionPolicy`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        whenDeleted: PersistentVolumeClaimRetentionPolicyType? = nil,
        whenScaled: PersistentVolumeClaimRetentionPolicyType? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.whenDeleted = whenDeleted
        self.whenScaled = whenScaled
        self.unknownFields = unknownFields
    }
}

/// Whether claims are kept or deleted.
public struct PersistentVolumeClaimRetentionPolicyType: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let retain: Self = "Retain"
    public static let delete: Self = "Delete"

    public static let knownValues: [Self] = [.retain, .delete]
}

/// The numbering of a StatefulSet's replicas.
public struct StatefulSetOrdinals: Codable, Sendable, Hashable {
    /// The first ordinal; defaults to 0.
    public var start: Int32?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `StatefulSetOrdinals`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        start: Int32? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.start = start
        self.unknownFields = unknownFields
    }
}

/// The current status of a StatefulSet.
public struct StatefulSetStatus: Codable, Sendable, Hashable {
    public var observedGeneration: Int64?
    /// Pods created by the StatefulSet controller.
    public var replicas: Int32
    public var readyReplicas: Int32?
    /// Pods at `currentRevision`.
    public var currentReplicas: Int32?
    /// Pods at `updateRevision`.
    public var updatedReplicas: Int32?
    public var currentRevision: String?
    public var updateRevision: String?
    public var collisionCount: Int32?
    public var conditions: [StatefulSetCondition]?
    public var availableReplicas: Int32?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `StatefulSetStatus`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        observedGeneration: Int64? = nil,
        replicas: Int32 = 0,
        readyReplicas: Int32? = nil,
        currentReplicas: Int32? = nil,
        updatedReplicas: Int32? = nil,
        currentRevision: String? = nil,
        updateRevision: String? = nil,
        collisionCount: Int32? = nil,
        conditions: [StatefulSetCondition]? = nil,
        availableReplicas: Int32? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.observedGeneration = observedGeneration
        self.replicas = replicas
        self.readyReplicas = readyReplicas
        self.currentReplicas = currentReplicas
        self.updatedReplicas = updatedReplicas
        self.currentRevision = currentRevision
        self.updateRevision = updateRevision
        self.collisionCount = collisionCount
        self.conditions = conditions
        self.availableReplicas = availableReplicas
        self.unknownFields = unknownFields
    }
}

/// A condition of a StatefulSet.
public struct StatefulSetCondition: Codable, Sendable, Hashable {
    public var type: String
    public var status: ConditionStatus
    public var lastTransitionTime: Time?
    public var reason: String?
    public var message: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `StatefulSetCondition`; a field left out is nil, or empty where Kubernetes always sends it.
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

extension StatefulSet {
    public var desiredReplicas: Int32? {
        get { spec?.replicas }
        set { spec = spec ?? StatefulSetSpec(); spec?.replicas = newValue }
    }

    public var observedReplicas: Int32 { status?.replicas ?? 0 }

    public var selectorString: String {
        guard let selector = spec?.selector, let expression = try? LabelSelectorExpression(selector) else { return "" }
        return expression.description
    }
}
