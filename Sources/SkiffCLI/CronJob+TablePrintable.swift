import Foundation
import SkiffAPI

extension CronJob: TablePrintable {
    public static func columns(wide: Bool) -> [String] {
        ["NAME", "SCHEDULE", "TIMEZONE", "SUSPEND", "ACTIVE", "LAST SCHEDULE", "AGE"]
    }

    public func cells(wide: Bool, now: Date) -> [String] {
        [
            metadata.name ?? "", spec?.schedule ?? "", spec?.timeZone ?? "<none>",
            (spec?.suspend ?? false) ? "True" : "False", String(status?.active?.count ?? 0),
            status?.lastScheduleTime.map { HumanDuration.since($0, now: now) } ?? "<none>",
            HumanDuration.since(metadata.creationTimestamp, now: now),
        ]
    }
}
