// Skiff's benchmarks: `swift run -c release SkiffBenchmarks [NAME …] [--option …]` runs the named
// ones (all by default) and prints their figures. Each benchmark is an `enum` with
// `static func run() async throws`; options after the names are read by the benchmark
// (`schedule`: see `SchedulingBenchmark`).
import SkiffSchedulingBenchmark

let benchmarks: [(name: String, run: () async throws -> Void)] = [
    ("codec", CodecBenchmark.run),
    ("store", StoreBenchmark.run),
    ("apiserver", APIServerBenchmark.run),
    ("actorhop", ActorHopBenchmark.run),
    ("wire", WireBenchmark.run),
    ("cluster", ClusterBenchmark.run),
    ("schedule", SchedulingBenchmark.run),  // shared with `skiff bench schedule` (SkiffSchedulingBenchmark)
]
let requested = Set(CommandLine.arguments.dropFirst().prefix { !$0.hasPrefix("--") })
for benchmark in benchmarks where requested.isEmpty || requested.contains(benchmark.name) {
    try await benchmark.run()
}
