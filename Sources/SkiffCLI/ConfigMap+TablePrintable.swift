import Foundation
import SkiffAPI

extension ConfigMap: TablePrintable {
    public static func columns(wide: Bool) -> [String] { ["NAME", "DATA", "AGE"] }

    public func cells(wide: Bool, now: Date) -> [String] {
        [
            metadata.name ?? "", String((data?.count ?? 0) + (binaryData?.count ?? 0)),
            HumanDuration.since(metadata.creationTimestamp, now: now),
        ]
    }
}
