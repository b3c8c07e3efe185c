import ArgumentParser
import SkiffCLI
import SkiffCluster
import SkiffLoop

/// `skiff apiserver`: the store and the API server, serving the wire on `--listen`, until
/// SIGINT/SIGTERM. The role every other process of a split cluster connects to.
struct APIServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apiserver", abstract: "Run the store and the API server, listening for components and commands."
    )

    @Option(help: "Directory holding the cluster's database.")
    var dataDir: String = StateDirectory.default

    @Option(help: "HOST:PORT to listen on (port 0 picks a free port).")
    var listen: String = "127.0.0.1:\(ServerAddress.defaultPort)"

    func run() async throws {
        let address = try ListenAddress.parse(listen)
        let loop = try EventLoop(name: "skiff-apiserver")
        let role = try await APIServerRole.start(dataDirectory: dataDir, host: address.host, port: address.port, on: loop)
        RoleLog.line("apiserver", "data in \(dataDir) at revision \(try await role.revision())")
        RoleLog.line("apiserver", "listening on \(role.address); Ctrl-C to stop")
        _ = try await TerminationSignal.wait(on: loop)
        RoleLog.line("apiserver", "stopping")
        try await role.stop()
        await loop.shutdown()
    }
}
