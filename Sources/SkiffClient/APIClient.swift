import SkiffAPI

/// How every component talks to the API server: typed, and the same whether the server is in this
/// process (`LocalClient`) or behind a TCP connection (`RemoteClient`).
///
/// Every method throws a Kubernetes `Status` on failure (`NotFound`, `Conflict`, `Invalid`, …).
/// Objects returned are fresh copies; mutating them changes nothing until they are written back.
public protocol APIClient: Sendable {
    /// Creates `object` (in `object.metadata.namespace` for namespaced kinds) and returns it as stored.
    func create<Object: APIObject>(_ object: Object) async throws -> Object
    /// Reads one object.
    func get<Object: APIObject>(_ type: Object.Type, name: String, namespace: String?) async throws -> Object
    /// Lists objects; see `ListOptions`.
    func list<Object: APIObject>(_ type: Object.Type, namespace: String?, options: ListOptions) async throws -> ObjectList<Object>
    /// Replaces spec and metadata (not status); `metadata.resourceVersion` guards the write when set.
    func update<Object: APIObject>(_ object: Object) async throws -> Object
    /// Replaces the status only, through the `status` subresource.
    func updateStatus<Object: HasStatus>(_ object: Object) async throws -> Object
    /// Applies a patch to the main resource (or to its status with `subresource: .status`).
    func patch<Object: APIObject>(
        _ type: Object.Type, name: String, namespace: String?, patch: Patch, subresource: Subresource?
    ) async throws -> Object
    /// Deletes one object; returns it as it is after the call (with `deletionTimestamp` set when
    /// finalizers or a grace period keep it), or as it was when it is gone.
    func delete<Object: APIObject>(
        _ type: Object.Type, name: String, namespace: String?, options: DeleteOptions
    ) async throws -> Object
    /// Watches objects of one kind; see `WatchOptions` for where the watch starts.
    /// The stream ends by throwing `Status` `Expired` (410) when the start is too old or the
    /// consumer fell too far behind: re-list then.
    func watch<Object: APIObject>(_ type: Object.Type, namespace: String?, options: WatchOptions) async throws -> WatchStream<Object>
    /// Binds a pod to a node (the `binding` subresource).
    func bind(_ binding: Binding) async throws
    /// Reads the `scale` subresource.
    func getScale<Object: Scalable>(_ type: Object.Type, name: String, namespace: String?) async throws -> Scale
    /// Writes the `scale` subresource (only `spec.replicas` is taken).
    func updateScale<Object: Scalable>(_ type: Object.Type, scale: Scale) async throws -> Scale
    /// Reads a container's log (the pod's `log` subresource), served by the node running it.
    /// Ends after what was written so far, or keeps streaming with `options.follow` until the
    /// container stops or the stream is cancelled.
    func podLogs(name: String, namespace: String?, options: PodLogOptions) async throws -> PodLogStream
    /// The usage of the running pods in `namespace` (all namespaces when nil), as
    /// `metrics.k8s.io` serves it, measured by the nodes running them. Throws
    /// `ServiceUnavailable` when no node agent can be asked.
    func podMetrics(namespace: String?) async throws -> [PodMetrics]
    /// The usage of every node that answered, as `metrics.k8s.io` serves it.
    func nodeMetrics() async throws -> [NodeMetrics]
}

extension APIClient {
    /// Clients that cannot reach nodes serve no logs.
    public func podLogs(name: String, namespace: String?, options: PodLogOptions) async throws -> PodLogStream {
        throw Status.methodNotAllowed("this client does not serve pod logs")
    }

    /// Clients that cannot reach nodes serve no metrics.
    public func podMetrics(namespace: String?) async throws -> [PodMetrics] {
        throw Status.methodNotAllowed("this client does not serve pod metrics")
    }

    /// Clients that cannot reach nodes serve no metrics.
    public func nodeMetrics() async throws -> [NodeMetrics] {
        throw Status.methodNotAllowed("this client does not serve node metrics")
    }

    public func get<Object: APIObject>(_ type: Object.Type, name: String) async throws -> Object {
        try await get(type, name: name, namespace: nil)
    }

    public func list<Object: APIObject>(
        _ type: Object.Type, namespace: String? = nil, labelSelector: String? = nil, fieldSelector: String? = nil
    ) async throws -> ObjectList<Object> {
        try await list(type, namespace: namespace, options: ListOptions(labelSelector: labelSelector, fieldSelector: fieldSelector))
    }

    public func delete<Object: APIObject>(_ type: Object.Type, name: String, namespace: String? = nil) async throws -> Object {
        try await delete(type, name: name, namespace: namespace, options: DeleteOptions())
    }

    public func watch<Object: APIObject>(
        _ type: Object.Type, namespace: String? = nil, resourceVersion: String? = nil,
        labelSelector: String? = nil, fieldSelector: String? = nil
    ) async throws -> WatchStream<Object> {
        try await watch(
            type, namespace: namespace,
            options: WatchOptions(resourceVersion: resourceVersion, labelSelector: labelSelector, fieldSelector: fieldSelector)
        )
    }
}
