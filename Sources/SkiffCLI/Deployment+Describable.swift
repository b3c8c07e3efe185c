import Foundation
import SkiffAPI

extension Deployment: Describable {
    /// kubectl's `describeDeployment`, without the `OldReplicaSets`/`NewReplicaSet` lines.
    func describe(into writer: inout DescriptionWriter, now: Date) {
        writer.write(0, "Name:\t\(metadata.name ?? "")\n")
        writer.write(0, "Namespace:\t\(metadata.namespace ?? "")\n")
        writer.write(0, "CreationTimestamp:\t\(DescriptionWriter.timestamp(metadata.creationTimestamp))\n")
        writer.labels("Labels", metadata.labels)
        writer.annotations("Annotations", metadata.annotations)
        writer.write(0, "Selector:\t\(ResourceTable.formatSelector(spec?.selector))\n")
        let status = self.status
        writer.write(
            0,
            "Replicas:\t\(spec?.replicas ?? 1) desired | \(status?.updatedReplicas ?? 0) updated | \(status?.replicas ?? 0) total | "
                + "\(status?.availableReplicas ?? 0) available | \(status?.unavailableReplicas ?? 0) unavailable\n"
        )
        writer.write(0, "StrategyType:\t\(spec?.strategy?.type?.rawValue ?? "")\n")
        writer.write(0, "MinReadySeconds:\t\(spec?.minReadySeconds ?? 0)\n")
        if let rollingUpdate = spec?.strategy?.rollingUpdate {
            writer.write(
                0,
                "RollingUpdateStrategy:\t\(rollingUpdate.maxUnavailable?.description ?? "") max unavailable, "
                    + "\(rollingUpdate.maxSurge?.description ?? "") max surge\n"
            )
        }
        DescriptionParts.podTemplate(spec?.template, into: &writer)
        if let conditions = status?.conditions, !conditions.isEmpty {
            writer.write(0, "Conditions:\n  Type\tStatus\tReason\n")
            writer.write(1, "----\t------\t------\n")
            for condition in conditions {
                writer.write(1, "\(condition.type.rawValue) \t\(condition.status.rawValue)\t\(condition.reason ?? "")\n")
            }
        }
    }
}
