import Foundation
import SkiffAPI

extension Job: TablePrintable {
    public static func columns(wide: Bool) -> [String] {
        ["NAME", "STATUS", "COMPLETIONS", "DURATION", "AGE"] + (wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : [])
    }

    public func cells(wide: Bool, now: Date) -> [String] {
        let succeeded = status?.succeeded ?? 0
        let completions: String
        if let wanted = spec?.completions {
            completions = "\(succeeded)/\(wanted)"
        } else if let parallelism = spec?.parallelism, parallelism > 1 {
            completions = "\(succeeded)/1 of \(parallelism)"
        } else {
            completions = "\(succeeded)/1"
        }
        var duration = ""
        if let start = status?.startTime {
            duration = HumanDuration.format((status?.completionTime?.date ?? now).timeIntervalSince(start.date))
        }
        var cells = [
            metadata.name ?? "", statusText, completions, duration, HumanDuration.since(metadata.creationTimestamp, now: now),
        ]
        if wide {
            cells += ResourceTable.containerCells(spec?.template.spec) + [ResourceTable.formatSelector(spec?.selector)]
        }
        return cells
    }

    /// kubectl's job STATUS (1.30+): the first true terminal or suspending condition, else `Running`.
    private var statusText: String {
        let conditions = (status?.conditions ?? []).filter { $0.status == .true }
        for type in [JobConditionType.complete, .failed, .failureTarget, .successCriteriaMet, .suspended]
        where conditions.contains(where: { $0.type == type }) {
            return type.rawValue
        }
        return "Running"
    }
}
