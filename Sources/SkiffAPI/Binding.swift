// A Binding is not stored: it is the body of `POST …/pods/{name}/binding`, which sets the pod's
// `spec.nodeName` (the scheduler's one write).

/// Ties one object to another; for example, a pod is bound to a node by a scheduler.
public struct Binding: APIObject, Hashable {
    public static let resourceInfo = ResourceInfo(kind: "Binding", plural: "bindings", isNamespaced: true)

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    /// The object to bind to (a Node).
    public var target: ObjectReference
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `Binding`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        target: ObjectReference = ObjectReference(),
        unknownFields: UnknownFields? = nil
    ) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.metadata = metadata
        self.target = target
        self.unknownFields = unknownFields
    }
}
