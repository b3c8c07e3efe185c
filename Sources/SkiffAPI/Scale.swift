// Scale is not stored: it is the body of the `scale` subresource of Deployments, ReplicaSets and
// StatefulSets (`…/deployments/web/scale`), with the group kubectl expects there.

/// A scaling request for a resource.
public struct Scale: APIObject, Hashable {
    public static let resourceInfo = ResourceInfo(group: "autoscaling", kind: "Scale", plural: "scales", isNamespaced: true)

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    public var spec: ScaleSpec?
    public var status: ScaleStatus?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `Scale`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        spec: ScaleSpec? = nil,
        status: ScaleStatus? = nil,
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

/// The attributes of a scale subresource.
public struct ScaleSpec: Codable, Sendable, Hashable {
    /// The desired number of instances.
    public var replicas: Int32?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ScaleSpec`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        replicas: Int32? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.replicas = replicas
        self.unknownFields = unknownFields
    }
}

/// The current status of a scale subresource; `replicas` is always present.
public struct ScaleStatus: Codable, Sendable, Hashable {
    /// The actual number of observed instances.
    public var replicas: Int32
    /// The label query over the pods counted in `replicas`, in string form.
    public var selector: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ScaleStatus`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        replicas: Int32 = 0,
        selector: String? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.replicas = replicas
        self.selector = selector
        self.unknownFields = unknownFields
    }
}
