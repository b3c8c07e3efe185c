import Foundation
import ArgumentParser
import SkiffCLI
import SkiffCluster
import SkiffLoop

/// `skiff up`: the all-in-one cluster in the foreground, until Ctrl-C or SIGTERM.
struct UpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "up", abstract: "Run a whole cluster in this process."
    )

    @Option(help: "Directory holding the cluster's database.")
    var dataDir: String = StateDirectory.default

    @Option(help: "HOST:PORT to listen on for skiff commands and components (port 0 picks a free port).")
    var listen: String = "127.0.0.1:\(ServerAddress.defaultPort)"

    @Option(help: "Seed of the scheduler's tie-breaking between equally scored nodes.")
    var seed: UInt64 = 0

    @Option(help: "How many nodes to run (node-1 … node-N), each with its own kubelet.")
    var nodes: Int = 1

    @Flag(help: "Simulated nodes: pods go Running without starting processes (for big clusters).")
    var simulated = false

    func validate() throws {
        guard (1...65_536).contains(nodes) else { throw ValidationError("--nodes must be between 1 and 65536") }
    }

    func run() async throws {
        let address = try ListenAddress.parse(listen)
        let started = ContinuousClock.now
        let loop = try EventLoop(name: "skiff")
        var options = AllInOneCluster.Options(dataDirectory: dataDir)
        options.host = address.host
        options.port = address.port
        options.schedulerSeed = seed
        options.nodes = nodes
        options.simulated = simulated
        let cluster = try await AllInOneCluster.start(options, log: { RoleLog.line("up", $0) }, on: loop)
        let elapsed = ContinuousClock.now - started
        let nodeKind = simulated ? "simulated node" : "node"
        RoleLog.line("up", "cluster up in \(elapsed.formatted(.units(allowed: [.milliseconds]))): API server, scheduler, controllers, \(nodes) \(nodeKind)\(nodes == 1 ? "" : "s"); data in \(dataDir)")
        RoleLog.line("up", "listening on \(cluster.apiServer.address) — try: skiff get nodes --server \(cluster.apiServer.address); Ctrl-C to stop")
        _ = try await TerminationSignal.wait(on: loop)
        RoleLog.line("up", "stopping")
        try await cluster.stop()
        await loop.shutdown()
    }
}
