import Foundation

/// The figures of one workload run, as upstream's scheduler_perf reports them (throughput:
/// average and percentiles of 1-second windows; per-pod latency percentiles) plus Skiff's
/// resource figures. Printed as a table row and as one JSON line.
struct SchedulingResult: Sendable {
    var workload: String
    /// "local" (one loop, `LocalClient`) or "remote" (scheduler over TCP on its own loop).
    var mode: String
    var nodes: Int
    var initPods: Int
    var measurePods: Int
    var boundPods: Int
    /// From the first measured create to the last measured binding seen, in seconds.
    var seconds: Double
    var podsPerSecond: Double
    /// Percentiles of the pods bound in each 1-second window (sliding by 100 ms).
    var windowP50: Double
    var windowP90: Double
    var windowP99: Double
    /// Per-pod latency, create acknowledged → binding seen on the watch, milliseconds.
    var latencyP50: Double
    var latencyP90: Double
    var latencyP99: Double
    var peakRSSMiB: Double
    var cpuSeconds: Double
    var upstreamThreshold: Double?

    /// Throughput figures from bound times (seconds since the origin) measured from `start`.
    static func throughput(boundAt: [Double], start: Double) -> (average: Double, seconds: Double, p50: Double, p90: Double, p99: Double) {
        let times = boundAt.filter { !$0.isNaN }.sorted()
        guard let last = times.last else { return (0, 0, 0, 0, 0) }
        let duration = max(last - start, 1e-6)
        let average = Double(times.count) / duration
        var windows: [Double] = []
        if duration <= 1 {
            windows = [average]
        } else {
            // Two pointers over the sorted times: pods bound in [from, from + 1 s).
            var from = start
            var low = 0
            var high = 0
            while from + 1 <= last + 1e-9 {
                while low < times.count, times[low] < from { low += 1 }
                while high < times.count, times[high] < from + 1 { high += 1 }
                windows.append(Double(high - low))
                from += 0.1
            }
        }
        windows.sort()
        return (average, duration, percentile(windows, 0.5), percentile(windows, 0.9), percentile(windows, 0.99))
    }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p + 0.5))]
    }

    /// Columns: name and width (negative: left-aligned).
    private static let columns: [(String, Int)] = [
        ("workload", -38), ("mode", -6), ("pods", 7), ("pods/s", 8), ("win p50", 8), ("win p90", 8), ("win p99", 8),
        ("lat p50", 9), ("lat p90", 9), ("lat p99", 9), ("RSS MiB", 8), ("CPU s", 6), ("×upstr", 7),
    ]

    private static func line(_ cells: [String]) -> String {
        zip(cells, columns).map { cell, column in
            let width = abs(column.1)
            let pad = String(repeating: " ", count: max(0, width - cell.count))
            return column.1 < 0 ? cell + pad : pad + cell
        }.joined(separator: " ")
    }

    static var tableHeader: String { line(columns.map(\.0)) }

    var tableRow: String {
        func f(_ value: Double, _ digits: Int = 0) -> String { String(format: "%.\(digits)f", value) }
        let ratio = upstreamThreshold.map { f(podsPerSecond / $0) + "×" } ?? "—"
        return Self.line([
            workload, mode, String(boundPods), f(podsPerSecond), f(windowP50), f(windowP90), f(windowP99),
            f(latencyP50, 1) + "ms", f(latencyP90, 1) + "ms", f(latencyP99, 1) + "ms", f(peakRSSMiB), f(cpuSeconds, 1), ratio,
        ])
    }

    var jsonLine: String {
        func number(_ value: Double) -> String { String(format: "%.1f", value) }
        var fields = [
            "\"workload\":\"\(workload)\"", "\"mode\":\"\(mode)\"", "\"nodes\":\(nodes)", "\"init_pods\":\(initPods)",
            "\"measure_pods\":\(measurePods)", "\"bound_pods\":\(boundPods)", "\"seconds\":\(String(format: "%.3f", seconds))",
            "\"pods_per_second\":\(number(podsPerSecond))", "\"p50\":\(number(windowP50))", "\"p90\":\(number(windowP90))",
            "\"p99\":\(number(windowP99))", "\"latency_ms_p50\":\(number(latencyP50))", "\"latency_ms_p90\":\(number(latencyP90))",
            "\"latency_ms_p99\":\(number(latencyP99))", "\"peak_rss_mib\":\(number(peakRSSMiB))", "\"cpu_seconds\":\(number(cpuSeconds))",
        ]
        if let upstreamThreshold {
            fields.append("\"upstream_threshold\":\(number(upstreamThreshold))")
            fields.append("\"ratio_to_upstream\":\(number(podsPerSecond / upstreamThreshold))")
        }
        return "{" + fields.joined(separator: ",") + "}"
    }
}
