/// Metadata that all persisted resources must have, which includes all objects users must create (Kubernetes' `metav1.ObjectMeta`).
public struct ObjectMeta: Codable, Sendable, Hashable {
    /// Unique within a namespace; required when creating, unless `generateName` is set.
    public var name: String?
    /// A prefix from which the server generates a unique name when `name` is not set.
    public var generateName: String?
    /// The namespace the object lives in; empty for cluster-scoped kinds.
    public var namespace: String?
    /// Unique in time and space; set by the server on creation.
    public var uid: String?
    /// The store revision of the last change, an opaque string used for optimistic concurrency.
    public var resourceVersion: String?
    /// A sequence number for changes of the desired state (`spec`); set by the server.
    public var generation: Int64?
    /// When the server created the object.
    public var creationTimestamp: Time?
    /// When the object will be deleted; set by the server when a graceful deletion is requested.
    public var deletionTimestamp: Time?
    /// The grace period of a pending graceful deletion.
    public var deletionGracePeriodSeconds: Int64?
    /// Keys and values used to organize and select objects.
    public var labels: [String: String]?
    /// Arbitrary non-identifying metadata.
    public var annotations: [String: String]?
    /// The objects this one depends on; the garbage collector deletes it when they are all gone.
    public var ownerReferences: [OwnerReference]?
    /// Keys that must be removed before the object is deleted from the store.
    public var finalizers: [String]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates an `ObjectMeta`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        name: String? = nil,
        generateName: String? = nil,
        namespace: String? = nil,
        uid: String? = nil,
        resourceVersion: String? = nil,
        generation: Int64? = nil,
        creationTimestamp: Time? = nil,
        deletionTimestamp: Time? = nil,
        deletionGracePeriodSeconds: Int64? = nil,
        labels: [String: String]? = nil,
        annotations: [String: String]? = nil,
        ownerReferences: [OwnerReference]? = nil,
        finalizers: [String]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.name = name
        self.generateName = generateName
        self.namespace = namespace
        self.uid = uid
        self.resourceVersion = resourceVersion
        self.generation = generation
        self.creationTimestamp = creationTimestamp
        self.deletionTimestamp = deletionTimestamp
        self.deletionGracePeriodSeconds = deletionGracePeriodSeconds
        self.labels = labels
        self.annotations = annotations
        self.ownerReferences = ownerReferences
        self.finalizers = finalizers
        self.unknownFields = unknownFields
    }
}

extension ObjectMeta {
    /// The owner reference with `controller: true`, if any (Kubernetes' `metav1.GetControllerOf`).
    public var controllerReference: OwnerReference? {
        ownerReferences?.first { $0.controller == true }
    }

    /// Whether a deletion has been requested and is waiting for finalizers or a grace period.
    public var isBeingDeleted: Bool { deletionTimestamp != nil }

    /// Whether `finalizers` contains `finalizer`.
    public func hasFinalizer(_ finalizer: String) -> Bool {
        finalizers?.contains(finalizer) ?? false
    }
}
