import Foundation
import SkiffAPI

extension Namespace: TablePrintable {
    public static func columns(wide: Bool) -> [String] { ["NAME", "STATUS", "AGE"] }

    public func cells(wide: Bool, now: Date) -> [String] {
        [metadata.name ?? "", status?.phase?.rawValue ?? "", HumanDuration.since(metadata.creationTimestamp, now: now)]
    }
}
