import Foundation
import ArgumentParser
import SkiffCLI
import SkiffLoop
import SkiffScheduler
import SkiffWire

/// `skiff scheduler`: the scheduler as its own process, talking to `skiff apiserver` over the
/// wire; waits for the API server if it is not up yet, and rides out its restarts.
struct SchedulerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scheduler", abstract: "Run the scheduler against an API server."
    )

    @Option(help: "The API server's HOST:PORT (default: $SKIFF_SERVER, else 127.0.0.1:\(ServerAddress.defaultPort)).")
    var server: String?

    @Option(help: "Seed of the tie-breaking between equally scored nodes.")
    var seed: UInt64 = 0

    func run() async throws {
        let address = try ServerAddress.resolve(flag: server, environment: ProcessInfo.processInfo.environment)
        let loop = try EventLoop(name: "skiff-scheduler")
        let client = await RemoteClient.connecting(to: address, on: loop)
        RoleLog.line("scheduler", "connecting to \(address)")
        try await client.waitUntilConnected()
        var options = Scheduler.Options()
        options.seed = seed
        options.log = { RoleLog.line("scheduler", $0) }
        let scheduler = try Scheduler(client: client, loop: loop, time: SystemTimeSource(loop: loop), options: options)
        await scheduler.start()
        RoleLog.line("scheduler", "running against \(address); Ctrl-C to stop")
        _ = try await TerminationSignal.wait(on: loop)
        RoleLog.line("scheduler", "stopping")
        await scheduler.stop()
        await client.close()
        await loop.shutdown()
    }
}
