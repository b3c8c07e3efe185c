/// The description of the pods a workload creates.
public struct PodTemplateSpec: Codable, Sendable, Hashable {
    /// The pods' metadata (labels, annotations).
    public var metadata: ObjectMeta?
    /// The pods' specification.
    public var spec: PodSpec?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `PodTemplateSpec`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        metadata: ObjectMeta? = nil,
        spec: PodSpec? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.metadata = metadata
        self.spec = spec
        self.unknownFields = unknownFields
    }
}
