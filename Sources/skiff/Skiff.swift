import ArgumentParser
import SkiffCLI

/// The `skiff` command: run cluster components and talk to a cluster, in kubectl's shape.
@main
struct Skiff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skiff",
        abstract: "Kubernetes' architecture as an embedded Swift runtime.",
        subcommands: [
            ApplyCommand.self, CreateCommand.self, GetCommand.self, DescribeCommand.self, DeleteCommand.self,
            ScaleCommand.self, VersionCommand.self,
            LogsCommand.self, TopCommand.self, RolloutCommand.self, UpCommand.self, APIServerCommand.self, SchedulerCommand.self, ControllerManagerCommand.self, NodeCommand.self, BenchCommand.self,
        ]
    )
}
