import Foundation
import SkiffAPI

extension Event: TablePrintable {
    public static func columns(wide: Bool) -> [String] { ["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"] }

    public func cells(wide: Bool, now: Date) -> [String] {
        let kind = (involvedObject.kind ?? "").lowercased()
        let name = involvedObject.name ?? ""
        return [
            lastSeen(now: now), type?.rawValue ?? "", reason ?? "", name.isEmpty ? kind : "\(kind)/\(name)",
            (message ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
        ]
    }

    /// kubectl's event age: the series' last observation, else `lastTimestamp`, else the first
    /// time the event was seen (`firstTimestamp` or `eventTime`).
    func lastSeen(now: Date) -> String {
        if let observed = series?.lastObservedTime { return HumanDuration.format(now.timeIntervalSince(observed.date)) }
        if let last = lastTimestamp { return HumanDuration.since(last, now: now) }
        return firstSeen(now: now)
    }

    /// `firstTimestamp`, else `eventTime`.
    func firstSeen(now: Date) -> String {
        if let first = firstTimestamp { return HumanDuration.since(first, now: now) }
        if let eventTime { return HumanDuration.format(now.timeIntervalSince(eventTime.date)) }
        return "<unknown>"
    }
}
