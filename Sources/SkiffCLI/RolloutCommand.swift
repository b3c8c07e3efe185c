import ArgumentParser
import Foundation
import SkiffAPI
import SkiffClient
import SkiffControllers

/// `skiff rollout status|history|undo|restart|pause|resume deploy/NAME`: kubectl's rollout
/// commands for Deployments, with its messages (the logic is `SkiffControllers.Rollout`).
public struct RolloutCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rollout", abstract: "Manage the rollout of a deployment.",
        subcommands: [Status.self, History.self, Undo.self, Restart.self, Pause.self, Resume.self]
    )

    public init() {}

    /// `deploy/web`, `deployment web`, `deployments.apps/web` → `web`; other kinds are refused.
    static func deploymentName(_ arguments: [String]) throws -> String {
        let (type, names) = try ResourceTypes.resolveArguments(arguments)
        guard type == Deployment.self else {
            throw CommandError("no rollout support for \(type.resourceInfo.qualifiedResource): only deployments are supported")
        }
        guard names.count == 1 else { throw CommandError("exactly one deployment name is required") }
        return names[0]
    }

    /// Runs `body` against the cluster and prints its one-line result.
    static func runOnce(_ options: ClientOptions, _ body: @escaping (any APIClient) async throws -> String) async throws {
        try await ClusterConnection.run(server: options.server) { client, output in
            await execute(client: client, output: output, body)
        }
    }

    /// Prints what `body` returns, or the error as kubectl does.
    public static func execute(client: any APIClient, output: CommandOutput, _ body: (any APIClient) async throws -> String) async -> ExitCode {
        do {
            output.write(try await body(client) + "\n")
            return .success
        } catch {
            output.report(error)
            return .failure
        }
    }

    /// `rollout status`: prints progress until the rollout is done (or once with `--watch=false`).
    public struct Status: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(abstract: "Show the status of the rollout.")
        @OptionGroup public var options: ClientOptions
        @Argument public var resource: [String]
        @Option(help: "Wait for the rollout to finish.")
        public var watch = true
        public init() {}

        public func run() async throws {
            try await ClusterConnection.run(server: options.server) { client, output in
                await execute(client: client, output: output)
            }
        }

        public func execute(client: any APIClient, output: CommandOutput) async -> ExitCode {
            do {
                let name = try RolloutCommand.deploymentName(resource)
                var deployment = try await client.get(Deployment.self, name: name, namespace: options.namespace)
                var last: String?
                let stream = watch ? try await client.watch(
                    Deployment.self, namespace: options.namespace, resourceVersion: deployment.metadata.resourceVersion,
                    fieldSelector: "metadata.name=\(name)"
                ) : nil
                defer { stream?.cancel() }
                while true {
                    let progress = try Rollout.status(of: deployment)
                    if progress.message != last { output.write(progress.message + "\n") }
                    last = progress.message
                    if progress.isDone || !watch { return .success }
                    guard let event = try await stream?.next() else { return .failure }
                    if event.type == .deleted { throw CommandError("object has been deleted") }
                    if event.type != .bookmark { deployment = event.object }
                }
            } catch let exceeded as Rollout.ProgressDeadlineExceeded {
                output.writeError("error: \(exceeded.description)\n")
                return .failure
            } catch {
                output.report(error)
                return .failure
            }
        }
    }

    /// `rollout history`: the revisions kept, with their change causes.
    public struct History: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(abstract: "Show the revisions of a deployment.")
        @OptionGroup public var options: ClientOptions
        @Argument public var resource: [String]
        public init() {}

        public func run() async throws {
            try await RolloutCommand.runOnce(options, body)
        }

        public func body(_ client: any APIClient) async throws -> String {
            let name = try RolloutCommand.deploymentName(resource)
            let revisions = try await Rollout.history(deployment: name, namespace: options.namespace, client: client)
            var text = "REVISION\tCHANGE-CAUSE\n"
            for revision in revisions { text += "\(revision.number)\t\(revision.changeCause ?? "<none>")\n" }
            var table = TabWriter(minimumWidth: 0, padding: 2, remembersWidths: false)
            // The body already ends in a newline; `execute` adds the last one.
            return "deployment.apps/\(name) \n" + table.format(text).dropLast()
        }
    }

    /// `rollout undo [--to-revision N]`.
    public struct Undo: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(abstract: "Roll back to a previous revision.")
        @OptionGroup public var options: ClientOptions
        @Argument public var resource: [String]
        @Option(help: "The revision to roll back to (0: the previous one).")
        public var toRevision: Int64 = 0
        public init() {}

        public func run() async throws {
            try await RolloutCommand.runOnce(options, body)
        }

        public func body(_ client: any APIClient) async throws -> String {
            try await Rollout.undo(
                deployment: try RolloutCommand.deploymentName(resource), namespace: options.namespace,
                toRevision: toRevision, client: client
            )
        }
    }

    /// `rollout restart`: new pods for the same template.
    public struct Restart: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(abstract: "Restart every pod of a deployment.")
        @OptionGroup public var options: ClientOptions
        @Argument public var resource: [String]
        public init() {}

        public func run() async throws {
            try await RolloutCommand.runOnce(options) { client in try await body(client, now: Date()) }
        }

        public func body(_ client: any APIClient, now: Date) async throws -> String {
            try await Rollout.restart(
                deployment: try RolloutCommand.deploymentName(resource), namespace: options.namespace, now: now, client: client
            )
        }
    }

    /// `rollout pause`.
    public struct Pause: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(abstract: "Stop rolling out template changes.")
        @OptionGroup public var options: ClientOptions
        @Argument public var resource: [String]
        public init() {}

        public func run() async throws {
            try await RolloutCommand.runOnce(options, body)
        }

        public func body(_ client: any APIClient) async throws -> String {
            try await Rollout.setPaused(true, deployment: try RolloutCommand.deploymentName(resource), namespace: options.namespace, client: client)
        }
    }

    /// `rollout resume`.
    public struct Resume: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(abstract: "Resume rolling out template changes.")
        @OptionGroup public var options: ClientOptions
        @Argument public var resource: [String]
        public init() {}

        public func run() async throws {
            try await RolloutCommand.runOnce(options, body)
        }

        public func body(_ client: any APIClient) async throws -> String {
            try await Rollout.setPaused(false, deployment: try RolloutCommand.deploymentName(resource), namespace: options.namespace, client: client)
        }
    }
}
