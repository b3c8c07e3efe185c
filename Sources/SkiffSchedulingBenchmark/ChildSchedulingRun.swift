import Foundation

/// One `SchedulingRun` in a child process of this executable, so that every run starts with a
/// fresh heap and its own peak RSS.
///
/// Why: runs in one process inherit each other's heap. Peak RSS is process-wide, and a heap
/// left fragmented by earlier runs slowed later ones — TopologySpreading (local) measured 2,480
/// pods/s after six other runs and 3,550 alone. Upstream's scheduler_perf also starts each
/// workload on a fresh cluster.
///
/// The child is this executable with `command` (how it reaches the benchmark:
/// `["schedule"]` for SkiffBenchmarks, `["bench", "schedule"]` for `skiff`), one workload, one
/// mode and `singleRunEnvironment` set. It prints its JSON line as usual and its table row
/// after `rowMarker`; every other line it prints is passed through.
struct ChildSchedulingRun {
    /// Set in a child's environment: run in this process and mark the table row.
    static let singleRunEnvironment = "SKIFF_BENCH_SINGLE_RUN"
    static let rowMarker = "table-row\t"

    static var isChild: Bool { ProcessInfo.processInfo.environment[singleRunEnvironment] != nil }

    let command: [String]
    /// The options every run shares (`--nodes`, `--creators`, …).
    let options: [String]

    /// Runs `workload` in a child and returns its table row; throws when the child fails.
    func run(workload: String, remote: Bool) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        process.arguments = command + options + ["--workload", workload] + (remote ? ["--remote"] : [])
        var environment = ProcessInfo.processInfo.environment
        environment[Self.singleRunEnvironment] = "1"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var row: String?
        var pending = Data()
        func take(_ line: Data) {
            let text = String(decoding: line, as: UTF8.self)
            if text.hasPrefix(Self.rowMarker) {
                row = String(text.dropFirst(Self.rowMarker.count))
            } else {
                print(text)
            }
        }
        while true {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                take(pending[pending.startIndex..<newline])
                pending = Data(pending[pending.index(after: newline)...])
            }
        }
        if !pending.isEmpty { take(pending) }
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0, let row else {
            throw ChildRunFailed(description: "the \(workload) run (\(remote ? "remote" : "local")) failed: exit \(process.terminationStatus)")
        }
        return row
    }
}

/// A run's child process exited without a result.
struct ChildRunFailed: Error, CustomStringConvertible {
    var description: String
}
