import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffCLI
import SkiffClient
import SkiffLoop
import SkiffLoopTesting
import SkiffStore

/// A store + API server on a real loop with a manual clock, in a fresh temporary directory
/// (the `TestCluster` of the API server tests), plus the fixed "now" the CLI tests print ages at.
struct CLITestCluster {
    let directory: String
    let loop: EventLoop
    let time: ManualTimeSource
    let store: EmbeddedStore
    let server: APIServer
    var client: LocalClient { LocalClient(server: server) }

    /// When every object of a test is created (the manual clock's start).
    static let created = ManualTimeSource.defaultStart
    /// Five minutes later: what the tables' AGE is computed at (`5m`).
    static let now = created.addingTimeInterval(300)

    static func start() async throws -> CLITestCluster {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("skiff-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let loop = try EventLoop(name: "test-cli")
        let time = ManualTimeSource(settling: loop)
        var storeOptions = EmbeddedStoreOptions()
        storeOptions.executor = loop
        let store = try await EmbeddedStore(path: directory + "/skiff.db", options: storeOptions)
        let server = APIServer(store: store, loop: loop, time: time)
        try await server.start()
        return CLITestCluster(directory: directory, loop: loop, time: time, store: store, server: server)
    }

    func stop() async throws {
        await server.stop()
        try await store.close()
        await loop.shutdown()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Writes `text` to a file in the cluster's directory and returns its path.
    func manifest(_ name: String, _ text: String) throws -> String {
        let path = directory + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

/// Runs `body` against a fresh cluster and always stops it.
func withCluster(_ body: (CLITestCluster) async throws -> Void) async throws {
    let cluster = try await CLITestCluster.start()
    do {
        try await body(cluster)
    } catch {
        try? await cluster.stop()
        throw error
    }
    try await cluster.stop()
}

/// `text` with every run of spaces squeezed to one (indentation included), for checking describe
/// lines without depending on column widths.
func squeezed(_ text: String) -> String {
    var result = ""
    for character in text where !(character == " " && result.last == " ") {
        result.append(character)
    }
    return result
}

/// A fixed clock for `GetCommand.execute`.
let fixedNow: @Sendable () -> Date = { CLITestCluster.now }
