import Foundation

/// Scheduling throughput, scheduler_perf style: `SkiffBenchmarks schedule [options]`.
///
/// Options: `--workload NAME` (repeatable; a prefix selects every workload it starts; default:
/// all), `--nodes N`, `--pods N` (measured pods), `--init-pods N`, `--creators N` (concurrent pod
/// creators, default 256), `--remote` (the scheduler over TCP only), `--both` (local then
/// remote), `--timeout SECONDS`, `--cycle` (the scheduler alone: `SchedulingCycleBenchmark`). Prints a table and one JSON line per run. With
/// `SKIFF_BENCH_TRACE=1` in the environment each run also prints its progress every 250 ms
/// (bindings returned, in flight, seen on the watch) — how the pipeline's stages keep up.
public enum SchedulingBenchmark {
    public static func run() async throws {
        try await run(arguments: Array(CommandLine.arguments.dropFirst()))
    }

    public static func run(arguments: [String]) async throws {
        var names: [String] = []
        var nodes: Int?
        var pods: Int?
        var initPods: Int?
        var creators = 256
        var modes = [false]
        var timeout = 300
        var cycleOnly = false
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            func value() -> String { iterator.next() ?? "" }
            switch argument {
            case "--workload": names.append(value())
            case "--nodes": nodes = Int(value())
            case "--pods": pods = Int(value())
            case "--init-pods": initPods = Int(value())
            case "--creators": creators = Int(value()) ?? creators
            case "--remote": modes = [true]
            case "--both": modes = [false, true]
            case "--timeout": timeout = Int(value()) ?? timeout
            case "--cycle": cycleOnly = true
            default: continue
            }
        }
        var workloads = SchedulingWorkload.all.filter { workload in
            names.isEmpty || names.contains { workload.name == $0 || workload.name.hasPrefix($0) }
        }
        if workloads.isEmpty {
            throw UnknownWorkload(
                description: "no workload matches \(names.joined(separator: ", ")); known: \(SchedulingWorkload.all.map(\.name).joined(separator: ", "))"
            )
        }
        workloads = workloads.map { workload in
            var changed = workload
            if let nodes { changed.nodes = nodes }
            if let pods { changed.measurePods = pods }
            if let initPods { changed.initPods = initPods }
            return changed
        }
        if cycleOnly {
            for workload in workloads { print(try SchedulingCycleBenchmark.run(workload)) }
            return
        }
        print("== Scheduling throughput (release build, real API server, SQLite WAL synchronous=FULL, \(creators) pod creators) ==")
        var results: [SchedulingResult] = []
        for workload in workloads {
            for remote in modes {
                let run = SchedulingRun(workload: workload, remote: remote, creators: creators, timeout: .seconds(timeout))
                let result = try await run.run()
                print(result.jsonLine)
                results.append(result)
            }
        }
        print(SchedulingResult.tableHeader)
        for result in results { print(result.tableRow) }
    }
}

/// A `--workload` that names no workload: the run fails (non-zero exit) with the known names.
public struct UnknownWorkload: Error, CustomStringConvertible {
    public var description: String
}
