import ArgumentParser
import Foundation
import SkiffClient
import SkiffLoop
import SkiffWire

/// How a command's `run()` reaches the cluster: resolves the address (see `ServerAddress`),
/// connects a `RemoteClient` on a fresh event loop, runs the command's logic, and tears it all
/// down. A connection failure is reported as kubectl reports it and ends with exit status 1.
public enum ClusterConnection {
    /// Runs `body` with a connected client; throws `ExitCode` when the connection fails or the
    /// body reports failure, as ArgumentParser expects from `run()`.
    public static func run(
        server: String?, output: CommandOutput, _ body: (any APIClient) async -> ExitCode
    ) async throws {
        let address: SocketAddress
        do {
            address = try ServerAddress.resolve(flag: server, environment: ProcessInfo.processInfo.environment)
        } catch {
            output.report(error)
            throw ExitCode.failure
        }
        let loop = try EventLoop(name: "skiff-cli")
        let client: RemoteClient
        do {
            client = try await RemoteClient.connect(to: address, on: loop)
        } catch {
            output.writeError(connectionFailure(address, error) + "\n")
            await loop.shutdown()
            throw ExitCode.failure
        }
        let code = await body(client)
        await client.close()
        await loop.shutdown()
        if code != .success { throw code }
    }

    /// `run(server:output:_:)` printing to the terminal: the whole of a client command's `run()`.
    public static func run(server: String?, _ body: (any APIClient, CommandOutput) async -> ExitCode) async throws {
        let output = CommandOutput.terminal()
        try await run(server: server, output: output) { client in await body(client, output) }
    }

    /// kubectl's `The connection to the server … was refused` for a refused connection, the
    /// error itself otherwise.
    public static func connectionFailure(_ address: SocketAddress, _ error: any Error) -> String {
        if let error = error as? UVError, error.name == "ECONNREFUSED" {
            return "The connection to the server \(address) was refused - did you specify the right host or port?"
        }
        return "error: cannot reach the server at \(address): \(error)"
    }
}
