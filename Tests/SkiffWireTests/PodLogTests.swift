import SkiffAPI
import SkiffAPIServer
import SkiffAPITesting
import SkiffClient
import SkiffLoop
import Synchronization
import Testing

/// The `log` subresource: checked by the API server, served by the node's agent, streamed the
/// same way in process and over TCP.
@Suite("Pod logs: checks, and streaming in process and over TCP")
struct PodLogTests {
    /// A node agent whose logs the test writes: each request gets a channel the test feeds.
    final class FakeNodeLogs: KubeletClient {
        private let opened = Mutex<[(String, PodLogStream)]>([])

        func logs(of pod: Pod, container: String, options: PodLogOptions) async throws -> PodLogStream {
            guard pod.spec?.nodeName == "node-1" else { throw Status.unavailable("no such node") }
            let stream = PodLogStream(capacity: 64) { Status.expired("too slow") }
            stream.send(Array("\(pod.metadata.name ?? "")/\(container)\(options.previous ? " (previous)" : "")\n".utf8))
            if !options.follow { stream.finish() }
            opened.withLock { $0.append((container, stream)) }
            return stream
        }

        /// The stream opened last (the one a follow is reading).
        var latest: PodLogStream? { opened.withLock { $0.last?.1 } }
    }

    private func text(of stream: PodLogStream) async throws -> String {
        var bytes: [UInt8] = []
        while let chunk = try await stream.next() { bytes += chunk }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: ClientKind.allCases)
    func theServerChecksTheContainerAndTheNodeLikeKubernetes(_ kind: ClientKind) async throws {
        try await withCluster(kind) { cluster, client in
            var pod = samplePod("two", node: "node-1")
            pod.spec?.containers.append(Container(name: "sidecar", command: ["sleep", "1"]))
            _ = try await client.create(pod)
            _ = try await client.create(samplePod("pending"))
            _ = try await client.create(samplePod("bound", node: "node-1"))

            let unnamed = await status { try await client.podLogs(name: "two", namespace: "default", options: PodLogOptions()) }
            #expect(unnamed?.code == 400)
            #expect(unnamed?.message == "a container name must be specified for pod two, choose one of: [app sidecar]")
            let unknown = await status {
                try await client.podLogs(name: "two", namespace: "default", options: PodLogOptions(container: "nope"))
            }
            #expect(unknown?.message == "container nope is not valid for pod two")
            let waiting = await status { try await client.podLogs(name: "pending", namespace: "default", options: PodLogOptions()) }
            #expect(waiting?.message == "container \"app\" in pod \"pending\" is waiting to start: ContainerCreating")
            let missing = await status { try await client.podLogs(name: "ghost", namespace: "default", options: PodLogOptions()) }
            #expect(missing?.reason == .notFound)
            let noAgent = await status { try await client.podLogs(name: "bound", namespace: "default", options: PodLogOptions()) }
            #expect(noAgent?.code == 503)
        }
    }

    @Test(arguments: ClientKind.allCases)
    func logsAreReadAndFollowed(_ kind: ClientKind) async throws {
        try await withCluster(kind) { cluster, client in
            let logs = FakeNodeLogs()
            await cluster.server.setKubeletClient(logs)
            _ = try await client.create(samplePod("web", node: "node-1"))

            let whole = try await client.podLogs(name: "web", namespace: "default", options: PodLogOptions(previous: true))
            #expect(try await text(of: whole) == "web/app (previous)\n")

            let followed = try await client.podLogs(name: "web", namespace: "default", options: PodLogOptions(follow: true))
            #expect(try await followed.next() == Array("web/app\n".utf8))
            logs.latest?.send(Array("more\n".utf8))
            #expect(try await followed.next() == Array("more\n".utf8))
            logs.latest?.finish()
            #expect(try await followed.next() == nil)
        }
    }
}
