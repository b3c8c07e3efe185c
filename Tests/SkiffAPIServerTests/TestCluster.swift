import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffClient
import SkiffLoop
import SkiffLoopTesting
import SkiffStore

/// A store + API server on a real loop with a manual clock, in a fresh temporary directory.
struct TestCluster {
    let directory: String
    let loop: EventLoop
    let time: ManualTimeSource
    let store: EmbeddedStore
    let server: APIServer
    var client: LocalClient { LocalClient(server: server) }

    static func start(
        directory: String? = nil, options: APIServer.Options = APIServer.Options(),
        storeOptions: EmbeddedStoreOptions = EmbeddedStoreOptions()
    ) async throws -> TestCluster {
        let directory = directory ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("skiff-apiserver-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let loop = try EventLoop(name: "test-apiserver")
        let time = ManualTimeSource(settling: loop)
        var storeOptions = storeOptions
        storeOptions.executor = loop
        let store = try await EmbeddedStore(path: directory + "/skiff.db", options: storeOptions)
        let server = APIServer(store: store, loop: loop, time: time, options: options)
        try await server.start()
        return TestCluster(directory: directory, loop: loop, time: time, store: store, server: server)
    }

    /// Stops everything; the directory stays for a restart unless `removeData`.
    func stop(removeData: Bool = true) async throws {
        await server.stop()
        try await store.close()
        await loop.shutdown()
        if removeData { try? FileManager.default.removeItem(atPath: directory) }
    }
}

/// Runs `body` against a fresh cluster and always stops it.
func withCluster(
    options: APIServer.Options = APIServer.Options(),
    _ body: (TestCluster) async throws -> Void
) async throws {
    let cluster = try await TestCluster.start(options: options)
    do {
        try await body(cluster)
    } catch {
        try? await cluster.stop()
        throw error
    }
    try await cluster.stop()
}

func samplePod(_ name: String, namespace: String = "default", labels: [String: String]? = nil, node: String? = nil) -> Pod {
    Pod(
        metadata: ObjectMeta(name: name, namespace: namespace, labels: labels),
        spec: PodSpec(containers: [Container(name: "app", command: ["sleep", "3600"])], nodeName: node)
    )
}

func sampleDeployment(_ name: String, replicas: Int32 = 2, app: String = "web") -> Deployment {
    Deployment(
        metadata: ObjectMeta(name: name, namespace: "default"),
        spec: DeploymentSpec(
            replicas: replicas,
            selector: LabelSelector(matchLabels: ["app": app]),
            template: PodTemplateSpec(
                metadata: ObjectMeta(labels: ["app": app]),
                spec: PodSpec(containers: [Container(name: "app", command: ["sleep", "3600"])])
            )
        )
    )
}

/// Collects the next `count` events of a watch (the test fails by time-out rather than hangs
/// only if the events never come, which is itself the bug under test).
func next<Object: APIObject>(_ count: Int, from stream: WatchStream<Object>) async throws -> [WatchEvent<Object>] {
    var events: [WatchEvent<Object>] = []
    while events.count < count, let event = try await stream.next() {
        events.append(event)
    }
    return events
}

/// What a call threw, as a `Status`.
func status(of body: () async throws -> some Any) async -> Status? {
    do {
        _ = try await body()
        return nil
    } catch {
        return error as? Status
    }
}
