import ArgumentParser
import Foundation
import SkiffAPI
import SkiffClient

/// `skiff apply -f FILE|DIR|-`: makes the cluster match the manifests, as kubectl's client-side
/// apply does.
///
/// For each object, in file order: absent → create (`deployment.apps/web created`); present →
/// a three-way merge of the previous apply, the manifest and the live object
/// (`ThreeWayMergePatch`), sent as a merge patch (`configured`), or nothing to change
/// (`unchanged`). The manifest is recorded in the `kubectl.kubernetes.io/last-applied-configuration`
/// annotation (see `LastAppliedConfiguration`), so fields others set are kept and fields removed
/// from the manifest are removed.
///
/// Difference from kubectl: lists are replaced whole (a JSON merge patch), where kubectl's
/// strategic merge patch merges some lists by key (containers by name, …). A patch that loses a
/// race is retried by the server.
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
        try await ClusterConnection.run(server: options.server) { client, output in
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
            do {
                // The typed manifest re-encoded, so `0.1` and `100m` compare as the same quantity.
                let modified = try JSONCodec.encodeValue(desired)
                let current = try JSONCodec.encodeValue(live)
                let original = live.metadata.annotations?[LastAppliedConfiguration.annotation]
                    .flatMap { try? JSONValue(parsing: Array($0.utf8)) }
                    .flatMap { try? JSONCodec.encodeValue(JSONCodec.decode(Object.self, from: $0)) }
                let patch = ThreeWayMergePatch.make(original: original, modified: modified, current: current)
                if patch.isEmpty {
                    output.write("\(printed) unchanged\n")
                    return true
                }
                _ = try await client.patch(
                    Object.self, name: name, namespace: desired.metadata.namespace,
                    patch: Patch(type: .merge, body: JSONValue.object(patch).serialized()), subresource: nil
                )
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
