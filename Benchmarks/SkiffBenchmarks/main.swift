// Skiff's benchmarks: `swift run -c release SkiffBenchmarks [NAME …]` runs the named ones (all by
// default) and prints their figures. Each benchmark is an `enum` with `static func run() async throws`.
let benchmarks: [(name: String, run: () async throws -> Void)] = [
    ("codec", CodecBenchmark.run),
    ("store", StoreBenchmark.run),
    ("apiserver", APIServerBenchmark.run),
    ("actorhop", ActorHopBenchmark.run),
    ("wire", WireBenchmark.run),
    ("cluster", ClusterBenchmark.run),
]
let requested = Set(CommandLine.arguments.dropFirst())
for benchmark in benchmarks where requested.isEmpty || requested.contains(benchmark.name) {
    try await benchmark.run()
}
