import Foundation
import SkiffAPI

extension ServiceAccount: TablePrintable {
    public static func columns(wide: Bool) -> [String] { ["NAME", "SECRETS", "AGE"] }

    public func cells(wide: Bool, now: Date) -> [String] {
        [metadata.name ?? "", String(secrets?.count ?? 0), HumanDuration.since(metadata.creationTimestamp, now: now)]
    }
}
