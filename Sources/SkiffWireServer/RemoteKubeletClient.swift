import SkiffAPI
import SkiffAPIServer
import SkiffClient
import SkiffLoop
import SkiffWire

/// How the API server of a split cluster reaches the kubelets of `skiff node` processes: it
/// reads the pod's Node, and talks to the node agent (`KubeletRequestHandler`) at the Node's
/// `InternalIP` and `status.daemonEndpoints.kubeletEndpoint.Port`, as kube-apiserver dials
/// the kubelet at the address and port the Node reports.
///
/// Contract: one `RemoteClient` per node endpoint is kept and reused (it reconnects by itself;
/// a Node that reports a new endpoint gets a new client and the old one is closed). A Node with
/// no endpoint or no `InternalIP`, or an endpoint that cannot be connected, is
/// `ServiceUnavailable` naming the node. `close()` closes every cached client.
///
/// **Isolation.** An actor on `loop` (the API server's).
public actor RemoteKubeletClient: KubeletClient, LoopBound {
    public nonisolated let loop: EventLoop
    private let nodes: any APIClient
    private let time: (any TimeSource)?
    private let options: RemoteClient.Options
    /// By node name: the endpoint and the connection (being made, or made) to it.
    private var connections: [String: (address: SocketAddress, client: Task<RemoteClient, any Error>)] = [:]

    /// - Parameters:
    ///   - nodes: where Nodes are read (the API server itself).
    ///   - time: the clock of the node connections' heartbeats (the system clock when nil).
    public init(nodes: any APIClient, loop: EventLoop, time: (any TimeSource)? = nil, options: RemoteClient.Options = RemoteClient.Options()) {
        self.nodes = nodes
        self.loop = loop
        self.time = time
        self.options = options
    }

    public func logs(of pod: Pod, container: String, options: PodLogOptions) async throws -> PodLogStream {
        let node = try await nodes.get(Node.self, name: pod.spec?.nodeName ?? "")
        var options = options
        options.container = container
        return try await client(for: node).podLogs(name: pod.metadata.name ?? "", namespace: pod.metadata.namespace, options: options)
    }

    public func podMetrics(on node: Node) async throws -> [PodMetrics] {
        try await client(for: node).podMetrics(namespace: nil)
    }

    public func nodeMetrics(of node: Node) async throws -> NodeMetrics {
        guard let metrics = try await client(for: node).nodeMetrics().first else {
            throw Status.unavailable("node \(node.metadata.name ?? "") reported no metrics")
        }
        return metrics
    }

    /// Closes every node connection.
    public func close() async {
        let open = connections.values.map(\.client)
        connections = [:]
        for task in open {
            if let client = try? await task.value { await client.close() }
        }
    }

    /// The node agent's address as its Node reports it (kubelet endpoint port and InternalIP).
    static func endpoint(of node: Node) throws -> SocketAddress {
        let name = node.metadata.name ?? ""
        guard let port = node.status?.daemonEndpoints?.kubeletEndpoint?.Port, port > 0 else {
            throw Status.unavailable("node \(name) reports no kubelet endpoint (status.daemonEndpoints.kubeletEndpoint); its kubelet serves no logs or metrics")
        }
        guard let ip = node.status?.addresses?.first(where: { $0.type == .internalIP })?.address, !ip.isEmpty else {
            throw Status.unavailable("node \(name) reports no InternalIP address; its kubelet cannot be reached")
        }
        return SocketAddress(host: ip, port: Int(port))
    }

    private func client(for node: Node) async throws -> RemoteClient {
        let name = node.metadata.name ?? ""
        let address = try Self.endpoint(of: node)
        if let cached = connections[name], cached.address != address {
            connections[name] = nil
            cached.client.cancel()
            Task { [task = cached.client] in if let client = try? await task.value { await client.close() } }
        }
        let task: Task<RemoteClient, any Error>
        if let cached = connections[name] {
            task = cached.client
        } else {
            task = Task { [options, time, loop] in
                try await RemoteClient.connect(to: address, options: options, time: time, on: loop)
            }
            connections[name] = (address, task)
        }
        do {
            return try await task.value
        } catch {
            // Forget a failed attempt (if no newer one replaced it) so the next call tries again.
            if connections[name]?.client == task { connections[name] = nil }
            throw Status.unavailable("node \(name)'s kubelet at \(address) cannot be reached: \(Status.from(error).message ?? "\(error)")")
        }
    }
}
