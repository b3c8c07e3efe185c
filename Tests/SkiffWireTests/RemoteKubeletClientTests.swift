import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffAPITesting
import SkiffClient
import SkiffLoop
import SkiffWire
import SkiffWireServer
import Synchronization
import Testing

/// A split cluster's logs and metrics: the API server's `RemoteKubeletClient` finds the node
/// agent from the Node (InternalIP + kubelet endpoint port) and reads it over the wire.
@Suite("Remote kubelet client: logs and metrics from a node agent endpoint")
struct RemoteKubeletClientTests {
    /// A node agent whose logs the test writes and whose metrics are fixed.
    final class FakeNodeAgent: KubeletClient {
        private let opened = Mutex<[PodLogStream]>([])

        func logs(of pod: Pod, container: String, options: PodLogOptions) async throws -> PodLogStream {
            let stream = PodLogStream(capacity: 64) { Status.expired("too slow") }
            stream.send(Array("\(pod.metadata.namespace ?? "")/\(pod.metadata.name ?? "")/\(container) on \(pod.spec?.nodeName ?? "")\n".utf8))
            if !options.follow { stream.finish() }
            opened.withLock { $0.append(stream) }
            return stream
        }

        func podMetrics(on node: Node) async throws -> [PodMetrics] {
            [
                PodMetrics(
                    metadata: ObjectMeta(name: "web", namespace: "default"), timestamp: Time(Date(timeIntervalSince1970: 0)),
                    window: "10s", containers: [ContainerMetrics(name: "app", usage: ["cpu": "12m", "memory": "34Mi"])]
                ),
                PodMetrics(
                    metadata: ObjectMeta(name: "other", namespace: "elsewhere"), timestamp: Time(Date(timeIntervalSince1970: 0)),
                    window: "10s", containers: []
                ),
            ]
        }

        func nodeMetrics(of node: Node) async throws -> NodeMetrics {
            NodeMetrics(
                metadata: ObjectMeta(name: node.metadata.name), timestamp: Time(Date(timeIntervalSince1970: 0)),
                window: "10s", usage: ["cpu": "12m", "memory": "34Mi"]
            )
        }

        var latest: PodLogStream? { opened.withLock { $0.last } }
    }

    /// Registers a Node as a kubelet would: created, then its status with the endpoint.
    private func registerNode(_ name: String, port: Int?, client: any APIClient) async throws {
        var node = try await client.create(Node(metadata: ObjectMeta(name: name)))
        node.status = NodeStatus(
            addresses: [NodeAddress(type: .internalIP, address: "127.0.0.1")],
            daemonEndpoints: port.map { NodeDaemonEndpoints(kubeletEndpoint: DaemonEndpoint(Port: Int32($0))) }
        )
        _ = try await client.updateStatus(node)
    }

    private func text(of stream: PodLogStream) async throws -> String {
        var bytes: [UInt8] = []
        while let chunk = try await stream.next() { bytes += chunk }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func status(_ body: () async throws -> some Any) async -> Status? {
        do {
            _ = try await body()
            return nil
        } catch {
            return Status.from(error)
        }
    }

    @Test(arguments: ClientKind.allCases)
    func logsAndMetricsAreReadFromTheNodeEndpoint(_ kind: ClientKind) async throws {
        try await withCluster(kind) { cluster, client in
            let agent = FakeNodeAgent()
            let endpoint = WireServer(
                handler: KubeletRequestHandler(nodeName: "node-1", kubelet: agent), loop: cluster.loop, onError: { _ in }
            )
            let address = try await endpoint.start(host: "127.0.0.1", port: 0)
            let kubelets = RemoteKubeletClient(nodes: LocalClient(server: cluster.server), loop: cluster.loop)
            await cluster.server.setKubeletClient(kubelets)
            try await registerNode("node-1", port: address.port, client: client)
            _ = try await client.create(samplePod("web", node: "node-1"))

            let whole = try await client.podLogs(name: "web", namespace: "default", options: PodLogOptions())
            #expect(try await text(of: whole) == "default/web/app on node-1\n")

            let followed = try await client.podLogs(name: "web", namespace: "default", options: PodLogOptions(follow: true))
            #expect(try await followed.next() == Array("default/web/app on node-1\n".utf8))
            agent.latest?.send(Array("more\n".utf8))
            #expect(try await followed.next() == Array("more\n".utf8))
            agent.latest?.finish()
            #expect(try await followed.next() == nil)

            let pods = try await client.podMetrics(namespace: "default")
            #expect(pods.map(\.metadata.name) == ["web"])
            #expect(pods.first?.containers.first?.usage["cpu"] == "12m")
            #expect(try await client.podMetrics(namespace: nil).count == 2)
            let nodes = try await client.nodeMetrics()
            #expect(nodes.map(\.metadata.name) == ["node-1"])
            #expect(nodes.first?.usage["memory"] == "34Mi")
            // Every call above went over one cached connection to the node.
            #expect(await endpoint.connectionCount == 1)
            // The node endpoint serves logs and metrics only, not the API.
            let direct = try await RemoteClient.connect(to: address, on: cluster.loop)
            let refused = await status { try await direct.list(Pod.self, namespace: nil, options: ListOptions()) }
            #expect(refused?.code == 405)
            #expect(refused?.message == "node node-1 does not serve list on pods")
            await direct.close()

            await cluster.server.setKubeletClient(nil)
            await kubelets.close()
            await endpoint.stop()
        }
    }

    @Test(arguments: ClientKind.allCases)
    func aNodeWithoutOrBehindItsEndpointIsUnavailable(_ kind: ClientKind) async throws {
        try await withCluster(kind) { cluster, client in
            let kubelets = RemoteKubeletClient(nodes: LocalClient(server: cluster.server), loop: cluster.loop)
            await cluster.server.setKubeletClient(kubelets)
            // A port nobody listens on any more.
            let closed = try await TCPListener.bind(host: "127.0.0.1", port: 0, on: cluster.loop)
            let deadPort = closed.localAddress.port
            await closed.close()
            try await registerNode("silent", port: nil, client: client)
            try await registerNode("gone", port: deadPort, client: client)
            _ = try await client.create(samplePod("quiet", node: "silent"))
            _ = try await client.create(samplePod("lost", node: "gone"))

            let noEndpoint = await status { try await client.podLogs(name: "quiet", namespace: "default", options: PodLogOptions()) }
            #expect(noEndpoint?.code == 503)
            #expect(noEndpoint?.message?.contains("node silent reports no kubelet endpoint") == true)
            let unreachable = await status { try await client.podLogs(name: "lost", namespace: "default", options: PodLogOptions()) }
            #expect(unreachable?.code == 503)
            #expect(unreachable?.message?.contains("node gone's kubelet at 127.0.0.1:\(deadPort) cannot be reached") == true)
            // No node answers metrics: the first node's reason is the answer.
            let metrics = await status { try await client.nodeMetrics() }
            #expect(metrics?.code == 503)

            await cluster.server.setKubeletClient(nil)
            await kubelets.close()
        }
    }
}
