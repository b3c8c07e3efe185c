import ArgumentParser
import Foundation
import SkiffAPI
import SkiffClient

/// `skiff delete KIND NAME...`, `KIND/NAME...`, `KIND -l SELECTOR` or `-f FILE`: deletes objects
/// and prints `pod "x" deleted` for each (`deployment.apps "web" deleted`).
///
/// The call returns once the server accepted the deletion: a pod on a node keeps running through
/// its grace period (kubectl would wait for it to vanish; Skiff does not wait yet). Missing
/// objects are reported (`Error from server (NotFound): pods "x" not found`), the rest are still
/// deleted, and the exit status is then 1.
public struct DeleteCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete resources by file names, stdin, resources and names, or label selector."
    )

    @OptionGroup public var options: ClientOptions

    @Argument(help: "The resource type and names, or TYPE/NAME.")
    public var resources: [String] = []

    @Option(name: [.customShort("f"), .customLong("filename")], help: "Delete the objects of a manifest file, directory, or - for stdin.")
    public var filenames: [String] = []

    @Option(help: "Seconds given to the object to terminate gracefully; negative means the object's own default.")
    public var gracePeriod: Int64 = -1

    @Flag(help: "Delete immediately, with a grace period of 1 second.")
    public var now = false

    public init() {}

    public func validate() throws {
        if filenames.isEmpty, resources.isEmpty {
            throw ValidationError("You must provide one or more resources by argument or filename.")
        }
        if !filenames.isEmpty, !resources.isEmpty {
            throw ValidationError("a resource cannot be specified both by name and by -f")
        }
    }

    public func run() async throws {
        try await ClusterConnection.run(server: options.server) { client, output in
            await execute(client: client, output: output)
        }
    }

    /// The `DeleteOptions` the flags ask for: `--now` is a 1-second grace period (as kubectl).
    public var deleteOptions: DeleteOptions {
        if now { return DeleteOptions(gracePeriodSeconds: 1) }
        return DeleteOptions(gracePeriodSeconds: gracePeriod >= 0 ? gracePeriod : nil)
    }

    /// Deletes the named, selected or manifest objects through `client`.
    public func execute(
        client: any APIClient, output: CommandOutput, standardInput: () -> String = StandardInput.readAll
    ) async -> ExitCode {
        var succeeded = true
        if !filenames.isEmpty {
            let (manifests, readCleanly) = ManifestReader().read(filenames, standardInput: standardInput, output: output)
            succeeded = readCleanly
            for manifest in manifests {
                if await !delete(manifest.object, source: manifest.source, client: client, output: output) {
                    succeeded = false
                }
            }
            return succeeded ? .success : .failure
        }
        do {
            let (type, names) = try ResourceTypes.resolveArguments(resources)
            return await delete(type, names: names, client: client, output: output)
        } catch {
            output.report(error)
            return .failure
        }
    }

    private func delete<Object: APIObject>(
        _ type: Object.Type, names: [String], client: any APIClient, output: CommandOutput
    ) async -> ExitCode {
        var names = names
        if names.isEmpty {
            guard let selector = options.selector else {
                output.writeError("error: resource(s) were provided, but no name or label selector was specified\n")
                return .failure
            }
            do {
                let namespace = Object.resourceInfo.isNamespaced && !options.allNamespaces ? options.namespace : nil
                let list = try await client.list(Object.self, namespace: namespace, options: ListOptions(labelSelector: selector))
                if list.items.isEmpty {
                    output.writeError(namespace.map { "No resources found in \($0) namespace.\n" } ?? "No resources found\n")
                    return .success
                }
                var succeeded = true
                for object in list.items {
                    if await !delete(Object.self, name: object.metadata.name ?? "", namespace: object.metadata.namespace,
                                     context: nil, client: client, output: output) {
                        succeeded = false
                    }
                }
                return succeeded ? .success : .failure
            } catch {
                output.report(error)
                return .failure
            }
        }
        var succeeded = true
        names = names.filter { !$0.isEmpty }
        for name in names {
            if await !delete(Object.self, name: name, namespace: options.namespace, context: nil, client: client, output: output) {
                succeeded = false
            }
        }
        return succeeded ? .success : .failure
    }

    private func delete<Object: APIObject>(
        _ object: Object, source: String, client: any APIClient, output: CommandOutput
    ) async -> Bool {
        let namespace = object.metadata.namespace.flatMap { $0.isEmpty ? nil : $0 } ?? options.namespace
        return await delete(
            Object.self, name: object.metadata.name ?? "", namespace: namespace,
            context: "error when deleting \"\(source)\"", client: client, output: output
        )
    }

    private func delete<Object: APIObject>(
        _ type: Object.Type, name: String, namespace: String?, context: String?, client: any APIClient, output: CommandOutput
    ) async -> Bool {
        let info = Object.resourceInfo
        do {
            _ = try await client.delete(Object.self, name: name, namespace: info.isNamespaced ? namespace : nil, options: deleteOptions)
            output.write("\(info.printedKind) \"\(name)\" deleted\n")
            return true
        } catch {
            output.report(error, context: context)
            return false
        }
    }
}
