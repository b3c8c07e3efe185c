import ArgumentParser
import SkiffAPI
import SkiffClient

/// `skiff top pods|nodes`: the CPU and memory the running pods and the nodes use now, as the
/// nodes measure them (`metrics.k8s.io`), printed as `kubectl top` prints them.
public struct TopCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "top", abstract: "Display resource (CPU/memory) usage of pods or nodes.",
        subcommands: [Pods.self, Nodes.self]
    )

    public init() {}

    /// `skiff top pods [-n NS | -A]`.
    public struct Pods: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "pods", abstract: "Display resource (CPU/memory) usage of pods.", aliases: ["pod", "po"]
        )

        @OptionGroup public var options: ClientOptions

        public init() {}

        public func run() async throws {
            try await ClusterConnection.run(server: options.server) { client, output in
                await execute(client: client, output: output)
            }
        }

        /// Prints the pods' usage read through `client` into `output`.
        public func execute(client: any APIClient, output: CommandOutput) async -> ExitCode {
            do {
                let metrics = try await client.podMetrics(namespace: options.allNamespaces ? nil : options.namespace)
                if metrics.isEmpty {
                    output.writeError(options.allNamespaces ? "No resources found\n" : "No resources found in \(options.namespace) namespace.\n")
                    return .success
                }
                output.write(MetricsTable.pods(metrics, showsNamespace: options.allNamespaces))
                return .success
            } catch {
                output.report(error)
                return .failure
            }
        }
    }

    /// `skiff top nodes`.
    public struct Nodes: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "nodes", abstract: "Display resource (CPU/memory) usage of nodes.", aliases: ["node", "no"]
        )

        @OptionGroup public var options: ClientOptions

        public init() {}

        public func run() async throws {
            try await ClusterConnection.run(server: options.server) { client, output in
                await execute(client: client, output: output)
            }
        }

        /// Prints the nodes' usage read through `client` into `output`.
        public func execute(client: any APIClient, output: CommandOutput) async -> ExitCode {
            do {
                let metrics = try await client.nodeMetrics()
                let nodes = try await client.list(Node.self, namespace: nil, options: ListOptions(labelSelector: options.selector)).items
                    .sorted { ($0.metadata.name ?? "") < ($1.metadata.name ?? "") }
                if nodes.isEmpty {
                    output.writeError("No resources found\n")
                    return .success
                }
                output.write(MetricsTable.nodes(nodes, metrics: metrics))
                return .success
            } catch {
                output.report(error)
                return .failure
            }
        }
    }
}
