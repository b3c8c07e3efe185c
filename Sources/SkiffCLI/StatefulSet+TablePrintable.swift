import Foundation
import SkiffAPI

extension StatefulSet: TablePrintable {
    public static func columns(wide: Bool) -> [String] {
        ["NAME", "READY", "AGE"] + (wide ? ["CONTAINERS", "IMAGES"] : [])
    }

    public func cells(wide: Bool, now: Date) -> [String] {
        var cells = [
            metadata.name ?? "", "\(status?.readyReplicas ?? 0)/\(spec?.replicas ?? 0)",
            HumanDuration.since(metadata.creationTimestamp, now: now),
        ]
        if wide { cells += ResourceTable.containerCells(spec?.template.spec) }
        return cells
    }
}
