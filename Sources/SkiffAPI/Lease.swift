/// A lease concept: a holder and a time it is held until (node heartbeats, leader election).
public struct Lease: APIObject, Hashable {
    public static let resourceInfo = ResourceInfo(group: "coordination.k8s.io", kind: "Lease", plural: "leases", isNamespaced: true)

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    public var spec: LeaseSpec?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `Lease`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        spec: LeaseSpec? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.metadata = metadata
        self.spec = spec
        self.unknownFields = unknownFields
    }
}

/// The specification of a lease.
public struct LeaseSpec: Codable, Sendable, Hashable {
    /// The current holder.
    public var holderIdentity: String?
    /// How long candidates wait to force-acquire the lease, counted from `renewTime`.
    public var leaseDurationSeconds: Int32?
    /// When the current holder acquired the lease.
    public var acquireTime: MicroTime?
    /// When the current holder last renewed the lease.
    public var renewTime: MicroTime?
    /// How many times the holder has changed.
    public var leaseTransitions: Int32?
    public var strategy: String?
    public var preferredHolder: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `LeaseSpec`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        holderIdentity: String? = nil,
        leaseDurationSeconds: Int32? = nil,
        acquireTime: MicroTime? = nil,
        renewTime: MicroTime? = nil,
        leaseTransitions: Int32? = nil,
        strategy: String? = nil,
        preferredHolder: String? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.holderIdentity = holderIdentity
        self.leaseDurationSeconds = leaseDurationSeconds
        self.acquireTime = acquireTime
        self.renewTime = renewTime
        self.leaseTransitions = leaseTransitions
        self.strategy = strategy
        self.preferredHolder = preferredHolder
        self.unknownFields = unknownFields
    }
}
