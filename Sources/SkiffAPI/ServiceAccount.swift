/// An identity for processes that run in a pod.
public struct ServiceAccount: APIObject, Hashable {
    public static let resourceInfo = ResourceInfo(kind: "ServiceAccount", plural: "serviceaccounts", shortNames: ["sa"], isNamespaced: true)

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    public var secrets: [ObjectReference]?
    public var imagePullSecrets: [LocalObjectReference]?
    public var automountServiceAccountToken: Bool?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ServiceAccount`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        secrets: [ObjectReference]? = nil,
        imagePullSecrets: [LocalObjectReference]? = nil,
        automountServiceAccountToken: Bool? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.metadata = metadata
        self.secrets = secrets
        self.imagePullSecrets = imagePullSecrets
        self.automountServiceAccountToken = automountServiceAccountToken
        self.unknownFields = unknownFields
    }
}
