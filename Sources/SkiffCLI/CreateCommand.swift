import ArgumentParser
import Foundation
import SkiffAPI
import SkiffClient

/// `skiff create -f FILE|DIR|-`: creates every object of the manifests; an existing one is an
/// `AlreadyExists` error (`Error from server (AlreadyExists): error when creating "web.yaml":
/// deployments.apps "web" already exists`). Failures are reported and the rest still created;
/// the exit status is then 1. Unlike `apply`, no last-applied annotation is recorded.
public struct CreateCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create a resource from a file or from stdin."
    )

    @OptionGroup public var options: ClientOptions

    @Option(name: [.customShort("f"), .customLong("filename")], help: "A manifest file, a directory of them, or - for stdin.")
    public var filenames: [String] = []

    public init() {}

    public func validate() throws {
        guard !filenames.isEmpty else { throw ValidationError("must specify one of -f") }
    }

    public func run() async throws {
        try await ClusterConnection.run(server: options.server) { client, output in
            await execute(client: client, output: output)
        }
    }

    /// Creates every manifest of `filenames` through `client`.
    public func execute(
        client: any APIClient, output: CommandOutput, standardInput: () -> String = StandardInput.readAll
    ) async -> ExitCode {
        let (manifests, readCleanly) = ManifestReader().read(filenames, standardInput: standardInput, output: output)
        var succeeded = readCleanly
        for manifest in manifests {
            if await !create(manifest.object, source: manifest.source, client: client, output: output) { succeeded = false }
        }
        return succeeded ? .success : .failure
    }

    private func create<Object: APIObject>(
        _ object: Object, source: String, client: any APIClient, output: CommandOutput
    ) async -> Bool {
        var desired = object
        if Object.resourceInfo.isNamespaced, (desired.metadata.namespace ?? "").isEmpty {
            desired.metadata.namespace = options.namespace
        }
        do {
            let created = try await client.create(desired)
            output.write("\(ObjectPrinter.name(of: created)) created\n")
            return true
        } catch {
            output.report(error, context: "error when creating \"\(source)\"")
            return false
        }
    }
}
