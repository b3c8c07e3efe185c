import ArgumentParser
import Foundation
import SkiffAPI
import SkiffClient

/// `skiff scale KIND NAME --replicas=N` (or `KIND/NAME`): sets `spec.replicas` of a Deployment,
/// ReplicaSet or StatefulSet through its `scale` subresource and prints `deployment.apps/web
/// scaled`. Another kind is refused before any call: `error: cannot scale pods: …`.
public struct ScaleCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "scale", abstract: "Set a new size for a deployment, replica set or stateful set."
    )

    @OptionGroup public var options: ClientOptions

    @Argument(help: "The resource type and names, or TYPE/NAME.")
    public var resources: [String] = []

    @Option(help: "The new desired number of replicas.")
    public var replicas: Int32

    public init() {}

    public func validate() throws {
        guard replicas >= 0 else { throw ValidationError("The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0") }
        guard !resources.isEmpty else { throw ValidationError("You must specify the type of resource to scale.") }
    }

    public func run() async throws {
        try await ClusterConnection.run(server: options.server) { client, output in
            await execute(client: client, output: output)
        }
    }

    /// Scales every named object through `client`.
    public func execute(client: any APIClient, output: CommandOutput) async -> ExitCode {
        do {
            let (type, names) = try ResourceTypes.resolveArguments(resources)
            guard let scalable = type as? any Scalable.Type else {
                throw CommandError("cannot scale \(type.resourceInfo.qualifiedResource): only deployments, replicasets and statefulsets have a scale subresource")
            }
            guard !names.isEmpty else { throw CommandError("resource(s) were provided, but no name was specified") }
            var succeeded = true
            for name in names where await !scale(scalable, name: name, client: client, output: output) {
                succeeded = false
            }
            return succeeded ? .success : .failure
        } catch {
            output.report(error)
            return .failure
        }
    }

    private func scale<Object: Scalable>(_ type: Object.Type, name: String, client: any APIClient, output: CommandOutput) async -> Bool {
        let info = Object.resourceInfo
        do {
            var scale = try await client.getScale(Object.self, name: name, namespace: options.namespace)
            scale.spec = ScaleSpec(replicas: replicas)
            // No resourceVersion: like kubectl's merge patch of /scale, the last writer wins.
            scale.metadata.resourceVersion = nil
            _ = try await client.updateScale(Object.self, scale: scale)
            output.write("\(info.printedKind)/\(name) scaled\n")
            return true
        } catch {
            output.report(error)
            return false
        }
    }
}
