import ArgumentParser

/// The `skiff` command: run cluster components and talk to a cluster, in kubectl's shape.
@main
struct Skiff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skiff",
        abstract: "Kubernetes' architecture as an embedded Swift runtime.",
        subcommands: [Version.self, APIServerCommand.self]
    )
}
