import ArgumentParser
import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffLoop
import SkiffStore

/// `skiff apiserver`: the durable store and the API server in one process, until SIGINT/SIGTERM.
/// The TCP listener that lets other processes reach it arrives with the wire (SkiffWire).
struct APIServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apiserver", abstract: "Run the store and the API server."
    )

    @Option(help: "Directory holding the cluster's database.")
    var dataDir: String = StateDirectory.default

    func run() async throws {
        try FileManager.default.createDirectory(atPath: dataDir, withIntermediateDirectories: true)
        let loop = try EventLoop(name: "skiff-apiserver")
        let store = try await EmbeddedStore(path: dataDir + "/skiff.db", options: EmbeddedStoreOptions(executor: loop))
        let server = APIServer(store: store, loop: loop, time: SystemTimeSource(loop: loop))
        try await server.start()
        let client = LocalClient(server: server)
        let namespaces = try await client.list(Namespace.self)
        print("skiff apiserver: data in \(dataDir), revision \(namespaces.metadata.resourceVersion ?? "0"), namespaces: \(namespaces.items.compactMap(\.metadata.name).joined(separator: ", "))")
        print("skiff apiserver: running; Ctrl-C to stop")
        let signals = try await SignalWatcher.watch([SIGINT, SIGTERM], on: loop)
        _ = try await signals.received.next()
        await signals.stop()
        print("skiff apiserver: stopping")
        await server.stop()
        try await store.close()
        await loop.shutdown()
    }
}

/// Where Skiff keeps its data when not told: `$XDG_STATE_HOME/skiff` or `~/.local/state/skiff`.
enum StateDirectory {
    static var `default`: String {
        let environment = ProcessInfo.processInfo.environment
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/skiff" }
        return NSHomeDirectory() + "/.local/state/skiff"
    }
}
