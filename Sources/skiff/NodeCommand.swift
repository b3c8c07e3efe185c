import ArgumentParser
import Foundation
import SkiffCLI
import SkiffCluster
import SkiffKubelet
import SkiffLoop
import SkiffWire
import SkiffWireServer

/// `skiff node`: one node's kubelet as its own process, against `skiff apiserver` over the wire.
/// It registers the node, keeps its lease, and runs the pods bound to it; its endpoint on
/// `--listen` serves the API server the logs and metrics of those pods (upstream's kubelet port),
/// published in the Node as `InternalIP` and `daemonEndpoints.kubeletEndpoint.Port`.
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

    @Option(help: "HOST:PORT where the API server reads this node's logs and metrics (port 0 picks a free port).")
    var listen: String = "127.0.0.1:0"

    @Flag(help: "Simulate pods instead of starting processes.")
    var simulated = false

    func run() async throws {
        let address = try ServerAddress.resolve(flag: server, environment: ProcessInfo.processInfo.environment)
        let loop = try EventLoop(name: "skiff-node")
        let time = SystemTimeSource(loop: loop)
        let client = await RemoteClient.connecting(to: address, on: loop)
        RoleLog.line("node", "connecting to \(address)")
        try await client.waitUntilConnected()
        let endpoint = try ListenAddress.parse(listen)
        // Bound before the kubelet exists: the Node it registers carries the port.
        let listener = try await TCPListener.bind(host: endpoint.host, port: endpoint.port, on: loop)
        var options = Kubelet.Options(nodeName: name, dataDirectory: dataDir + "/" + name)
        options.podCIDR = podCIDR
        options.kubeletEndpointPort = Int32(listener.localAddress.port)
        // A wildcard listener is reached on loopback; otherwise the address listened on is the node's.
        options.nodeIP = ["0.0.0.0", ""].contains(endpoint.host) ? "127.0.0.1" : endpoint.host
        options.log = { RoleLog.line("node", $0) }
        let runtime: any ContainerRuntime = simulated
            ? SimulatedRuntime(loop: loop, time: time)
            : ProcessRuntime(loop: loop, time: time)
        let kubelet = try Kubelet(client: client, loop: loop, time: time, runtime: runtime, options: options)
        let server = WireServer(
            handler: KubeletRequestHandler(nodeName: name, kubelet: LocalKubeletClient(kubelets: [kubelet], time: time)),
            loop: loop, time: time
        )
        await server.start(listener: listener)
        RoleLog.line("node", "serving logs and metrics on \(listener.localAddress)")
        await kubelet.start()
        RoleLog.line("node", "\(name) registered with \(address); Ctrl-C to stop (its containers stop too)")
        _ = try await TerminationSignal.wait(on: loop)
        RoleLog.line("node", "stopping")
        await server.stop()
        await kubelet.stop()
        await client.close()
        await loop.shutdown()
    }
}
