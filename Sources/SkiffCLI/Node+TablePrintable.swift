import Foundation
import SkiffAPI

extension Node: TablePrintable {
    public static func columns(wide: Bool) -> [String] {
        ["NAME", "STATUS", "ROLES", "AGE", "VERSION"]
            + (wide ? ["INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"] : [])
    }

    public func cells(wide: Bool, now: Date) -> [String] {
        let roles = Self.roles(metadata.labels)
        let info = status?.nodeInfo
        var cells = [
            metadata.name ?? "", statusText, roles.isEmpty ? "<none>" : roles.joined(separator: ","),
            HumanDuration.since(metadata.creationTimestamp, now: now), info?.kubeletVersion ?? "",
        ]
        if wide {
            func orUnknown(_ text: String?) -> String { (text ?? "").isEmpty ? "<unknown>" : text ?? "" }
            cells += [
                address(.internalIP), address(.externalIP),
                orUnknown(info?.osImage), orUnknown(info?.kernelVersion), orUnknown(info?.containerRuntimeVersion),
            ]
        }
        return cells
    }

    /// kubectl's node STATUS: `Ready`, `NotReady` or `Unknown` (no Ready condition), plus
    /// `SchedulingDisabled` for a cordoned node.
    public var statusText: String {
        var parts: [String] = []
        if let ready = status?.conditions?.last(where: { $0.type == .ready }) {
            parts.append(ready.status == .true ? "Ready" : "NotReady")
        } else {
            parts.append("Unknown")
        }
        if spec?.unschedulable == true { parts.append("SchedulingDisabled") }
        return parts.joined(separator: ",")
    }

    /// kubectl's `findNodeRoles`: `node-role.kubernetes.io/<role>` labels and the legacy
    /// `kubernetes.io/role` label, sorted.
    static func roles(_ labels: [String: String]?) -> [String] {
        var roles = Set<String>()
        for (key, value) in labels ?? [:] {
            if key.hasPrefix("node-role.kubernetes.io/") {
                let role = String(key.dropFirst("node-role.kubernetes.io/".count))
                if !role.isEmpty { roles.insert(role) }
            } else if key == "kubernetes.io/role", !value.isEmpty {
                roles.insert(value)
            }
        }
        return roles.sorted()
    }

    private func address(_ type: NodeAddressType) -> String {
        status?.addresses?.first { $0.type == type }?.address ?? "<none>"
    }
}
