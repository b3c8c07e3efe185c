/// Non-confidential configuration data for pods to consume.
public struct ConfigMap: APIObject, Hashable {
    public static let resourceInfo = ResourceInfo(kind: "ConfigMap", plural: "configmaps", shortNames: ["cm"], isNamespaced: true)

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    /// If true, `data` and `binaryData` cannot be changed.
    public var immutable: Bool?
    /// UTF-8 configuration data.
    public var data: [String: String]?
    /// Binary data, base64-encoded on the wire and kept as that text.
    public var binaryData: [String: String]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ConfigMap`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        immutable: Bool? = nil,
        data: [String: String]? = nil,
        binaryData: [String: String]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.metadata = metadata
        self.immutable = immutable
        self.data = data
        self.binaryData = binaryData
        self.unknownFields = unknownFields
    }
}
