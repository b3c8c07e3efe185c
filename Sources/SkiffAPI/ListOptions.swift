/// Options of a list (Kubernetes' `metav1.ListOptions`, list part).
public struct ListOptions: Codable, Sendable, Hashable {
    /// A label selector in string form (`app=web,tier in (a,b),!canary`).
    public var labelSelector: String?
    /// A field selector (`metadata.name=x,spec.nodeName=n1`).
    public var fieldSelector: String?
    /// At most this many items; a `continue` token is returned when more remain.
    public var limit: Int?
    /// The token from the previous page.
    public var `continue`: String?

    public init(labelSelector: String? = nil, fieldSelector: String? = nil, limit: Int? = nil, continue: String? = nil) {
        self.labelSelector = labelSelector
        self.fieldSelector = fieldSelector
        self.limit = limit
        self.continue = `continue`
    }
}

/// Options of a watch (Kubernetes' `metav1.ListOptions` with `watch=true`).
///
/// Where the watch starts follows Kubernetes: no `resourceVersion` (or `sendInitialEvents`) →
/// synthetic `ADDED` events for every current object, then changes; `"0"` → the same;
/// `"N"` → only changes after revision N (410 `Expired` if N is older than the kept history).
public struct WatchOptions: Codable, Sendable, Hashable {
    public var resourceVersion: String?
    public var labelSelector: String?
    public var fieldSelector: String?
    /// Send `BOOKMARK` events carrying the latest resourceVersion now and then.
    public var allowWatchBookmarks: Bool
    /// Start with `ADDED` events for existing objects followed by a bookmark annotated
    /// `k8s.io/initial-events-end: "true"` (the "watch-list" protocol).
    public var sendInitialEvents: Bool?

    public init(
        resourceVersion: String? = nil, labelSelector: String? = nil, fieldSelector: String? = nil,
        allowWatchBookmarks: Bool = false, sendInitialEvents: Bool? = nil
    ) {
        self.resourceVersion = resourceVersion
        self.labelSelector = labelSelector
        self.fieldSelector = fieldSelector
        self.allowWatchBookmarks = allowWatchBookmarks
        self.sendInitialEvents = sendInitialEvents
    }
}

/// Options of a delete (Kubernetes' `metav1.DeleteOptions`).
public struct DeleteOptions: Codable, Sendable, Hashable {
    /// How owned objects are treated: `Orphan`, `Background` (the default) or `Foreground`.
    public enum PropagationPolicy: String, Codable, Sendable, Hashable {
        case orphan = "Orphan"
        case background = "Background"
        case foreground = "Foreground"
    }

    /// Seconds before the object is removed (pods); 0 deletes at once. Nil: the object's default.
    public var gracePeriodSeconds: Int64?
    public var propagationPolicy: PropagationPolicy?
    /// Delete only if the object still has this uid / resourceVersion.
    public var preconditions: Preconditions?

    /// Preconditions of a delete.
    public struct Preconditions: Codable, Sendable, Hashable {
        public var uid: String?
        public var resourceVersion: String?
        public init(uid: String? = nil, resourceVersion: String? = nil) {
            self.uid = uid
            self.resourceVersion = resourceVersion
        }
    }

    public init(gracePeriodSeconds: Int64? = nil, propagationPolicy: PropagationPolicy? = nil, preconditions: Preconditions? = nil) {
        self.gracePeriodSeconds = gracePeriodSeconds
        self.propagationPolicy = propagationPolicy
        self.preconditions = preconditions
    }
}

/// A patch body and how to apply it.
public struct Patch: Sendable, Hashable {
    /// The patch formats, with their HTTP content types.
    public enum PatchType: String, Sendable, Hashable, Codable {
        /// RFC 7386: maps merge, `null` deletes, lists replace.
        case merge = "application/merge-patch+json"
        /// RFC 6902: a list of operations.
        case json = "application/json-patch+json"
        /// Kubernetes' strategic merge patch (lists of objects merged by key).
        case strategicMerge = "application/strategic-merge-patch+json"
    }

    public var type: PatchType
    /// The patch document as JSON bytes.
    public var body: [UInt8]

    public init(type: PatchType, body: [UInt8]) {
        self.type = type
        self.body = body
    }

    /// A merge patch from a JSON string.
    public static func merge(_ json: String) -> Patch { Patch(type: .merge, body: Array(json.utf8)) }
}

/// The subresources a client may address.
public enum Subresource: String, Sendable, Hashable, Codable {
    case status
    case scale
    case binding
    /// A pod's container logs (read only, streamed).
    case log
}
