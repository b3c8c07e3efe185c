import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffClient
import SkiffLoop
import SkiffLoopTesting
import SkiffStore
import SkiffWire
import SkiffWireServer
import Synchronization
import Testing

/// Which `APIClient` a shared test body runs against (Hummingbird's `.router` / `.live`
/// pattern): the same assertions must hold in process and over TCP.
enum ClientKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case local
    case remote

    var testDescription: String { rawValue }
}

/// A store + API server on a real loop with a manual clock, and, for `.remote`, a `WireServer`
/// on 127.0.0.1 with a `RemoteClient` connected to it.
struct WireTestCluster {
    let directory: String
    let loop: EventLoop
    let store: EmbeddedStore
    let server: APIServer
    let wireServer: WireServer
    let address: SocketAddress
    let client: any APIClient
    let remote: RemoteClient?
    /// What the wire server reported (protocol errors, closed connections).
    let errors: ErrorLog

    static func start(_ kind: ClientKind, options: APIServer.Options = APIServer.Options()) async throws -> WireTestCluster {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("skiff-wire-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let loop = try EventLoop(name: "test-wire")
        let time = ManualTimeSource(settling: loop)
        var storeOptions = EmbeddedStoreOptions()
        storeOptions.executor = loop
        let store = try await EmbeddedStore(path: directory + "/skiff.db", options: storeOptions)
        let server = APIServer(store: store, loop: loop, time: time, options: options)
        try await server.start()
        let errors = ErrorLog()
        let wireServer = WireServer(server: server, onError: { errors.append($0) })
        let address = try await wireServer.start(host: "127.0.0.1", port: 0)
        var remote: RemoteClient?
        let client: any APIClient
        switch kind {
        case .local:
            client = LocalClient(server: server)
        case .remote:
            // The client-side bound is the one a slow remote consumer meets first.
            let connected = try await RemoteClient.connect(
                to: address, watchBufferCapacity: options.watchBufferCapacity, on: loop
            )
            remote = connected
            client = connected
        }
        return WireTestCluster(
            directory: directory, loop: loop, store: store, server: server, wireServer: wireServer,
            address: address, client: client, remote: remote, errors: errors
        )
    }

    func stop() async throws {
        await remote?.close()
        await wireServer.stop()
        await server.stop()
        try await store.close()
        await loop.shutdown()
        try? FileManager.default.removeItem(atPath: directory)
    }
}

/// Thread-safe list of reported errors.
final class ErrorLog: Sendable {
    private let messages = Mutex<[String]>([])
    func append(_ message: String) { messages.withLock { $0.append(message) } }
    var all: [String] { messages.withLock { $0 } }
}

/// Runs `body` against a fresh cluster reached through `kind`, and always stops it.
func withCluster(
    _ kind: ClientKind, options: APIServer.Options = APIServer.Options(),
    _ body: (WireTestCluster, any APIClient) async throws -> Void
) async throws {
    let cluster = try await WireTestCluster.start(kind, options: options)
    do {
        try await body(cluster, cluster.client)
    } catch {
        try? await cluster.stop()
        throw error
    }
    try await cluster.stop()
}
