import Foundation
import SkiffAPIServer
import SkiffLoop
import SkiffLoopTesting
import SkiffStore

/// A durable store and an API server on a real loop with a manual clock, in a fresh temporary
/// directory: what every suite that drives an API server starts from, so they all build it the
/// same way (and close it the same way).
public struct APIServerHarness: Sendable {
    public let directory: String
    public let loop: EventLoop
    public let time: ManualTimeSource
    public let store: EmbeddedStore
    public let server: APIServer
    public var client: LocalClient { LocalClient(server: server) }

    /// Starts a store in `directory` (a new temporary one when nil) and an API server over it.
    public static func start(
        name: String = "test-apiserver", directory: String? = nil, options: APIServer.Options = APIServer.Options(),
        storeOptions: EmbeddedStoreOptions = EmbeddedStoreOptions()
    ) async throws -> APIServerHarness {
        let directory = directory ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("skiff-\(name)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let loop = try EventLoop(name: name)
        let time = ManualTimeSource(settling: loop)
        var storeOptions = storeOptions
        storeOptions.executor = loop
        let store = try await EmbeddedStore(path: directory + "/skiff.db", options: storeOptions)
        let server = APIServer(store: store, loop: loop, time: time, options: options)
        try await server.start()
        return APIServerHarness(directory: directory, loop: loop, time: time, store: store, server: server)
    }

    /// Stops the server, closes the store and the loop; the directory stays for a restart unless
    /// `removeData`.
    public func stop(removeData: Bool = true) async throws {
        await server.stop()
        try await store.close()
        await loop.shutdown()
        if removeData { try? FileManager.default.removeItem(atPath: directory) }
    }
}
