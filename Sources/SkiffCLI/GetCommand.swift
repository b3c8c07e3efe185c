import ArgumentParser
import Foundation
import SkiffAPI
import SkiffClient

/// `skiff get KIND [NAME...]`: prints objects as kubectl does: a table (`-o wide` for more
/// columns, `--show-labels`, a `NAMESPACE` column with `-A`), or `-o json|yaml|name`.
///
/// Contract:
/// - Names that do not exist are reported (`Error from server (NotFound): pods "x" not found`)
///   after the others are printed; the exit status is then 1.
/// - An empty list prints nothing on stdout and `No resources found in default namespace.` (or
///   `No resources found` for `-A` and cluster-scoped kinds) on stderr; `-o json|yaml` print an
///   empty `List` instead.
/// - `-A` lists (and `-w` watches) every namespace: a list without a namespace.
/// - `-w` prints the list, then one row (or object, or name) per change from the list's
///   resourceVersion on, with no further headers, until the watch ends (the server closes it,
///   the stream fails with `Expired`, or the task is cancelled, e.g. by Ctrl-C).
public struct GetCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "get", abstract: "Display one or many resources.")

    @OptionGroup public var options: ClientOptions

    @Argument(help: "The resource type (pods, po, deployments.apps, …) and optional names, or TYPE/NAME.")
    public var resources: [String] = []

    @Option(name: [.customShort("o"), .customLong("output")], help: "Output format: wide, json, yaml or name.")
    public var outputFormat: OutputFormat?

    @Flag(name: [.customShort("w"), .customLong("watch")], help: "After listing, watch for changes.")
    public var watch = false

    @Flag(help: "Show all labels as the last column.")
    public var showLabels = false

    public init() {}

    public func validate() throws {
        guard !resources.isEmpty else { throw ValidationError("You must specify the type of resource to get.") }
    }

    public func run() async throws {
        try await ClusterConnection.run(server: options.server) { client, output in
            await execute(client: client, output: output, now: Date.init)
        }
    }

    /// Gets (and with `-w` watches) the objects through `client`; ages are computed at `now()`.
    public func execute(client: any APIClient, output: CommandOutput, now: @Sendable () -> Date) async -> ExitCode {
        do {
            let (type, names) = try ResourceTypes.resolveArguments(resources)
            return await get(type, names: names, client: client, output: output, now: now)
        } catch {
            output.report(error)
            return .failure
        }
    }

    private func get<Object: APIObject>(
        _ type: Object.Type, names: [String], client: any APIClient, output: CommandOutput, now: @Sendable () -> Date
    ) async -> ExitCode {
        let info = Object.resourceInfo
        let listNamespace = info.isNamespaced && !options.allNamespaces ? options.namespace : nil
        let objectNamespace = info.isNamespaced ? options.namespace : nil
        var objects: [Object] = []
        var succeeded = true
        var resourceVersion: String?
        if names.isEmpty {
            do {
                let list = try await client.list(
                    Object.self, namespace: listNamespace, options: ListOptions(labelSelector: options.selector)
                )
                objects = list.items
                resourceVersion = list.metadata.resourceVersion
            } catch {
                output.report(error)
                return .failure
            }
        } else {
            for name in names {
                do {
                    objects.append(try await client.get(Object.self, name: name, namespace: objectNamespace))
                } catch {
                    output.report(error)
                    succeeded = false
                }
            }
        }

        var table = ResourceTable(
            wide: outputFormat == .wide, showsNamespace: options.allNamespaces && info.isNamespaced && names.isEmpty,
            showsLabels: showLabels
        )
        do {
            try print(objects, asList: names.count != 1, resourceVersion: resourceVersion, table: &table, output: output, now: now())
        } catch {
            output.report(error)
            return .failure
        }
        if objects.isEmpty, names.isEmpty, !watch, outputFormat == nil || outputFormat == .wide {
            output.writeError(
                listNamespace.map { "No resources found in \($0) namespace.\n" } ?? "No resources found\n"
            )
        }
        guard watch, succeeded else { return succeeded ? .success : .failure }

        // A watch of named objects watches their kind filtered by name (one name, as kubectl).
        let fieldSelector = names.count == 1 ? "metadata.name=\(names[0])" : nil
        if names.count > 1 {
            output.writeError("error: watch is only supported on individual resources and resource collections, but 2 resources were found\n")
            return .failure
        }
        if resourceVersion == nil { resourceVersion = objects.first?.metadata.resourceVersion }
        do {
            let stream = try await client.watch(
                Object.self, namespace: names.isEmpty ? listNamespace : objectNamespace,
                options: WatchOptions(resourceVersion: resourceVersion, labelSelector: options.selector, fieldSelector: fieldSelector)
            )
            while let event = try await stream.next() {
                guard event.type != .bookmark else { continue }
                try print([event.object], asList: false, table: &table, output: output, now: now())
            }
            return .success
        } catch {
            output.report(error)
            return .failure
        }
    }

    private func print<Object: APIObject>(
        _ objects: [Object], asList: Bool, resourceVersion: String? = nil, table: inout ResourceTable,
        output: CommandOutput, now: Date
    ) throws {
        switch outputFormat {
        case nil, .wide?:
            output.write(table.render(objects, now: now))
        case let format?:
            // A watch prints each object on its own, as kubectl does, never a `List`.
            if watch {
                for object in objects { output.write(try ObjectPrinter.print([object], format: format, asList: false)) }
            } else {
                output.write(try ObjectPrinter.print(objects, format: format, asList: asList, resourceVersion: resourceVersion))
            }
        }
    }
}
