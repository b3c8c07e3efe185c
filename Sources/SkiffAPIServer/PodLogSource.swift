import SkiffAPI
import SkiffClient

/// Where the API server gets container logs: the node agents (kubelets) that run the pods, as
/// kube-apiserver proxies `pods/log` to the kubelet of the pod's node.
public protocol PodLogSource: Sendable {
    /// The log of `container` of `pod`, which is bound to `pod.spec.nodeName`. Throws a `Status`
    /// (`NotFound` when the node does not know the pod or container, `ServiceUnavailable` when the
    /// node cannot be reached).
    func logs(of pod: Pod, container: String, options: PodLogOptions) async throws -> PodLogStream
}
