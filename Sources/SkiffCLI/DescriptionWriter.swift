import Foundation
import SkiffAPI

/// kubectl describe's `PrefixWriter` over a `TabWriter.description()`: lines at an indentation
/// level (two spaces per level), cells separated by tabs, aligned per column block. `flush()`
/// ends a block as kubectl's `w.Flush()` does (the events table is aligned on its own).
struct DescriptionWriter {
    private var pending = ""
    private(set) var text = ""

    /// Writes `line` (cells separated by `\t`, ending in `\n` unless continued) at `level`.
    mutating func write(_ level: Int, _ line: String) {
        pending += String(repeating: "  ", count: level) + line
    }

    /// Aligns what was written since the last flush.
    mutating func flush() {
        var writer = TabWriter.description()
        text += writer.format(pending)
        pending = ""
    }

    /// `Labels:  a=1` then one `k=v` per line, aligned under the first; `<none>` when empty.
    mutating func labels(_ title: String, _ labels: [String: String]?, indent: String = "") {
        pairs(title, (labels ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }, indent: indent)
    }

    /// `Annotations:  key: value`, one per line, without the last-applied configuration (as kubectl).
    mutating func annotations(_ title: String, _ annotations: [String: String]?, indent: String = "") {
        let shown = (annotations ?? [:]).filter { $0.key != LastAppliedConfiguration.annotation }
        pairs(title, shown.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }, indent: indent)
    }

    private mutating func pairs(_ title: String, _ entries: [String], indent: String) {
        guard let first = entries.first else {
            write(0, "\(indent)\(title):\t<none>\n")
            return
        }
        write(0, "\(indent)\(title):\t\(first)\n")
        for entry in entries.dropFirst() { write(0, "\(indent)\t\(entry)\n") }
    }

    /// The `Events:` section: kubectl's `DescribeEvents`, its own aligned block.
    mutating func events(_ events: [Event], now: Date) {
        guard !events.isEmpty else {
            write(0, "Events:\t<none>\n")
            return
        }
        flush()
        write(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n")
        write(1, "----\t------\t----\t----\t-------\n")
        let sorted = events.sorted { ($0.lastTimestamp ?? $0.firstTimestamp)?.date ?? .distantPast < ($1.lastTimestamp ?? $1.firstTimestamp)?.date ?? .distantPast }
        for event in sorted {
            var age = event.firstSeen(now: now)
            if let count = event.count, count > 1, let last = event.lastTimestamp {
                age = "\(HumanDuration.since(last, now: now)) (x\(count) over \(age))"
            }
            let source = event.source?.component ?? event.reportingComponent ?? ""
            write(1, "\(event.type?.rawValue ?? "")\t\(event.reason ?? "")\t\(age)\t\(source)\t\((event.message ?? "").trimmingCharacters(in: .whitespacesAndNewlines))\n")
        }
    }

    /// kubectl's describe timestamps: Go's `time.RFC1123Z` in UTC, `Mon, 02 Jan 2006 15:04:05 +0000`.
    static func timestamp(_ time: SkiffAPI.Time?) -> String {
        guard let time else { return "<unset>" }
        return time.date.formatted(rfc1123)
    }

    private static let rfc1123 = Date.VerbatimFormatStyle(
        format: "\(weekday: .abbreviated), \(day: .twoDigits) \(month: .abbreviated) \(year: .defaultDigits) \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits):\(second: .twoDigits) +0000",
        locale: Locale(identifier: "en_US_POSIX"), timeZone: TimeZone(identifier: "UTC")!, calendar: Calendar(identifier: .gregorian)
    )
}
