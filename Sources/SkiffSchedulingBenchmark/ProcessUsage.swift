import Foundation
import Glibc

/// The process's CPU time and resident memory, for the per-workload figures.
enum ProcessUsage {
    /// User + system CPU seconds of the whole process so far (every thread: loops, the store's
    /// writer, the allocator).
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Peak resident set size in bytes (`VmHWM` of /proc/self/status).
    static func peakResidentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        return (Int(line.filter(\.isNumber)) ?? 0) * 1024
    }

    /// Resets the peak to the current RSS (Linux: writing 5 to /proc/self/clear_refs), so each
    /// workload reports its own peak even when several run in one process.
    static func resetPeakResident() {
        guard let file = fopen("/proc/self/clear_refs", "w") else { return }
        fputs("5", file)
        fclose(file)
    }
}
