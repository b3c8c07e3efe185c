import SkiffAPI
import SkiffAPIServer
import SkiffWire

/// A node agent's side of the wire (upstream's kubelet server on port 10250): serves the API
/// server's `RemoteKubeletClient` the logs and metrics of the pods on one node, read through a
/// `KubeletClient` in the node's process.
///
/// Requests served, and nothing else (`MethodNotAllowed`): `get pods/log` (namespace, name and
/// `logOptions.container`, which the API server has already checked), `list
/// pods.metrics.k8s.io` (filtered by namespace when one is given) and `list nodes.metrics.k8s.io`.
public struct KubeletRequestHandler: WireRequestServing {
    /// The node served.
    public let nodeName: String
    private let kubelet: any KubeletClient

    /// Serves node `nodeName` from `kubelet`.
    public init(nodeName: String, kubelet: any KubeletClient) {
        self.nodeName = nodeName
        self.kubelet = kubelet
    }

    public func handle(_ request: WireRequest) async throws -> WireOutcome {
        let node = Node(metadata: ObjectMeta(name: nodeName))
        switch (request.verb, request.resource, request.subresource) {
        case (.get, Pod.resourceInfo.qualifiedResource, .log?):
            guard let name = request.name, !name.isEmpty,
                  let container = request.logOptions?.container, !container.isEmpty else {
                throw Status.badRequest("a log request names the pod and the container")
            }
            // The kubelet knows its pods by namespace and name: that is all the pod needs here.
            let pod = Pod(
                metadata: ObjectMeta(name: name, namespace: request.namespace ?? "default"),
                spec: PodSpec(containers: [], nodeName: nodeName)
            )
            let stream = try await kubelet.logs(of: pod, container: container, options: request.logOptions ?? PodLogOptions())
            return .stream(WireStreamRelay(
                next: { actor in try await stream.next(isolation: actor) },
                cancel: { stream.cancel() }
            ))
        case (.list, WireRequest.podMetricsResource, nil):
            let metrics = try await kubelet.podMetrics(on: node)
                .filter { request.namespace == nil || $0.metadata.namespace == request.namespace }
            return .payload(try JSONCodec.encode(metrics))
        case (.list, WireRequest.nodeMetricsResource, nil):
            return .payload(try JSONCodec.encode([try await kubelet.nodeMetrics(of: node)]))
        default:
            let target = request.subresource.map { "\(request.resource)/\($0.rawValue)" } ?? request.resource
            throw Status.methodNotAllowed("node \(nodeName) does not serve \(request.verb.rawValue) on \(target)")
        }
    }
}
