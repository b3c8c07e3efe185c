// Only the shape a StatefulSet's `volumeClaimTemplates` needs: Skiff has no storage, so the
// claim's spec and status stay in `unknownFields`.

/// A user's request for and claim to a persistent volume; only its metadata is modelled.
public struct PersistentVolumeClaim: Codable, Sendable, Hashable {
    public var apiVersion: String?
    public var kind: String?
    public var metadata: ObjectMeta?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `PersistentVolumeClaim`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.metadata = metadata
        self.unknownFields = unknownFields
    }
}
