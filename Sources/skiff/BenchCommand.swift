import ArgumentParser
import SkiffSchedulingBenchmark

/// `skiff bench`: Skiff's benchmarks from the command line (the full set is `make bench`).
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Run a benchmark.", subcommands: [Schedule.self]
    )

    /// `skiff bench schedule`: the scheduler_perf-style scheduling throughput benchmark against a
    /// real API server and durable store in this process. Build with `-c release` for figures
    /// worth comparing.
    struct Schedule: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Scheduling throughput (scheduler_perf's workloads): pods/s, latency, CPU, RSS."
        )

        @Option(help: "A workload, or a prefix of several (SchedulingBasic, NodeAffinity, TopologySpreading, PodAntiAffinity, Unschedulable, Preemption); repeatable. Default: all.")
        var workload: [String] = []

        @Option(help: "Nodes (overrides the workload's).")
        var nodes: Int?

        @Option(help: "Measured pods (overrides the workload's).")
        var pods: Int?

        @Option(help: "Pods created before measuring (overrides the workload's).")
        var initPods: Int?

        @Option(help: "Concurrent pod creators.")
        var creators = 256

        @Flag(help: "Run the scheduler over TCP (WireServer + RemoteClient) instead of in process.")
        var remote = false

        @Flag(help: "Run each workload in process, then over TCP.")
        var both = false

        @Option(help: "Give up on a run after this many seconds.")
        var timeout = 300

        func run() async throws {
            var arguments: [String] = []
            for name in workload { arguments += ["--workload", name] }
            if let nodes { arguments += ["--nodes", String(nodes)] }
            if let pods { arguments += ["--pods", String(pods)] }
            if let initPods { arguments += ["--init-pods", String(initPods)] }
            arguments += ["--creators", String(creators), "--timeout", String(timeout)]
            if both { arguments.append("--both") } else if remote { arguments.append("--remote") }
            try await SchedulingBenchmark.run(arguments: arguments, command: ["bench", "schedule"])
        }
    }
}
