import SkiffAPI
import SkiffClient

// `metrics.k8s.io`: served here by asking the kubelets, where upstream runs metrics-server to
// scrape them. A node that cannot be asked is left out, as metrics-server leaves out a node it
// could not scrape; only when no node answers is its error the answer, so `skiff top` says why.
extension APIServer {
    /// The usage of the running pods in `namespace` (all when nil); see `APIClient.podMetrics`.
    public func podMetrics(namespace: String?) async throws -> [PodMetrics] {
        let pods = try await list(Pod.self, namespace: namespace, options: ListOptions()).items
        let nodeNames = Set(pods.compactMap { $0.spec?.nodeName }.filter { !$0.isEmpty })
        let nodes = try await list(Node.self, namespace: nil, options: ListOptions()).items
            .filter { nodeNames.contains($0.metadata.name ?? "") }
        let answers = try await askEachNode(nodes) { client, node in try await client.podMetrics(on: node) }
        return answers.flatMap { $0 }
            .filter { namespace == nil || $0.metadata.namespace == namespace }
            .sorted { ($0.metadata.namespace ?? "", $0.metadata.name ?? "") < ($1.metadata.namespace ?? "", $1.metadata.name ?? "") }
    }

    /// The usage of every node that answered; see `APIClient.nodeMetrics`.
    public func nodeMetrics() async throws -> [NodeMetrics] {
        let nodes = try await list(Node.self, namespace: nil, options: ListOptions()).items
        return try await askEachNode(nodes) { client, node in try await client.nodeMetrics(of: node) }
            .sorted { ($0.metadata.name ?? "") < ($1.metadata.name ?? "") }
    }

    private func askEachNode<Answer: Sendable>(
        _ nodes: [Node], _ ask: @Sendable (any KubeletClient, Node) async throws -> Answer
    ) async throws -> [Answer] {
        guard let client = kubeletClient else {
            throw Status.unavailable("no node agent serves metrics")
        }
        var answers: [Answer] = []
        var firstError: (any Error)?
        for node in nodes {
            do {
                answers.append(try await ask(client, node))
            } catch {
                firstError = firstError ?? error
            }
        }
        if answers.isEmpty, let firstError { throw firstError }
        return answers
    }
}
