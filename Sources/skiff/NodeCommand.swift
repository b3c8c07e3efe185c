import ArgumentParser
import Foundation
import SkiffCLI
import SkiffKubelet
import SkiffLoop
import SkiffWire

/// `skiff node`: one node's kubelet as its own process, against `skiff apiserver` over the wire.
/// It registers the node, keeps its lease, and runs the pods bound to it.
struct NodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "node", abstract: "Run a node (its kubelet) against an API server."
    )

    @Option(help: "The API server's HOST:PORT (default: $SKIFF_SERVER, else 127.0.0.1:\(ServerAddress.defaultPort)).")
    var server: String?

    @Option(help: "The node's name (default: this host's name).")
    var name: String = ProcessInfo.processInfo.hostName

    @Option(help: "Directory for pod logs and volumes.")
    var dataDir: String = StateDirectory.default + "/nodes"

    @Option(help: "This node's pod network, an IPv4 /24 inside 127.244.0.0/16 on one host.")
    var podCIDR: String = "127.244.0.0/24"

    @Flag(help: "Simulate pods instead of starting processes.")
    var simulated = false

    func run() async throws {
        let address = try ServerAddress.resolve(flag: server, environment: ProcessInfo.processInfo.environment)
        let loop = try EventLoop(name: "skiff-node")
        let time = SystemTimeSource(loop: loop)
        let client = await RemoteClient.connecting(to: address, on: loop)
        RoleLog.line("node", "connecting to \(address)")
        try await client.waitUntilConnected()
        var options = Kubelet.Options(nodeName: name, dataDirectory: dataDir + "/" + name)
        options.podCIDR = podCIDR
        options.log = { RoleLog.line("node", $0) }
        let runtime: any ContainerRuntime = simulated
            ? SimulatedRuntime(loop: loop, time: time)
            : ProcessRuntime(loop: loop, time: time)
        let kubelet = try Kubelet(client: client, loop: loop, time: time, runtime: runtime, options: options)
        await kubelet.start()
        RoleLog.line("node", "\(name) registered with \(address); Ctrl-C to stop (its containers stop too)")
        _ = try await TerminationSignal.wait(on: loop)
        RoleLog.line("node", "stopping")
        await kubelet.stop()
        await client.close()
        await loop.shutdown()
    }
}
