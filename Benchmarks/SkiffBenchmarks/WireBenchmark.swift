import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffClient
import SkiffLoop
import SkiffStore
import SkiffWire
import SkiffWireServer

/// The wire's figures in BENCHMARKS.md: request round trips on one connection (one at a time and
/// pipelined), watch events delivered over TCP, and the same work through the in-process client
/// for comparison. Server and client run on separate loops (threads), as in two processes.
enum WireBenchmark {
    static func run() async throws {
        try WireCodingBenchmark.run()
        print("== wire (release build, loopback TCP, server and client on separate loops) ==")
        let cluster = try await Cluster.start(historyCapacity: 50_000)
        // A replay of 50,000 events arrives faster than one consumer decodes it: buffer it all
        // (the default 10,000 would end the watch with Expired, as designed).
        let remote = try await RemoteClient.connect(to: cluster.address, watchBufferCapacity: 60_000, on: cluster.clientLoop)
        let local = LocalClient(server: cluster.server)
        _ = try await local.create(ConfigMap(metadata: ObjectMeta(name: "probe", namespace: "default"), data: ["k": "v"]))

        for (name, client, loop) in [("remote", remote as any APIClient, cluster.clientLoop), ("local ", local, cluster.serverLoop)] {
            let sequential = try await gets(client, count: 20_000, concurrency: 1, on: loop)
            let pipelined = try await gets(client, count: 100_000, concurrency: 64, on: loop)
            print(String(format: "%@ get round trips: sequential %8.0f/s (%.1f µs each), 64 in flight %8.0f/s",
                         name, sequential, 1e6 / sequential, pipelined))
        }

        let events = 50_000
        let first = try await createConfigMaps(events, through: local, on: cluster.serverLoop)
        for (name, client, loop) in [("remote", remote as any APIClient, cluster.clientLoop), ("local ", local, cluster.serverLoop)] {
            let rate = try await replayWatch(client, from: first - 1, events: events, on: loop)
            print(String(format: "%@ watch: %8.0f events/s delivered (%d ConfigMap events replayed from history)", name, rate, events))
        }
        await remote.close()
        try await cluster.stop()
    }

    /// Round trips per second: `count` gets spread over `concurrency` tasks on `loop`.
    private static func gets(_ client: any APIClient, count: Int, concurrency: Int, on loop: EventLoop) async throws -> Double {
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<concurrency {
                group.addTask(executorPreference: loop.taskExecutor) {
                    for _ in 0..<(count / concurrency) {
                        _ = try await client.get(ConfigMap.self, name: "probe", namespace: "default")
                    }
                }
            }
            try await group.waitForAll()
        }
        return Double(count / concurrency * concurrency) / (ContinuousClock.now - start).timeInterval
    }

    /// Creates `count` ConfigMaps; returns the revision of the first.
    private static func createConfigMaps(_ count: Int, through client: LocalClient, on loop: EventLoop) async throws -> Int64 {
        let first = try await client.create(ConfigMap(metadata: ObjectMeta(name: "cm-0", namespace: "default"), data: ["k": "v"]))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<64 {
                group.addTask(executorPreference: loop.taskExecutor) {
                    for index in stride(from: 1 + writer, to: count, by: 64) {
                        _ = try await client.create(ConfigMap(metadata: ObjectMeta(name: "cm-\(index)", namespace: "default"), data: ["k": "v"]))
                    }
                }
            }
            try await group.waitForAll()
        }
        return Int64(first.metadata.resourceVersion ?? "") ?? 0
    }

    /// Events per second of a watch that replays `events` changes from the server's history.
    private static func replayWatch(_ client: any APIClient, from revision: Int64, events: Int, on loop: EventLoop) async throws -> Double {
        try await Task(executorPreference: loop.taskExecutor) {
            let start = ContinuousClock.now
            let stream = try await client.watch(
                ConfigMap.self, namespace: "default", options: WatchOptions(resourceVersion: String(revision))
            )
            var received = 0
            while received < events, try await stream.next() != nil { received += 1 }
            stream.cancel()
            return Double(received) / (ContinuousClock.now - start).timeInterval
        }.value
    }

    private struct Cluster {
        let directory: String
        let serverLoop: EventLoop
        let clientLoop: EventLoop
        let store: EmbeddedStore
        let server: APIServer
        let wire: WireServer
        let address: SocketAddress

        static func start(historyCapacity: Int) async throws -> Cluster {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("skiff-bench-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let serverLoop = try EventLoop(name: "bench-server")
            let clientLoop = try EventLoop(name: "bench-client")
            let store = try await EmbeddedStore(path: directory + "/skiff.db", options: EmbeddedStoreOptions(executor: serverLoop))
            var options = APIServer.Options()
            options.watchHistoryCapacity = historyCapacity
            options.watchBufferCapacity = historyCapacity
            let server = APIServer(store: store, loop: serverLoop, time: SystemTimeSource(loop: serverLoop), options: options)
            try await server.start()
            let wire = WireServer(server: server)
            let address = try await wire.start(host: "127.0.0.1", port: 0)
            return Cluster(
                directory: directory, serverLoop: serverLoop, clientLoop: clientLoop, store: store, server: server,
                wire: wire, address: address
            )
        }

        func stop() async throws {
            await wire.stop()
            await server.stop()
            try await store.close()
            await clientLoop.shutdown()
            await serverLoop.shutdown()
            try? FileManager.default.removeItem(atPath: directory)
        }
    }
}
