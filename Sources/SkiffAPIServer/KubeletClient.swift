import SkiffAPI
import SkiffClient

/// How the API server reaches the node agents (kubelets) that run the pods, as kube-apiserver's
/// kubelet client proxies `pods/log` to the kubelet of the pod's node, and as metrics-server
/// scrapes each kubelet for `metrics.k8s.io`.
///
/// Contract: every call names the node it is about; a node this client cannot reach is
/// `ServiceUnavailable` (503) with a message naming the node, and a pod or container the node
/// does not know is `NotFound` / `BadRequest` from the node. Metrics have default
/// implementations that answer 503, so a source of logs only need not serve them.
public protocol KubeletClient: Sendable {
    /// The log of `container` of `pod`, which is bound to `pod.spec.nodeName`.
    func logs(of pod: Pod, container: String, options: PodLogOptions) async throws -> PodLogStream
    /// The usage of the pods running on `node`.
    func podMetrics(on node: Node) async throws -> [PodMetrics]
    /// The usage of `node` itself.
    func nodeMetrics(of node: Node) async throws -> NodeMetrics
}

extension KubeletClient {
    public func podMetrics(on node: Node) async throws -> [PodMetrics] {
        throw Status.unavailable("node \(node.metadata.name ?? "") serves no metrics")
    }

    public func nodeMetrics(of node: Node) async throws -> NodeMetrics {
        throw Status.unavailable("node \(node.metadata.name ?? "") serves no metrics")
    }
}
