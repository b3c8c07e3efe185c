import SkiffAPI

/// The JSON payload of a `request` frame: one `APIClient` call, addressed like a Kubernetes REST
/// path (`resource` is the plural, group-qualified for non-core groups: `pods`,
/// `deployments.apps`).
///
/// Contract: `body` is the object (create, update, bind) or the `Scale` (scale update) as
/// embedded JSON (`WireBody`); a patch travels as its document's text in `patch` with its
/// `patchType`.
/// `updateStatus` is `update` with `subresource: status`; `getScale`/`updateScale` are
/// `get`/`update` with `subresource: scale`; `bind` is `create` on `pods` with
/// `subresource: binding`; `podLogs` is `get` on `pods` with `subresource: log` and
/// `logOptions`, answered like a watch: an empty response, then each chunk of the log as a
/// `watchEvent` frame of raw bytes, then `watchEnd`. A payload that does not decode as a `WireRequest` is a protocol error
/// (the connection is closed); a body that does not fit its kind is a `BadRequest` `Status`.
///
/// Frames carry it as written by `payload()` and read by `init(payload:)` (see
/// WireRequest+JSON.swift); its `Codable` conformance gives the same bytes and errors.
public struct WireRequest: Codable, Sendable, Hashable {
    /// What the request does.
    public enum Verb: String, Codable, Sendable, Hashable {
        case create, get, list, update, patch, delete, watch
    }

    public var verb: Verb
    public var resource: String
    public var namespace: String?
    public var name: String?
    public var subresource: Subresource?
    /// The object or `Scale` for create/update/bind.
    public var body: WireBody?
    /// The patch document's text (JSON), for `patch`.
    public var patch: String?
    public var patchType: Patch.PatchType?
    public var listOptions: ListOptions?
    public var watchOptions: WatchOptions?
    public var deleteOptions: DeleteOptions?
    public var logOptions: PodLogOptions?

    public init(
        verb: Verb, resource: String, namespace: String? = nil, name: String? = nil,
        subresource: Subresource? = nil, body: WireBody? = nil, patch: String? = nil,
        patchType: Patch.PatchType? = nil, listOptions: ListOptions? = nil,
        watchOptions: WatchOptions? = nil, deleteOptions: DeleteOptions? = nil, logOptions: PodLogOptions? = nil
    ) {
        self.verb = verb
        self.resource = resource
        self.namespace = namespace
        self.name = name
        self.subresource = subresource
        self.body = body
        self.patch = patch
        self.patchType = patchType
        self.listOptions = listOptions
        self.watchOptions = watchOptions
        self.deleteOptions = deleteOptions
        self.logOptions = logOptions
    }

    /// The resource of `APIClient.podMetrics` (`list`, namespaced or not): `metrics.k8s.io`'s
    /// pods, answered with a JSON array of `PodMetrics`.
    public static let podMetricsResource = "pods.metrics.k8s.io"
    /// The resource of `APIClient.nodeMetrics` (`list`), answered with a JSON array of `NodeMetrics`.
    public static let nodeMetricsResource = "nodes.metrics.k8s.io"

    /// Whether the answer is a stream (a watch, a log) that lasts until either side ends it.
    public var isStream: Bool { verb == .watch || subresource == .log }
}
