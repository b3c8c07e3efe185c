import SkiffAPI
import SkiffClient

// The `log` subresource of pods: checked here, served by the node running the pod.
extension APIServer {
    /// Sets (or clears) how the node agents are reached for logs and metrics.
    public func setKubeletClient(_ client: (any KubeletClient)?) {
        kubeletClient = client
    }

    /// A container's log; see `APIClient.podLogs`. Kubernetes' checks and messages: the
    /// container must be named when the pod has several, must exist, and the pod must be on a node.
    public func podLogs(name: String, namespace: String?, options: PodLogOptions) async throws -> PodLogStream {
        let pod = try await get(Pod.self, name: name, namespace: namespace)
        let containers = (pod.spec?.containers ?? []).map(\.name)
        let initContainers = (pod.spec?.initContainers ?? []).map(\.name)
        let container: String
        if let requested = options.container, !requested.isEmpty {
            guard containers.contains(requested) || initContainers.contains(requested) else {
                throw Status.badRequest("container \(requested) is not valid for pod \(name)")
            }
            container = requested
        } else if containers.count == 1 {
            container = containers[0]
        } else {
            var message = "a container name must be specified for pod \(name), choose one of: [\(containers.joined(separator: " "))]"
            if !initContainers.isEmpty {
                message += " or one of the init containers: [\(initContainers.joined(separator: " "))]"
            }
            throw Status.badRequest(message)
        }
        guard let node = pod.spec?.nodeName, !node.isEmpty else {
            throw Status.badRequest("container \"\(container)\" in pod \"\(name)\" is waiting to start: ContainerCreating")
        }
        guard let source = kubeletClient else {
            throw Status.unavailable("no node agent serves logs for node \(node)")
        }
        return try await source.logs(of: pod, container: container, options: options)
    }
}
