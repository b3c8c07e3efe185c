import Foundation

/// Scheduling throughput, scheduler_perf style: `SkiffBenchmarks schedule [options]`.
///
/// Options: `--workload NAME` (repeatable; a prefix selects every workload it starts; default:
/// all), `--nodes N`, `--pods N` (measured pods), `--init-pods N`, `--creators N` (concurrent pod
/// creators, default 256), `--remote` (the scheduler over TCP only), `--both` (local then
/// remote), `--timeout SECONDS`, `--cycle` (the scheduler alone: `SchedulingCycleBenchmark`). Each run
/// (workload and mode) runs in its own process. Prints a table and one JSON line per run. With
/// `SKIFF_BENCH_TRACE=1` in the environment each run also prints its progress every 250 ms
/// (bindings returned, in flight, seen on the watch) — how the pipeline's stages keep up.
public enum SchedulingBenchmark {
    public static func run() async throws {
        try await run(arguments: Array(CommandLine.arguments.dropFirst()), command: ["schedule"])
    }

    /// Runs what `arguments` ask for. Each run (workload and mode) runs in a child process of
    /// this executable (`ChildSchedulingRun`), started with `command` and the options.
    public static func run(arguments: [String], command: [String]) async throws {
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
        if ChildSchedulingRun.isChild {
            // The parent names one workload exactly; a prefix match would add others.
            for workload in workloads where names.contains(workload.name) {
                for remote in modes {
                    let result = try await SchedulingRun(workload: workload, remote: remote, creators: creators, timeout: .seconds(timeout)).run()
                    print(result.jsonLine)
                    print(ChildSchedulingRun.rowMarker + result.tableRow)
                }
            }
            return
        }
        print("== Scheduling throughput (release build, real API server, SQLite WAL synchronous=FULL, \(creators) pod creators; each run in its own process) ==")
        var shared = ["--creators", String(creators), "--timeout", String(timeout)]
        if let nodes { shared += ["--nodes", String(nodes)] }
        if let pods { shared += ["--pods", String(pods)] }
        if let initPods { shared += ["--init-pods", String(initPods)] }
        let child = ChildSchedulingRun(command: command, options: shared)
        var rows: [String] = []
        for workload in workloads {
            for remote in modes {
                rows.append(try child.run(workload: workload.name, remote: remote))
            }
        }
        print(SchedulingResult.tableHeader)
        for row in rows { print(row) }
    }
}

/// A `--workload` that names no workload: the run fails (non-zero exit) with the known names.
public struct UnknownWorkload: Error, CustomStringConvertible {
    public var description: String
}
