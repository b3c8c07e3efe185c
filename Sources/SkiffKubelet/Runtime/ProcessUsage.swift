import Foundation
import Glibc

/// CPU and memory of processes, read from `/proc/<pid>/stat` and `/proc/<pid>/statm` (what
/// cAdvisor falls back to without cgroups).
enum ProcessUsage {
    private static let clockTicksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
    private static let pageSize = Int64(sysconf(Int32(_SC_PAGESIZE)))

    /// One process's fields from `/proc/<pid>/stat`.
    struct Stat {
        var state: Character
        var processGroup: Int32
        var cpuSeconds: Double
    }

    /// Parses `/proc/<pid>/stat`; the command name is in parentheses and may hold spaces, so
    /// fields are counted from the last `)`.
    static func stat(pid: Int32) -> Stat? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // After ")": state(3) ppid(4) pgrp(5) … utime(14) stime(15), so index = field - 3.
        guard fields.count > 12, let state = fields[0].first, let group = Int32(fields[2]),
              let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return Stat(state: state, processGroup: group, cpuSeconds: (user + system) / clockTicksPerSecond)
    }

    /// Resident bytes of one process (`statm`'s second field, in pages).
    static func residentBytes(pid: Int32) -> Int64? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int64(fields[1]) else { return nil }
        return pages * pageSize
    }

    /// True while `pid` exists and is not a zombie.
    static func isAlive(pid: Int32) -> Bool {
        guard let stat = stat(pid: pid) else { return false }
        return stat.state != "Z" && stat.state != "X"
    }

    /// The summed usage of every live process in the process group `group` (a container's command
    /// and everything it started), nil when none is left.
    static func ofProcessGroup(_ group: Int32) -> ContainerUsage? {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return nil }
        var usage = ContainerUsage(cpuSeconds: 0, memoryBytes: 0)
        var found = false
        for entry in entries {
            guard let pid = Int32(entry), let stat = stat(pid: pid), stat.processGroup == group,
                  stat.state != "Z" else { continue }
            found = true
            usage.cpuSeconds += stat.cpuSeconds
            usage.memoryBytes += residentBytes(pid: pid) ?? 0
        }
        return found ? usage : nil
    }
}
