import Foundation
import SkiffAPI

extension Endpoints: TablePrintable {
    public static func columns(wide: Bool) -> [String] { ["NAME", "ENDPOINTS", "AGE"] }

    public func cells(wide: Bool, now: Date) -> [String] {
        [metadata.name ?? "", endpointsText, HumanDuration.since(metadata.creationTimestamp, now: now)]
    }

    /// kubectl's `formatEndpoints`: up to three `ip:port`, then ` + N more...`.
    private var endpointsText: String {
        let subsets = self.subsets ?? []
        guard !subsets.isEmpty else { return "<none>" }
        let limit = 3
        var list: [String] = []
        var count = 0
        var more = false
        for subset in subsets {
            let addresses = subset.addresses ?? []
            let ports = subset.ports ?? []
            if ports.isEmpty {
                count += addresses.count
                for address in addresses {
                    if list.count == limit { more = true; break }
                    list.append(address.ip)
                }
                continue
            }
            for port in ports {
                count += addresses.count
                for address in addresses {
                    if list.count == limit { more = true; break }
                    list.append("\(address.ip):\(port.port)")
                }
            }
        }
        let text = list.joined(separator: ",")
        return more ? "\(text) + \(count - limit) more..." : text
    }
}
