import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffAPITesting
import SkiffClient
import SkiffLoop
import SkiffLoopTesting
import SkiffStore

/// A store + API server on a real loop with a manual clock (the shared harness).
typealias TestCluster = APIServerHarness

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
