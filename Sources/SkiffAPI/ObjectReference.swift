/// A reference to an object, with enough information to let you inspect or modify it.
public struct ObjectReference: Codable, Sendable, Hashable {
    public var kind: String?
    public var namespace: String?
    public var name: String?
    public var uid: String?
    public var apiVersion: String?
    /// The resourceVersion of the referent the reference was made from.
    public var resourceVersion: String?
    /// A piece of the object, such as `spec.containers{name}`.
    public var fieldPath: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates an `ObjectReference`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        kind: String? = nil,
        namespace: String? = nil,
        name: String? = nil,
        uid: String? = nil,
        apiVersion: String? = nil,
        resourceVersion: String? = nil,
        fieldPath: String? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.kind = kind
        self.namespace = namespace
        self.name = name
        self.uid = uid
        self.apiVersion = apiVersion
        self.resourceVersion = resourceVersion
        self.fieldPath = fieldPath
        self.unknownFields = unknownFields
    }
}

/// A reference to an object by name in the same namespace.
public struct LocalObjectReference: Codable, Sendable, Hashable {
    public var name: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `LocalObjectReference`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        name: String? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.name = name
        self.unknownFields = unknownFields
    }
}
