import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffAPITesting
import SkiffClient
import SkiffLoop
import SkiffLoopTesting
import SkiffWire
import SkiffWireServer
import Testing

/// Heartbeats find dead peers on both sides; a lost connection is re-established and informers
/// resume without losing or repeating an event.
@Suite("Wire: heartbeats, goAway and reconnection")
struct ReconnectTests {
    /// A server that says hello on every connection it accepts and then never answers: a peer
    /// whose process hangs.
    private actor SilentServer: LoopBound {
        nonisolated let loop: EventLoop
        private let listener: TCPListener
        private var accepted: [TCPConnection] = []
        private var acceptWaiters: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []
        private var acceptTask: Task<Void, Never>?

        init(listener: TCPListener) {
            self.loop = listener.loop
            self.listener = listener
        }

        static func start(on loop: EventLoop) async throws -> SilentServer {
            let server = SilentServer(listener: try await TCPListener.bind(host: "127.0.0.1", port: 0, on: loop))
            await server.run()
            return server
        }

        nonisolated var address: SocketAddress { listener.localAddress }

        private func run() {
            acceptTask = Task {
                while let connection = try? await listener.accept() {
                    accepted.append(connection)
                    let hello = Frame(type: .hello, streamID: 0, payload: (try? JSONCodec.encode(WireHello())) ?? [])
                    try? await connection.write(hello.serialized())
                    let ready = acceptWaiters.filter { $0.count <= accepted.count }
                    acceptWaiters.removeAll { $0.count <= accepted.count }
                    for waiter in ready { waiter.continuation.resume() }
                }
            }
        }

        /// Returns once `count` connections have been accepted.
        func waitForConnections(_ count: Int) async {
            if accepted.count >= count { return }
            await withCheckedContinuation { acceptWaiters.append((count, $0)) }
        }

        func stop() async {
            acceptTask?.cancel()
            await listener.close()
            for connection in accepted { await connection.close() }
        }
    }

    @Test func aServerThatNeverAnswersTheConnectFailsAfterTheConnectTimeout() async throws {
        let loop = try EventLoop(name: "test-connect-timeout")
        let time = ManualTimeSource(settling: loop)
        let peer = try UnansweredListener()
        var options = RemoteClient.Options()
        options.connectTimeout = .seconds(3)
        let address = peer.address
        let attempt = Task(executorPreference: loop.taskExecutor) {
            try await RemoteClient.connect(to: address, options: options, time: time, on: loop)
        }
        await loop.settle()
        #expect(time.pendingSleepers == 1)
        await time.advance(by: .seconds(3))
        do {
            _ = try await attempt.value
            Issue.record("connected to a peer that never answered")
        } catch let error as UVError {
            #expect(error.name == "ETIMEDOUT")
        }
        peer.close()
        await loop.shutdown()
    }

    @Test func aSilentServerIsDeclaredDeadAfterTheHeartbeatTimeoutAndTheClientReconnects() async throws {
        let loop = try EventLoop(name: "test-heartbeat")
        let time = ManualTimeSource(settling: loop)
        let server = try await SilentServer.start(on: loop)
        let client = try await RemoteClient.connect(to: server.address, time: time, on: loop)
        #expect(await client.isConnected)

        let call = Task { try await client.get(Pod.self, name: "web", namespace: "default") }
        // Pings at 5 s and 10 s go unanswered; at 15 s the connection is dead.
        await time.advance(by: .seconds(10))
        #expect(await client.connectionCount == 1)
        await time.advance(by: .seconds(5))
        let failure = await status { try await call.value }
        #expect(failure?.code == 503)
        #expect(failure?.message?.contains("no response") == true)
        // The client reconnects at once.
        await server.waitForConnections(2)

        await client.close()
        await server.stop()
        await loop.shutdown()
    }

    @Test func theServerClosesAClientThatSendsNothing() async throws {
        let cluster = try await WireTestCluster.start(.local)
        let time = ManualTimeSource(settling: cluster.loop)
        let wire = WireServer(server: cluster.server, time: time, idleTimeout: .seconds(30), onError: { cluster.errors.append($0) })
        let address = try await wire.start(host: "127.0.0.1", port: 0)
        let raw = try await TCPConnection.connect(to: address, on: cluster.loop)
        // A hello and a ping; the pong proves the server has read both (and noted when).
        try await raw.write(Frame(type: .hello, streamID: 0, payload: try JSONCodec.encode(WireHello())).serialized())
        try await raw.write(Frame(type: .ping, streamID: 0).serialized())
        var decoder = FrameDecoder()
        var frames: [Frame] = []
        while frames.count < 2, let chunk = try await raw.read() {
            decoder.feed(chunk)
            while let frame = try decoder.nextFrame() { frames.append(frame) }
        }
        #expect(frames.map(\.type) == [.hello, .pong])

        await time.advance(by: .seconds(30))
        // The server's answer is the end of the stream.
        while try await raw.read() != nil {}
        #expect(cluster.errors.all.contains { $0.contains("presumed dead") })

        await raw.close()
        await wire.stop()
        try await cluster.stop()
    }

    @Test func informersResumeAcrossAServerRestartWithoutLosingOrRepeatingEvents() async throws {
        let cluster = try await WireTestCluster.start(.local)
        let local = LocalClient(server: cluster.server)
        let client = try await RemoteClient.connect(to: cluster.address, on: cluster.loop)
        let time = SystemTimeSource(loop: cluster.loop)
        let informer = Informer<ConfigMap>(client: client, loop: cluster.loop, time: time, namespace: "default")
        let log = InformerLog<ConfigMap>()
        await log.attach(to: informer)
        let run = Task(executorPreference: cluster.loop.taskExecutor) { await informer.run() }

        _ = try await client.create(ConfigMap(metadata: ObjectMeta(name: "a", namespace: "default"), data: ["v": "1"]))
        _ = try await client.create(ConfigMap(metadata: ObjectMeta(name: "b", namespace: "default")))
        #expect(await log.waitFor(2) == ["add a", "add b"])

        // The server goes away (goAway, then close); the cluster changes while it is gone.
        await cluster.wireServer.stop()
        let whileAway = await status { try await client.get(ConfigMap.self, name: "a", namespace: "default") }
        #expect(whileAway?.code == 503)
        var a = try await local.get(ConfigMap.self, name: "a", namespace: "default")
        a.data = ["v": "2"]
        _ = try await local.update(a)
        _ = try await local.delete(ConfigMap.self, name: "b", namespace: "default")
        _ = try await local.create(ConfigMap(metadata: ObjectMeta(name: "c", namespace: "default")))

        // A new server on the same port: the client reconnects, the informer watches again from
        // the last resourceVersion it saw.
        let restarted = WireServer(server: cluster.server, onError: { cluster.errors.append($0) })
        try await restarted.start(host: "127.0.0.1", port: cluster.address.port)
        #expect(await log.waitFor(5) == ["add a", "add b", "update a", "delete b", "add c"])
        #expect(await informer.listCount == 1)
        #expect(await client.connectionCount == 2)

        // And the new connection carries writes as before.
        _ = try await client.create(ConfigMap(metadata: ObjectMeta(name: "d", namespace: "default")))
        #expect(await log.waitFor(6) == ["add a", "add b", "update a", "delete b", "add c", "add d"])

        run.cancel()
        await client.close()
        await restarted.stop()
        try await cluster.stop()
    }
}
