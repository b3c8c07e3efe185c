import Foundation
import SkiffAPI

extension Service: TablePrintable {
    public static func columns(wide: Bool) -> [String] {
        ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"] + (wide ? ["SELECTOR"] : [])
    }

    public func cells(wide: Bool, now: Date) -> [String] {
        let clusterIP = spec?.clusterIP ?? ""
        let ports = (spec?.ports ?? []).map { port in
            let proto = port.protocol?.rawValue ?? "TCP"
            if let nodePort = port.nodePort, nodePort > 0 { return "\(port.port):\(nodePort)/\(proto)" }
            return "\(port.port)/\(proto)"
        }.joined(separator: ",")
        var cells = [
            metadata.name ?? "", (spec?.type ?? .clusterIP).rawValue, clusterIP.isEmpty ? "<none>" : clusterIP,
            externalIPCell, ports.isEmpty ? "<none>" : ports, HumanDuration.since(metadata.creationTimestamp, now: now),
        ]
        if wide { cells.append(ResourceTable.formatLabels(spec?.selector)) }
        return cells
    }

    /// kubectl's `getServiceExternalIP`.
    private var externalIPCell: String {
        let externalIPs = spec?.externalIPs ?? []
        switch spec?.type ?? .clusterIP {
        case .clusterIP, .nodePort:
            return externalIPs.isEmpty ? "<none>" : externalIPs.joined(separator: ",")
        case .loadBalancer:
            let ingress = (status?.loadBalancer?.ingress ?? []).compactMap { entry -> String? in
                if let ip = entry.ip, !ip.isEmpty { return ip }
                if let hostname = entry.hostname, !hostname.isEmpty { return hostname }
                return nil
            }
            let all = ingress + externalIPs
            return all.isEmpty ? "<pending>" : all.joined(separator: ",")
        case .externalName:
            return spec?.externalName ?? ""
        default:
            return "<unknown>"
        }
    }
}
