import ArgumentParser
import Foundation
import SkiffAPI
import SkiffClient

/// `skiff describe KIND [NAME...]`: a readable, multi-line description of objects in kubectl's
/// layout (pods and deployments have their own describers, other kinds a generic one), ending
/// with the `Events:` that concern the object (`<none>` when there are none). Without names, every
/// object of the kind in the namespace is described, separated by blank lines.
///
/// Events are found with kubectl's field selector
/// `involvedObject.name=…,involvedObject.namespace=…,involvedObject.uid=…`; when the events
/// cannot be listed the section reads `<none>`, as kubectl does.
public struct DescribeCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "describe", abstract: "Show details of a specific resource or group of resources."
    )

    @OptionGroup public var options: ClientOptions

    @Argument(help: "The resource type and names, or TYPE/NAME.")
    public var resources: [String] = []

    public init() {}

    public func validate() throws {
        guard !resources.isEmpty else { throw ValidationError("You must specify the type of resource to describe.") }
    }

    public func run() async throws {
        try await ClusterConnection.run(server: options.server) { client, output in
            await execute(client: client, output: output, now: Date())
        }
    }

    /// Describes the objects through `client`; ages are computed at `now`.
    public func execute(client: any APIClient, output: CommandOutput, now: Date) async -> ExitCode {
        do {
            let (type, names) = try ResourceTypes.resolveArguments(resources)
            return await describe(type, names: names, client: client, output: output, now: now)
        } catch {
            output.report(error)
            return .failure
        }
    }

    private func describe<Object: APIObject>(
        _ type: Object.Type, names: [String], client: any APIClient, output: CommandOutput, now: Date
    ) async -> ExitCode {
        let namespace = Object.resourceInfo.isNamespaced ? options.namespace : nil
        var objects: [Object] = []
        var succeeded = true
        if names.isEmpty {
            do {
                let listNamespace = options.allNamespaces ? nil : namespace
                objects = try await client.list(
                    Object.self, namespace: listNamespace, options: ListOptions(labelSelector: options.selector)
                ).items
                if objects.isEmpty {
                    output.writeError(listNamespace.map { "No resources found in \($0) namespace.\n" } ?? "No resources found\n")
                }
            } catch {
                output.report(error)
                return .failure
            }
        } else {
            for name in names {
                do {
                    objects.append(try await client.get(Object.self, name: name, namespace: namespace))
                } catch {
                    output.report(error)
                    succeeded = false
                }
            }
        }
        var first = true
        for object in objects {
            do {
                let text = try await Self.description(of: object, client: client, now: now)
                output.write(first ? text : "\n\n" + text)
                first = false
            } catch {
                output.report(error)
                succeeded = false
            }
        }
        return succeeded ? .success : .failure
    }

    /// The full description of `object`, events included.
    public static func description<Object: APIObject>(of object: Object, client: any APIClient, now: Date) async throws -> String {
        var writer = DescriptionWriter()
        if let describable = object as? any Describable {
            describable.describe(into: &writer, now: now)
        } else {
            try GenericDescription.describe(object, into: &writer)
        }
        writer.events(await events(for: object, client: client), now: now)
        writer.flush()
        return writer.text
    }

    /// The events whose `involvedObject` is `object`; none when they cannot be listed.
    static func events<Object: APIObject>(for object: Object, client: any APIClient) async -> [Event] {
        var selector = ["involvedObject.name=\(object.metadata.name ?? "")"]
        let namespace = object.metadata.namespace ?? ""
        selector.append("involvedObject.namespace=\(namespace)")
        if let uid = object.metadata.uid { selector.append("involvedObject.uid=\(uid)") }
        let events = try? await client.list(
            Event.self, namespace: namespace.isEmpty ? nil : namespace,
            options: ListOptions(fieldSelector: selector.joined(separator: ","))
        )
        return events?.items ?? []
    }
}
