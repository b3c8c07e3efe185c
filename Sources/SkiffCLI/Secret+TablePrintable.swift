import Foundation
import SkiffAPI

extension Secret: TablePrintable {
    public static func columns(wide: Bool) -> [String] { ["NAME", "TYPE", "DATA", "AGE"] }

    public func cells(wide: Bool, now: Date) -> [String] {
        [
            metadata.name ?? "", (type ?? .opaque).rawValue, String(data?.count ?? 0),
            HumanDuration.since(metadata.creationTimestamp, now: now),
        ]
    }
}
