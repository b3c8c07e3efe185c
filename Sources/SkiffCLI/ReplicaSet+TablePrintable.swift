import Foundation
import SkiffAPI

extension ReplicaSet: TablePrintable {
    public static func columns(wide: Bool) -> [String] {
        ["NAME", "DESIRED", "CURRENT", "READY", "AGE"] + (wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : [])
    }

    public func cells(wide: Bool, now: Date) -> [String] {
        var cells = [
            metadata.name ?? "", String(spec?.replicas ?? 0), String(status?.replicas ?? 0),
            String(status?.readyReplicas ?? 0), HumanDuration.since(metadata.creationTimestamp, now: now),
        ]
        if wide {
            cells += ResourceTable.containerCells(spec?.template?.spec) + [ResourceTable.formatSelector(spec?.selector)]
        }
        return cells
    }
}
