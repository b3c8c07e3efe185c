import Foundation
import SkiffAPI

extension Deployment: TablePrintable {
    public static func columns(wide: Bool) -> [String] {
        ["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"] + (wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : [])
    }

    public func cells(wide: Bool, now: Date) -> [String] {
        let desired = spec?.replicas ?? 0
        var cells = [
            metadata.name ?? "", "\(status?.readyReplicas ?? 0)/\(desired)", String(status?.updatedReplicas ?? 0),
            String(status?.availableReplicas ?? 0), HumanDuration.since(metadata.creationTimestamp, now: now),
        ]
        if wide {
            cells += ResourceTable.containerCells(spec?.template.spec) + [ResourceTable.formatSelector(spec?.selector)]
        }
        return cells
    }
}
