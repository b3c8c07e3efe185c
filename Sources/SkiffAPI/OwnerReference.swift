/// Enough information to identify an owning object; an owning object must be in the same namespace as the dependent, or be cluster-scoped.
public struct OwnerReference: Codable, Sendable, Hashable {
    /// API version of the referent.
    public var apiVersion: String
    /// Kind of the referent.
    public var kind: String
    /// Name of the referent.
    public var name: String
    /// UID of the referent.
    public var uid: String
    /// If true, this reference points to the managing controller.
    public var controller: Bool?
    /// If true, the owner cannot be deleted from the store before this reference is removed (foreground deletion).
    public var blockOwnerDeletion: Bool?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates an `OwnerReference`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String = "",
        kind: String = "",
        name: String = "",
        uid: String = "",
        controller: Bool? = nil,
        blockOwnerDeletion: Bool? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.name = name
        self.uid = uid
        self.controller = controller
        self.blockOwnerDeletion = blockOwnerDeletion
        self.unknownFields = unknownFields
    }
}

extension OwnerReference {
    /// The reference a controller puts on the objects it creates: `controller` and
    /// `blockOwnerDeletion` true (Kubernetes' `metav1.NewControllerRef`).
    public init<Owner: APIObject>(controller owner: Owner) {
        self.init(
            apiVersion: Owner.resourceInfo.apiVersion, kind: Owner.resourceInfo.kind,
            name: owner.metadata.name ?? "", uid: owner.metadata.uid ?? "",
            controller: true, blockOwnerDeletion: true
        )
    }
}
