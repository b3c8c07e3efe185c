import Foundation
import SkiffAPI

extension Pod: Describable {
    /// kubectl's `describePod`, without the seccomp, topology spread and resource-claim sections.
    func describe(into writer: inout DescriptionWriter, now: Date) {
        writer.write(0, "Name:\t\(metadata.name ?? "")\n")
        writer.write(0, "Namespace:\t\(metadata.namespace ?? "")\n")
        if let priority = spec?.priority { writer.write(0, "Priority:\t\(priority)\n") }
        if let priorityClass = spec?.priorityClassName, !priorityClass.isEmpty {
            writer.write(0, "Priority Class Name:\t\(priorityClass)\n")
        }
        if let account = spec?.serviceAccountName, !account.isEmpty { writer.write(0, "Service Account:\t\(account)\n") }
        if let node = spec?.nodeName, !node.isEmpty {
            writer.write(0, "Node:\t\(node)/\(status?.hostIP ?? "")\n")
        } else {
            writer.write(0, "Node:\t<none>\n")
        }
        if let start = status?.startTime { writer.write(0, "Start Time:\t\(DescriptionWriter.timestamp(start))\n") }
        writer.labels("Labels", metadata.labels)
        writer.annotations("Annotations", metadata.annotations)
        if let deletion = metadata.deletionTimestamp, status?.phase != .failed, status?.phase != .succeeded {
            writer.write(0, "Status:\tTerminating (lasts \(HumanDuration.since(deletion, now: now)))\n")
            writer.write(0, "Termination Grace Period:\t\(metadata.deletionGracePeriodSeconds ?? 0)s\n")
        } else {
            writer.write(0, "Status:\t\(status?.phase?.rawValue ?? "")\n")
        }
        if let reason = status?.reason, !reason.isEmpty { writer.write(0, "Reason:\t\(reason)\n") }
        if let message = status?.message, !message.isEmpty { writer.write(0, "Message:\t\(message)\n") }
        writer.write(0, "IP:\t\(status?.podIP ?? "")\n")
        let ips = status?.podIPs?.map(\.ip) ?? (status?.podIP).map { [$0] } ?? []
        if ips.isEmpty {
            writer.write(0, "IPs:\t<none>\n")
        } else {
            writer.write(0, "IPs:\n")
            for ip in ips { writer.write(1, "IP:\t\(ip)\n") }
        }
        if let owner = metadata.controllerReference {
            writer.write(0, "Controlled By:\t\(owner.kind)/\(owner.name)\n")
        }
        if let nominated = status?.nominatedNodeName, !nominated.isEmpty {
            writer.write(0, "NominatedNodeName:\t\(nominated)\n")
        }
        if let initContainers = spec?.initContainers, !initContainers.isEmpty {
            DescriptionParts.containers("Init Containers", initContainers, statuses: status?.initContainerStatuses ?? [], space: "", into: &writer)
        }
        DescriptionParts.containers("Containers", spec?.containers ?? [], statuses: status?.containerStatuses ?? [], space: "", into: &writer)
        if let conditions = status?.conditions, !conditions.isEmpty {
            writer.write(0, "Conditions:\n  Type\tStatus\n")
            for condition in conditions { writer.write(1, "\(condition.type.rawValue) \t\(condition.status.rawValue) \n") }
        }
        DescriptionParts.volumes(spec?.volumes, space: "", into: &writer)
        writer.write(0, "QoS Class:\t\(status?.qosClass?.rawValue ?? "")\n")
        writer.labels("Node-Selectors", spec?.nodeSelector)
        DescriptionParts.tolerations(spec?.tolerations, indent: "", into: &writer)
    }
}
