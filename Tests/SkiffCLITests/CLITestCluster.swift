import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffAPITesting
import SkiffCLI
import SkiffClient
import SkiffLoop
import SkiffLoopTesting
import SkiffStore

/// The shared store + API server harness, plus the fixed "now" the CLI tests print ages at.
typealias CLITestCluster = APIServerHarness

extension APIServerHarness {
    /// When every object of a test is created (the manual clock's start).
    static let created = ManualTimeSource.defaultStart
    /// Five minutes later: what the tables' AGE is computed at (`5m`).
    static let now = created.addingTimeInterval(300)

    /// Writes `text` to a file in the cluster's directory and returns its path.
    func manifest(_ name: String, _ text: String) throws -> String {
        let path = directory + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

/// Runs `body` against a fresh cluster and always stops it.
func withCluster(_ body: (CLITestCluster) async throws -> Void) async throws {
    let cluster = try await CLITestCluster.start(name: "test-cli")
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
