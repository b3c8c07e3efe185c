import ArgumentParser
import Foundation
import SkiffCLI
import SkiffControllers
import SkiffLoop
import SkiffWire

/// `skiff controller-manager`: every controller in its own process, against `skiff apiserver`
/// over the wire; waits for the API server and rides out its restarts.
struct ControllerManagerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "controller-manager", abstract: "Run the controllers against an API server."
    )

    @Option(help: "The API server's HOST:PORT (default: $SKIFF_SERVER, else 127.0.0.1:\(ServerAddress.defaultPort)).")
    var server: String?

    func run() async throws {
        let address = try ServerAddress.resolve(flag: server, environment: ProcessInfo.processInfo.environment)
        let loop = try EventLoop(name: "skiff-controller-manager")
        let client = await RemoteClient.connecting(to: address, on: loop)
        RoleLog.line("controller-manager", "connecting to \(address)")
        try await client.waitUntilConnected()
        let manager = ControllerManager(client: client, loop: loop, time: SystemTimeSource(loop: loop))
        await manager.start()
        RoleLog.line("controller-manager", "running against \(address); Ctrl-C to stop")
        _ = try await TerminationSignal.wait(on: loop)
        RoleLog.line("controller-manager", "stopping")
        await manager.stop()
        await client.close()
        await loop.shutdown()
    }
}
