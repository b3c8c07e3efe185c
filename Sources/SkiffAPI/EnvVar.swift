/// An environment variable present in a container.
public struct EnvVar: Codable, Sendable, Hashable {
    public var name: String
    /// The value, with `$(VAR_NAME)` references expanded.
    public var value: String?
    /// Where the value comes from, when `value` is empty.
    public var valueFrom: EnvVarSource?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates an `EnvVar`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        name: String = "",
        value: String? = nil,
        valueFrom: EnvVarSource? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.name = name
        self.value = value
        self.valueFrom = valueFrom
        self.unknownFields = unknownFields
    }
}

/// A source for the value of an EnvVar; exactly one field is set.
public struct EnvVarSource: Codable, Sendable, Hashable {
    /// A field of the pod, such as `metadata.name` or `status.podIP`.
    public var fieldRef: ObjectFieldSelector?
    /// A resource of the container, such as `limits.cpu`.
    public var resourceFieldRef: ResourceFieldSelector?
    /// A key of a ConfigMap.
    public var configMapKeyRef: ConfigMapKeySelector?
    /// A key of a Secret.
    public var secretKeyRef: SecretKeySelector?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates an `EnvVarSource`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        fieldRef: ObjectFieldSelector? = nil,
        resourceFieldRef: ResourceFieldSelector? = nil,
        configMapKeyRef: ConfigMapKeySelector? = nil,
        secretKeyRef: SecretKeySelector? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.fieldRef = fieldRef
        self.resourceFieldRef = resourceFieldRef
        self.configMapKeyRef = configMapKeyRef
        self.secretKeyRef = secretKeyRef
        self.unknownFields = unknownFields
    }
}

/// Selects a field of an object.
public struct ObjectFieldSelector: Codable, Sendable, Hashable {
    /// Version of the schema the field path is written in; defaults to `v1`.
    public var apiVersion: String?
    /// Path of the field to select.
    public var fieldPath: String
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates an `ObjectFieldSelector`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        fieldPath: String = "",
        unknownFields: UnknownFields? = nil
    ) {
        self.apiVersion = apiVersion
        self.fieldPath = fieldPath
        self.unknownFields = unknownFields
    }
}

/// Selects a resource of a container (`limits.cpu`, `requests.memory`, …).
public struct ResourceFieldSelector: Codable, Sendable, Hashable {
    public var containerName: String?
    public var resource: String
    public var divisor: Quantity?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ResourceFieldSelector`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        containerName: String? = nil,
        resource: String = "",
        divisor: Quantity? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.containerName = containerName
        self.resource = resource
        self.divisor = divisor
        self.unknownFields = unknownFields
    }
}

/// Selects a key of a ConfigMap.
public struct ConfigMapKeySelector: Codable, Sendable, Hashable {
    /// Name of the ConfigMap.
    public var name: String?
    public var key: String
    /// Whether the ConfigMap or its key may be missing.
    public var optional: Bool?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ConfigMapKeySelector`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        name: String? = nil,
        key: String = "",
        optional: Bool? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.name = name
        self.key = key
        self.optional = optional
        self.unknownFields = unknownFields
    }
}

/// Selects a key of a Secret.
public struct SecretKeySelector: Codable, Sendable, Hashable {
    /// Name of the Secret.
    public var name: String?
    public var key: String
    /// Whether the Secret or its key may be missing.
    public var optional: Bool?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `SecretKeySelector`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        name: String? = nil,
        key: String = "",
        optional: Bool? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.name = name
        self.key = key
        self.optional = optional
        self.unknownFields = unknownFields
    }
}

/// A source of a set of environment variables: every key of a ConfigMap or Secret.
public struct EnvFromSource: Codable, Sendable, Hashable {
    /// A prefix added to each key.
    public var prefix: String?
    public var configMapRef: ConfigMapEnvSource?
    public var secretRef: SecretEnvSource?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates an `EnvFromSource`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        prefix: String? = nil,
        configMapRef: ConfigMapEnvSource? = nil,
        secretRef: SecretEnvSource? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.prefix = prefix
        self.configMapRef = configMapRef
        self.secretRef = secretRef
        self.unknownFields = unknownFields
    }
}

/// A ConfigMap whose keys become environment variables.
public struct ConfigMapEnvSource: Codable, Sendable, Hashable {
    public var name: String?
    public var optional: Bool?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ConfigMapEnvSource`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        name: String? = nil,
        optional: Bool? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.name = name
        self.optional = optional
        self.unknownFields = unknownFields
    }
}

/// A Secret whose keys become environment variables.
public struct SecretEnvSource: Codable, Sendable, Hashable {
    public var name: String?
    public var optional: Bool?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `SecretEnvSource`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        name: String? = nil,
        optional: Bool? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.name = name
        self.optional = optional
        self.unknownFields = unknownFields
    }
}
