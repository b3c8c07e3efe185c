import ArgumentParser
import SkiffAPI
import SkiffClient

/// `skiff logs POD [-c CONTAINER] [-f] [--previous] [--tail N]`: prints a container's log, as
/// the node running the pod has it; `-f` keeps printing until the container stops or Ctrl-C.
public struct LogsCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "logs", abstract: "Print the logs of a container in a pod."
    )

    @OptionGroup public var options: ClientOptions

    @Argument(help: "The pod, as NAME or pod/NAME.")
    public var pod: String

    @Option(name: .shortAndLong, help: "The container (required when the pod has several).")
    public var container: String?

    @Flag(name: .shortAndLong, help: "Keep streaming the log.")
    public var follow = false

    @Flag(name: .shortAndLong, help: "The previous run of the container, if it restarted.")
    public var previous = false

    @Option(help: "Only the last N lines (-1: all).")
    public var tail: Int64 = -1

    public init() {}

    public func run() async throws {
        try await ClusterConnection.run(server: options.server) { client, output in
            await execute(client: client, output: output)
        }
    }

    /// Streams the log through `client` into `output`.
    public func execute(client: any APIClient, output: CommandOutput) async -> ExitCode {
        var name = pod
        if let slash = pod.firstIndex(of: "/") {
            let kind = pod[..<slash]
            guard ["pod", "pods", "po"].contains(kind) else {
                output.writeError("error: skiff logs reads pods; \(kind) is not supported yet\n")
                return .failure
            }
            name = String(pod[pod.index(after: slash)...])
        }
        let logOptions = PodLogOptions(
            container: container, follow: follow, previous: previous, tailLines: tail >= 0 ? tail : nil
        )
        do {
            let stream = try await client.podLogs(name: name, namespace: options.namespace, options: logOptions)
            while let chunk = try await stream.next() {
                output.write(String(decoding: chunk, as: UTF8.self))
            }
            return .success
        } catch {
            output.report(error)
            return .failure
        }
    }
}
