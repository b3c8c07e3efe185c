/// The desired quota per namespace.
public struct ResourceQuota: APIObject, HasStatus, Hashable {
    public static let resourceInfo = ResourceInfo(kind: "ResourceQuota", plural: "resourcequotas", shortNames: ["quota"], isNamespaced: true)

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    public var spec: ResourceQuotaSpec?
    public var status: ResourceQuotaStatus?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ResourceQuota`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        spec: ResourceQuotaSpec? = nil,
        status: ResourceQuotaStatus? = nil,
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

/// The hard limits to enforce for a quota.
public struct ResourceQuotaSpec: Codable, Sendable, Hashable {
    /// The hard limit for each named resource.
    public var hard: [String: Quantity]?
    /// Filters on the objects the quota tracks.
    public var scopes: [ResourceQuotaScope]?
    public var scopeSelector: ScopeSelector?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ResourceQuotaSpec`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        hard: [String: Quantity]? = nil,
        scopes: [ResourceQuotaScope]? = nil,
        scopeSelector: ScopeSelector? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.hard = hard
        self.scopes = scopes
        self.scopeSelector = scopeSelector
        self.unknownFields = unknownFields
    }
}

/// The enforced hard limits and the observed use.
public struct ResourceQuotaStatus: Codable, Sendable, Hashable {
    public var hard: [String: Quantity]?
    public var used: [String: Quantity]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ResourceQuotaStatus`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        hard: [String: Quantity]? = nil,
        used: [String: Quantity]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.hard = hard
        self.used = used
        self.unknownFields = unknownFields
    }
}

/// Scope requirements, ANDed.
public struct ScopeSelector: Codable, Sendable, Hashable {
    public var matchExpressions: [ScopedResourceSelectorRequirement]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ScopeSelector`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        matchExpressions: [ScopedResourceSelectorRequirement]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.matchExpressions = matchExpressions
        self.unknownFields = unknownFields
    }
}

/// A requirement on a quota scope.
public struct ScopedResourceSelectorRequirement: Codable, Sendable, Hashable {
    public var scopeName: ResourceQuotaScope
    /// In, NotIn, Exists or DoesNotExist.
    public var `operator`: String
    public var values: [String]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ScopedResourceSelectorRequirement`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        scopeName: ResourceQuotaScope = .terminating,
        operator: String = "",
        values: [String]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.scopeName = scopeName
        self.operator = `operator`
        self.values = values
        self.unknownFields = unknownFields
    }
}

/// A filter on the objects a quota tracks.
public struct ResourceQuotaScope: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let terminating: Self = "Terminating"
    public static let notTerminating: Self = "NotTerminating"
    public static let bestEffort: Self = "BestEffort"
    public static let notBestEffort: Self = "NotBestEffort"
    public static let priorityClass: Self = "PriorityClass"
    public static let crossNamespacePodAffinity: Self = "CrossNamespacePodAffinity"
    public static let volumeAttributesClass: Self = "VolumeAttributesClass"

    public static let knownValues: [Self] = [.terminating, .notTerminating, .bestEffort, .notBestEffort, .priorityClass, .crossNamespacePodAffinity, .volumeAttributesClass]
}
