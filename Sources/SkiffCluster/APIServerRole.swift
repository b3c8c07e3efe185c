import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffLoop
import SkiffStore
import SkiffWireServer

/// The `apiserver` role: the durable store, the API server over it, and the wire listener that
/// lets components in other processes reach it. The one process that owns the data directory.
///
/// Contract: `start` opens (or creates) `<dataDirectory>/skiff.db`, recovers every acknowledged
/// write, starts the API server and listens on `host:port` (port 0 picks a free one: see
/// `address`). `stop()` says `goAway` to every client, finishes the requests they already sent,
/// then stops the API server and closes the store.
public final class APIServerRole: Sendable {
    public let loop: EventLoop
    public let store: EmbeddedStore
    public let server: APIServer
    public let wire: WireServer
    /// How the API server reaches the nodes' kubelet endpoints for logs and metrics.
    public let kubelets: RemoteKubeletClient
    /// Where the wire listener is bound.
    public let address: SocketAddress

    private init(
        loop: EventLoop, store: EmbeddedStore, server: APIServer, wire: WireServer, kubelets: RemoteKubeletClient,
        address: SocketAddress
    ) {
        self.loop = loop
        self.kubelets = kubelets
        self.store = store
        self.server = server
        self.wire = wire
        self.address = address
    }

    /// Opens the store in `dataDirectory` and serves it on `host:port`.
    /// - Parameter time: the API server's clock (the system clock when nil).
    public static func start(
        dataDirectory: String, host: String, port: Int, time: (any TimeSource)? = nil,
        onWireError: @escaping @Sendable (String) -> Void = WireServer.printToStandardError,
        on loop: EventLoop
    ) async throws -> APIServerRole {
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        let store = try await EmbeddedStore(
            path: dataDirectory + "/skiff.db", options: EmbeddedStoreOptions(executor: loop)
        )
        let server = APIServer(store: store, loop: loop, time: time ?? SystemTimeSource(loop: loop))
        do {
            try await server.start()
            // Logs and metrics of pods come from the `skiff node` processes' kubelet endpoints.
            let kubelets = RemoteKubeletClient(nodes: LocalClient(server: server), loop: loop, time: time)
            await server.setKubeletClient(kubelets)
            let wire = WireServer(server: server, onError: onWireError)
            let address = try await wire.start(host: host, port: port)
            return APIServerRole(loop: loop, store: store, server: server, wire: wire, kubelets: kubelets, address: address)
        } catch {
            await server.stop()
            try? await store.close()
            throw error
        }
    }

    /// The store's current revision (for start-up messages).
    public func revision() async throws -> Int64 {
        try await store.currentRevision()
    }

    /// Stops serving: goAway to clients, then the API server, then the store.
    public func stop() async throws {
        await wire.stop()
        // Also breaks the cycle server → kubelet client → LocalClient → server.
        await server.setKubeletClient(nil)
        await kubelets.close()
        await server.stop()
        try await store.close()
    }
}
