/// Secret data of a certain type; values are base64-encoded and limited to 1 MiB in total.
public struct Secret: APIObject, Hashable {
    public static let resourceInfo = ResourceInfo(kind: "Secret", plural: "secrets", isNamespaced: true)

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    /// If true, `data` cannot be changed.
    public var immutable: Bool?
    /// Secret values as base64 text, kept as text.
    public var data: [String: String]?
    /// Write-only plain-text values, merged into `data` on write.
    public var stringData: [String: String]?
    /// Opaque (the default) or a type with required keys.
    public var type: SecretType?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `Secret`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        immutable: Bool? = nil,
        data: [String: String]? = nil,
        stringData: [String: String]? = nil,
        type: SecretType? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.metadata = metadata
        self.immutable = immutable
        self.data = data
        self.stringData = stringData
        self.type = type
        self.unknownFields = unknownFields
    }
}

/// The type of a secret, which decides the keys it must have.
public struct SecretType: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let opaque: Self = "Opaque"
    public static let serviceAccountToken: Self = "kubernetes.io/service-account-token"
    public static let dockercfg: Self = "kubernetes.io/dockercfg"
    public static let dockerConfigJSON: Self = "kubernetes.io/dockerconfigjson"
    public static let basicAuth: Self = "kubernetes.io/basic-auth"
    public static let sshAuth: Self = "kubernetes.io/ssh-auth"
    public static let tls: Self = "kubernetes.io/tls"
    public static let bootstrapToken: Self = "bootstrap.kubernetes.io/token"

    public static let knownValues: [Self] = [.opaque, .serviceAccountToken, .dockercfg, .dockerConfigJSON, .basicAuth, .sshAuth, .tls, .bootstrapToken]
}
