/// A scope for names; cluster-scoped.
public struct Namespace: APIObject, HasStatus, Hashable {
    public static let resourceInfo = ResourceInfo(kind: "Namespace", plural: "namespaces", shortNames: ["ns"], isNamespaced: false)

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    public var spec: NamespaceSpec?
    public var status: NamespaceStatus?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `Namespace`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        spec: NamespaceSpec? = nil,
        status: NamespaceStatus? = nil,
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

/// The attributes of a namespace.
public struct NamespaceSpec: Codable, Sendable, Hashable {
    /// Must be empty before the namespace is removed from the store (`kubernetes`).
    public var finalizers: [String]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `NamespaceSpec`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        finalizers: [String]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.finalizers = finalizers
        self.unknownFields = unknownFields
    }
}

/// The status of a namespace.
public struct NamespaceStatus: Codable, Sendable, Hashable {
    /// Active or Terminating.
    public var phase: NamespacePhase?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `NamespaceStatus`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        phase: NamespacePhase? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.phase = phase
        self.unknownFields = unknownFields
    }
}

/// The lifecycle phase of a namespace.
public struct NamespacePhase: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let active: Self = "Active"
    public static let terminating: Self = "Terminating"

    public static let knownValues: [Self] = [.active, .terminating]
}
