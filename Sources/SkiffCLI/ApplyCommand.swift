import ArgumentParser
import Foundation
import SkiffAPI
import SkiffClient

/// `skiff apply -f FILE|DIR|-`: makes the cluster match the manifests, as kubectl's client-side
/// apply does.
///
/// For each object, in file order: absent → create (`deployment.apps/web created`); present with
/// a different last-applied configuration → replace spec, labels and annotations, keeping the
/// server-owned fields (`configured`); otherwise `unchanged`. The manifest is recorded in the
/// `kubectl.kubernetes.io/last-applied-configuration` annotation (see `LastAppliedConfiguration`).
///
/// Differences from kubectl: an update is a full replacement (`PUT`) with the live
/// resourceVersion, not a three-way strategic merge patch, so fields that someone else set and
/// the manifest omits are reset (labels, annotations, `spec.replicas` after `scale`), and a
/// change made outside apply is not noticed while the manifest stays the same. A write that
/// loses a race (`Conflict`) is retried on a fresh read, up to five times.
///
/// A failing object is reported and the others are still applied; the exit status is then 1.
public struct ApplyCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "apply", abstract: "Apply a configuration to a resource by file name or stdin."
    )

    /// kubectl's `maxPatchRetry`.
    static let maximumAttempts = 5

    @OptionGroup public var options: ClientOptions

    @Option(name: [.customShort("f"), .customLong("filename")], help: "A manifest file, a directory of them, or - for stdin.")
    public var filenames: [String] = []

    public init() {}

    public func validate() throws {
        guard !filenames.isEmpty else { throw ValidationError("must specify one of -f") }
    }

    public func run() async throws {
        let output = CommandOutput.terminal()
        try await ClusterConnection.run(server: options.server, output: output) { client in
            await execute(client: client, output: output)
        }
    }

    /// Applies every manifest of `filenames` through `client`.
    public func execute(
        client: any APIClient, output: CommandOutput, standardInput: () -> String = StandardInput.readAll
    ) async -> ExitCode {
        let (manifests, readCleanly) = ManifestReader().read(filenames, standardInput: standardInput, output: output)
        var succeeded = readCleanly
        for manifest in manifests {
            if await !apply(manifest.object, manifest: manifest, client: client, output: output) { succeeded = false }
        }
        return succeeded ? .success : .failure
    }

    private func apply<Object: APIObject>(
        _ object: Object, manifest: Manifest, client: any APIClient, output: CommandOutput
    ) async -> Bool {
        let info = Object.resourceInfo
        var desired = object
        desired.metadata.namespace = info.isNamespaced
            ? ((desired.metadata.namespace ?? "").isEmpty ? options.namespace : desired.metadata.namespace) : nil
        guard let name = desired.metadata.name, !name.isEmpty else {
            output.writeError("error: error when retrieving current configuration of \"\(manifest.source)\": resource name may not be empty\n")
            return false
        }
        let lastApplied = LastAppliedConfiguration.value(for: manifest.document, namespace: desired.metadata.namespace)
        desired.metadata.annotations = (desired.metadata.annotations ?? [:])
            .merging([LastAppliedConfiguration.annotation: lastApplied]) { _, new in new }
        let printed = "\(info.printedKind)/\(name)"

        for _ in 0..<Self.maximumAttempts {
            let live: Object
            do {
                live = try await client.get(Object.self, name: name, namespace: desired.metadata.namespace)
            } catch let status as Status where status.reason == .notFound {
                do {
                    _ = try await client.create(desired)
                    output.write("\(printed) created\n")
                    return true
                } catch let status as Status where status.reason == .alreadyExists {
                    continue  // created meanwhile: apply to it
                } catch {
                    output.report(error, context: "error when creating \"\(manifest.source)\"")
                    return false
                }
            } catch {
                output.report(error, context: "error when retrieving current configuration of \"\(manifest.source)\"")
                return false
            }
            if live.metadata.annotations?[LastAppliedConfiguration.annotation] == lastApplied {
                output.write("\(printed) unchanged\n")
                return true
            }
            var update = desired
            update.metadata.resourceVersion = live.metadata.resourceVersion
            ServerOwnedFields.carry(from: live, into: &update)
            do {
                _ = try await client.update(update)
                output.write("\(printed) configured\n")
                return true
            } catch let status as Status where status.reason == .conflict {
                continue
            } catch {
                output.report(error, context: "error when applying \"\(manifest.source)\"")
                return false
            }
        }
        output.report(
            Status.conflict(resource: info.plural, group: info.group, name: name, message: "too many concurrent updates; please retry"),
            context: "error when applying \"\(manifest.source)\""
        )
        return false
    }
}
