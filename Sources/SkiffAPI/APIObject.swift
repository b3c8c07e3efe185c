/// What every stored Kubernetes object is: a `metadata` block plus a kind-specific body.
///
/// Conforming types mirror Kubernetes' JSON exactly (field names, optionality), keep the JSON
/// fields they do not model in a trailing `unknownFields` property (see `UnknownFields`), and
/// describe their REST resource in `resourceInfo`. The API server handles every kind through this
/// protocol: nothing in it is specific to one kind.
public protocol APIObject: Codable, Sendable, Equatable {
    /// Group, version, kind, plural name and scope of this kind.
    static var resourceInfo: ResourceInfo { get }
    /// `TypeMeta.apiVersion`; the API server sets it on every object it returns.
    var apiVersion: String? { get set }
    /// `TypeMeta.kind`; the API server sets it on every object it returns.
    var kind: String? { get set }
    var metadata: ObjectMeta { get set }

    /// Fills in Kubernetes' defaults (`restartPolicy: Always`, `protocol: TCP`, …). Idempotent.
    mutating func applyDefaults()
    /// Checks the object on its own (names, required fields, enums). Empty means valid.
    func validate() -> [FieldError]
    /// Checks an update against the stored object (immutable fields). Empty means valid.
    func validateUpdate(from old: Self) -> [FieldError]

    /// Field names a field selector may use for this kind, beyond `metadata.name` and
    /// `metadata.namespace` (e.g. `spec.nodeName` for pods).
    static var selectableFields: Set<String> { get }
    /// The value of a selectable field, as a string (`""` for an unset field), or nil when the
    /// field is not selectable.
    func fieldValue(_ path: String) -> String?
}

extension APIObject {
    public mutating func applyDefaults() {}
    public func validate() -> [FieldError] { [] }
    public func validateUpdate(from old: Self) -> [FieldError] { [] }
    public static var selectableFields: Set<String> { [] }
    public func fieldValue(_ path: String) -> String? { metadataFieldValue(path) }

    /// `metadata.name` and `metadata.namespace`: selectable on every kind.
    public func metadataFieldValue(_ path: String) -> String? {
        switch path {
        case "metadata.name": return metadata.name ?? ""
        case "metadata.namespace": return metadata.namespace ?? ""
        default: return nil
        }
    }

    /// `apiVersion` and `kind` filled from `resourceInfo`.
    public mutating func setTypeMeta() {
        apiVersion = Self.resourceInfo.apiVersion
        kind = Self.resourceInfo.kind
    }
}

/// An object with a `status` that is written only through the `status` subresource.
public protocol HasStatus: APIObject {
    associatedtype ObjectStatus: Codable, Sendable, Equatable
    var status: ObjectStatus? { get set }
}

/// A workload with a `scale` subresource (Deployment, ReplicaSet, StatefulSet).
public protocol Scalable: APIObject {
    /// `spec.replicas` (nil means the kind's default, 1).
    var desiredReplicas: Int32? { get set }
    /// `status.replicas`.
    var observedReplicas: Int32 { get }
    /// The label selector in its string form (`app=web,tier in (a,b)`), as `Scale.status.selector`.
    var selectorString: String { get }
}

/// The REST identity of a kind: where it lives in the API and how clients may name it.
public struct ResourceInfo: Sendable, Hashable {
    /// API group; empty for the core group.
    public var group: String
    public var version: String
    public var kind: String
    /// Plural resource name as in URLs (`pods`, `deployments`).
    public var plural: String
    public var singular: String
    /// kubectl short names (`po`, `deploy`).
    public var shortNames: [String]
    public var isNamespaced: Bool
    /// Discovery categories (`all`).
    public var categories: [String]

    public init(
        group: String = "", version: String = "v1", kind: String, plural: String, singular: String? = nil,
        shortNames: [String] = [], isNamespaced: Bool, categories: [String] = []
    ) {
        self.group = group
        self.version = version
        self.kind = kind
        self.plural = plural
        self.singular = singular ?? kind.lowercased()
        self.shortNames = shortNames
        self.isNamespaced = isNamespaced
        self.categories = categories
    }

    /// `v1` or `apps/v1`.
    public var apiVersion: String { group.isEmpty ? version : "\(group)/\(version)" }
    /// `PodList`.
    public var listKind: String { kind + "List" }
    /// `pods` or `deployments.apps`, as in error messages.
    public var qualifiedResource: String { group.isEmpty ? plural : "\(plural).\(group)" }
}

/// A list of objects in Kubernetes' shape: `{"kind":"PodList","apiVersion":"v1","metadata":{…},"items":[…]}`.
/// `items` is always present (`[]` when empty), as clients require.
public struct ObjectList<Object: APIObject>: Codable, Sendable, Equatable {
    public var apiVersion: String?
    public var kind: String?
    public var metadata: ListMeta
    public var items: [Object]

    public init(items: [Object], metadata: ListMeta = ListMeta()) {
        self.apiVersion = Object.resourceInfo.apiVersion
        self.kind = Object.resourceInfo.listKind
        self.metadata = metadata
        self.items = items
    }

    private enum CodingKeys: String, CodingKey { case apiVersion, kind, metadata, items }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        apiVersion = try container.decodeIfPresent(String.self, forKey: .apiVersion)
        kind = try container.decodeIfPresent(String.self, forKey: .kind)
        metadata = try container.decodeIfPresent(ListMeta.self, forKey: .metadata) ?? ListMeta()
        items = try container.decodeIfPresent([Object].self, forKey: .items) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(apiVersion ?? Object.resourceInfo.apiVersion, forKey: .apiVersion)
        try container.encode(kind ?? Object.resourceInfo.listKind, forKey: .kind)
        try container.encode(metadata, forKey: .metadata)
        try container.encode(items, forKey: .items)
    }
}

/// The type of a watch event, as Kubernetes spells it on the wire.
public enum WatchEventType: String, Codable, Sendable, Hashable {
    case added = "ADDED"
    case modified = "MODIFIED"
    case deleted = "DELETED"
    case bookmark = "BOOKMARK"
    case error = "ERROR"
}

/// One event of a watch of objects of one kind. A `DELETED` event carries the object's last state
/// with the resourceVersion of the deletion; a `BOOKMARK` carries only `metadata.resourceVersion`
/// (and, ending the initial events, the `k8s.io/initial-events-end` annotation).
/// Errors are not events here: a watch stream ends by throwing a `Status` (e.g. `Expired`).
public struct WatchEvent<Object: APIObject>: Sendable, Equatable {
    public var type: WatchEventType
    public var object: Object {
        // Bytes encoded from the old object would be wrong for the new one.
        didSet { sharedEncoding = nil }
    }
    /// `object`'s JSON, encoded once for every watcher's copy of this event when the API server's
    /// watch cache fanned it out (see `SharedEncoding`); nil otherwise, and after `object` changed.
    package var sharedEncoding: SharedEncoding?

    public init(type: WatchEventType, object: Object) {
        self.type = type
        self.object = object
    }

    package init(type: WatchEventType, object: Object, sharedEncoding: SharedEncoding?) {
        self.type = type
        self.object = object
        self.sharedEncoding = sharedEncoding
    }

    /// Same type and object: how the object's bytes are cached is not part of the event.
    public static func == (lhs: WatchEvent, rhs: WatchEvent) -> Bool {
        lhs.type == rhs.type && lhs.object == rhs.object
    }
}
