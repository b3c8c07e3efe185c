import Foundation

/// A container's usage as `metrics.k8s.io` reports it: CPU as cores averaged over a window,
/// memory as it is now. Pure: tested without actors.
///
/// The window runs from the previous sample of the same container run to the current one
/// (metrics-server's two scrapes). With no usable previous sample (the first request since the
/// container started, or a counter that went backwards) it is the container's lifetime so far,
/// from `runningSince`; with no start time either, the rate is 0 over an empty window.
struct ContainerUsageRate: Sendable, Hashable {
    var cpuMillicores: Int64
    var memoryBytes: Int64
    /// Seconds the CPU rate is averaged over.
    var window: TimeInterval

    static func between(
        _ previous: ContainerUsageSample?, _ current: ContainerUsageSample, runningSince: Date?
    ) -> ContainerUsageRate {
        var cpuSeconds = 0.0
        var window = 0.0
        if let previous, current.usage.cpuSeconds >= previous.usage.cpuSeconds, current.time > previous.time {
            cpuSeconds = current.usage.cpuSeconds - previous.usage.cpuSeconds
            window = current.time.timeIntervalSince(previous.time)
        } else if let runningSince, current.time > runningSince {
            cpuSeconds = current.usage.cpuSeconds
            window = current.time.timeIntervalSince(runningSince)
        }
        let cores = window > 0 ? cpuSeconds / window : 0
        return ContainerUsageRate(
            cpuMillicores: Int64((cores * 1000).rounded()), memoryBytes: current.usage.memoryBytes, window: window
        )
    }

    /// `window` in Go's `time.Duration` spelling, as `metrics.k8s.io` writes it: `0s`, `250ms`,
    /// `10.5s`, `1m30s`, `2h0m1s` (to the millisecond).
    static func goDuration(_ seconds: TimeInterval) -> String {
        let milliseconds = Int64((max(0, seconds) * 1000).rounded())
        if milliseconds == 0 { return "0s" }
        if milliseconds < 1000 { return "\(milliseconds)ms" }
        let hours = milliseconds / 3_600_000
        let minutes = milliseconds / 60_000 % 60
        let wholeSeconds = milliseconds / 1000 % 60
        let fraction = milliseconds % 1000
        var text = ""
        if hours > 0 { text += "\(hours)h" }
        if hours > 0 || minutes > 0 { text += "\(minutes)m" }
        text += "\(wholeSeconds)"
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 3 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text + "s"
    }
}
