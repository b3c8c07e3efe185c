/// A mapping from a priority class name to the integer priority of the pods that name it
/// (scheduling.k8s.io/v1 PriorityClass). Cluster-scoped; the API server's priority admission
/// turns a pod's `spec.priorityClassName` into `spec.priority` and `spec.preemptionPolicy`.
public struct PriorityClass: APIObject, Hashable {
    public static let resourceInfo = ResourceInfo(
        group: "scheduling.k8s.io", kind: "PriorityClass", plural: "priorityclasses", shortNames: ["pc"], isNamespaced: false
    )

    /// The name of the class every cluster has for node-critical pods, and its value.
    public static let systemNodeCritical = (name: "system-node-critical", value: Int32(2_000_001_000))
    /// The name of the class every cluster has for cluster-critical pods, and its value.
    public static let systemClusterCritical = (name: "system-cluster-critical", value: Int32(2_000_000_000))
    /// The largest value a user-defined class may have; higher values are reserved for `system-` classes.
    public static let highestUserDefinablePriority: Int32 = 1_000_000_000
    /// Names with this prefix are reserved for the built-in classes.
    public static let systemPrefix = "system-"

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    /// The priority of pods of this class; higher is more important.
    public var value: Int32
    /// Whether pods that name no class get this one. At most one class should set it.
    public var globalDefault: Bool?
    /// When to use this class.
    public var description: String?
    /// Whether pods of this class may preempt lower-priority pods; defaults to `PreemptLowerPriority`.
    public var preemptionPolicy: PreemptionPolicy?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `PriorityClass`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        value: Int32 = 0,
        globalDefault: Bool? = nil,
        description: String? = nil,
        preemptionPolicy: PreemptionPolicy? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.metadata = metadata
        self.value = value
        self.globalDefault = globalDefault
        self.description = description
        self.preemptionPolicy = preemptionPolicy
        self.unknownFields = unknownFields
    }

    /// `preemptionPolicy` defaults to `PreemptLowerPriority`, as in Kubernetes.
    public mutating func applyDefaults() {
        if preemptionPolicy == nil { preemptionPolicy = .preemptLowerPriority }
    }
}
