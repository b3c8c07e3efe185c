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
