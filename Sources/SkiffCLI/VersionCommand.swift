import ArgumentParser
import Foundation
import SkiffClient
import SkiffLoop
import SkiffWire

/// `skiff version`: the client's version and, when a server answers, that it does.
///
/// The wire handshake (`WireHello`) carries only the protocol version, not the server's build,
/// so the server line says which address answered and with which protocol; an unreachable server
/// is reported (`The connection to the server … was refused …`) and the exit status is 1, as
/// `kubectl version` does. `--client` prints only the client line.
public struct VersionCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "version", abstract: "Print the client and server version information.")

    /// This build's version.
    public static let current = "0.1.0"
    /// The Kubernetes API version Skiff follows.
    public static let kubernetesVersion = "v1.33.0"

    @Option(help: "The API server, HOST:PORT (default: $SKIFF_SERVER, else 127.0.0.1:7443).")
    public var server: String?

    @Flag(help: "Print only the client version.")
    public var client = false

    public init() {}

    /// `Client Version: v0.1.0 (Kubernetes API v1.33.0)`.
    public static var clientLine: String { "Client Version: v\(current) (Kubernetes API \(kubernetesVersion))\n" }

    public func run() async throws {
        let output = CommandOutput.terminal()
        output.write(Self.clientLine)
        guard !client else { return }
        try await ClusterConnection.run(server: server, output: output) { client in
            let address = (client as? RemoteClient)?.address.description ?? "?"
            output.write(Self.serverLine(address: address))
            return .success
        }
    }

    /// `Server: 127.0.0.1:7443 (reachable, wire protocol 1)`.
    public static func serverLine(address: String) -> String {
        "Server: \(address) (reachable, wire protocol \(WireHello.currentVersion))\n"
    }
}
