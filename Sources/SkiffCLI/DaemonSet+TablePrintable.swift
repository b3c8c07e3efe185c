import Foundation
import SkiffAPI

extension DaemonSet: TablePrintable {
    public static func columns(wide: Bool) -> [String] {
        ["NAME", "DESIRED", "CURRENT", "READY", "UP-TO-DATE", "AVAILABLE", "NODE SELECTOR", "AGE"]
            + (wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : [])
    }

    public func cells(wide: Bool, now: Date) -> [String] {
        var cells = [
            metadata.name ?? "", String(status?.desiredNumberScheduled ?? 0), String(status?.currentNumberScheduled ?? 0),
            String(status?.numberReady ?? 0), String(status?.updatedNumberScheduled ?? 0),
            String(status?.numberAvailable ?? 0), ResourceTable.formatLabels(spec?.template.spec?.nodeSelector),
            HumanDuration.since(metadata.creationTimestamp, now: now),
        ]
        if wide {
            cells += ResourceTable.containerCells(spec?.template.spec) + [ResourceTable.formatSelector(spec?.selector)]
        }
        return cells
    }
}
