import Foundation
import SkiffAPI

/// A Deployment's status and its `Available` and `Progressing` conditions, with upstream's
/// reasons and messages (what `kubectl rollout status` and `describe` read).
enum DeploymentProgress {
    static let minimumReplicasAvailable = "MinimumReplicasAvailable"
    static let minimumReplicasUnavailable = "MinimumReplicasUnavailable"
    static let newReplicaSetCreated = "NewReplicaSetCreated"
    static let foundNewReplicaSet = "FoundNewReplicaSet"
    static let replicaSetUpdated = "ReplicaSetUpdated"
    static let newReplicaSetAvailable = "NewReplicaSetAvailable"
    static let progressDeadlineExceeded = "ProgressDeadlineExceeded"
    static let failedReplicaSetCreate = "ReplicaSetCreateError"
    static let deploymentPaused = "DeploymentPaused"
    static let deploymentResumed = "DeploymentResumed"

    // MARK: Conditions

    static func condition(_ status: DeploymentStatus?, _ type: DeploymentConditionType) -> DeploymentCondition? {
        status?.conditions?.first { $0.type == type }
    }

    static func makeCondition(
        _ type: DeploymentConditionType, _ status: ConditionStatus, reason: String, message: String, now: Date
    ) -> DeploymentCondition {
        let time = Time(now)
        return DeploymentCondition(type: type, status: status, lastUpdateTime: time, lastTransitionTime: time, reason: reason, message: message)
    }

    /// Upstream's `SetDeploymentCondition`: same status and reason changes nothing; a new reason
    /// with the same status keeps the transition time.
    static func setCondition(_ status: inout DeploymentStatus, _ condition: DeploymentCondition) {
        var condition = condition
        var conditions = status.conditions ?? []
        if let current = conditions.first(where: { $0.type == condition.type }) {
            if current.status == condition.status && current.reason == condition.reason { return }
            if current.status == condition.status { condition.lastTransitionTime = current.lastTransitionTime }
        }
        conditions.removeAll { $0.type == condition.type }
        conditions.append(condition)
        status.conditions = conditions
    }

    static func removeCondition(_ status: inout DeploymentStatus, _ type: DeploymentConditionType) {
        status.conditions?.removeAll { $0.type == type }
        if status.conditions?.isEmpty == true { status.conditions = nil }
    }

    static func hasProgressDeadline(_ deployment: Deployment) -> Bool {
        guard let seconds = deployment.spec?.progressDeadlineSeconds else { return false }
        return seconds != Int32.max
    }

    // MARK: Status

    /// Upstream's `calculateStatus`.
    static func computeStatus(_ deployment: Deployment, all replicaSets: [ReplicaSet], new replicaSet: ReplicaSet?, now: Date) -> DeploymentStatus {
        let available = replicaSets.availableReplicas
        let desired = deployment.spec?.replicas ?? 1
        var status = DeploymentStatus(
            observedGeneration: deployment.metadata.generation,
            replicas: replicaSets.actualReplicas,
            updatedReplicas: replicaSet.map { [$0].actualReplicas } ?? 0,
            readyReplicas: replicaSets.readyReplicas,
            availableReplicas: available,
            unavailableReplicas: max(replicaSets.specReplicas - available, 0),
            conditions: deployment.status?.conditions,
            collisionCount: deployment.status?.collisionCount
        )
        if available >= desired - RollingUpdateBounds.maxUnavailable(deployment) {
            setCondition(&status, makeCondition(.available, .true, reason: minimumReplicasAvailable, message: "Deployment has minimum availability.", now: now))
        } else {
            setCondition(&status, makeCondition(.available, .false, reason: minimumReplicasUnavailable, message: "Deployment does not have minimum availability.", now: now))
        }
        return status
    }

    /// Every desired replica is updated and available, and the latest spec has been observed.
    static func isComplete(_ deployment: Deployment, _ status: DeploymentStatus) -> Bool {
        let desired = deployment.spec?.replicas ?? 1
        return (status.updatedReplicas ?? 0) == desired && (status.replicas ?? 0) == desired
            && (status.availableReplicas ?? 0) == desired
            && (status.observedGeneration ?? 0) >= (deployment.metadata.generation ?? 0)
    }

    /// Whether `status` shows progress over the Deployment's current status.
    static func isProgressing(_ deployment: Deployment, _ status: DeploymentStatus) -> Bool {
        let old = deployment.status ?? DeploymentStatus()
        let oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0)
        let newOld = (status.replicas ?? 0) - (status.updatedReplicas ?? 0)
        return (status.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) || newOld < oldOld
            || (status.readyReplicas ?? 0) > (old.readyReplicas ?? 0)
            || (status.availableReplicas ?? 0) > (old.availableReplicas ?? 0)
    }

    /// Whether the last progress is older than `progressDeadlineSeconds`.
    static func hasTimedOut(_ deployment: Deployment, _ status: DeploymentStatus, now: Date) -> Bool {
        guard hasProgressDeadline(deployment), let condition = condition(status, .progressing) else { return false }
        if condition.reason == newReplicaSetAvailable { return false }
        if condition.reason == progressDeadlineExceeded { return true }
        guard let from = condition.lastUpdateTime?.date else { return false }
        let deadline = TimeInterval(deployment.spec?.progressDeadlineSeconds ?? 600)
        return from.addingTimeInterval(deadline) < now
    }

    /// Upstream's `syncRolloutStatus` condition step: Progressing moves to
    /// NewReplicaSetAvailable, ReplicaSetUpdated or ProgressDeadlineExceeded.
    static func rolloutStatus(_ deployment: Deployment, all replicaSets: [ReplicaSet], new replicaSet: ReplicaSet?, now: Date) -> DeploymentStatus {
        var status = computeStatus(deployment, all: replicaSets, new: replicaSet, now: now)
        if !hasProgressDeadline(deployment) { removeCondition(&status, .progressing) }
        let current = condition(deployment.status, .progressing)
        let isCompleteDeployment = status.replicas == status.updatedReplicas && current?.reason == newReplicaSetAvailable
        let name = deployment.metadata.name ?? ""
        if hasProgressDeadline(deployment), !isCompleteDeployment {
            if isComplete(deployment, status) {
                let message = replicaSet.map { "ReplicaSet \"\($0.metadata.name ?? "")\" has successfully progressed." }
                    ?? "Deployment \"\(name)\" has successfully progressed."
                setCondition(&status, makeCondition(.progressing, .true, reason: newReplicaSetAvailable, message: message, now: now))
            } else if isProgressing(deployment, status) {
                let message = replicaSet.map { "ReplicaSet \"\($0.metadata.name ?? "")\" is progressing." }
                    ?? "Deployment \"\(name)\" is progressing."
                var progressing = makeCondition(.progressing, .true, reason: replicaSetUpdated, message: message, now: now)
                // Progress refreshes lastUpdateTime; the transition time stays while it is True.
                if let current {
                    if current.status == .true { progressing.lastTransitionTime = current.lastTransitionTime }
                    removeCondition(&status, .progressing)
                }
                setCondition(&status, progressing)
            } else if hasTimedOut(deployment, status, now: now) {
                let message = replicaSet.map { "ReplicaSet \"\($0.metadata.name ?? "")\" has timed out progressing." }
                    ?? "Deployment \"\(name)\" has timed out progressing."
                setCondition(&status, makeCondition(.progressing, .false, reason: progressDeadlineExceeded, message: message, now: now))
            }
        }
        if let failure = replicaSets.compactMap({ replicaFailure($0) }).first {
            setCondition(&status, failure)
        } else {
            removeCondition(&status, .replicaFailure)
        }
        return status
    }

    /// A ReplicaSet's `ReplicaFailure` condition, as the Deployment's.
    private static func replicaFailure(_ replicaSet: ReplicaSet) -> DeploymentCondition? {
        guard let failure = replicaSet.status?.conditions?.first(where: { $0.type == .replicaFailure && $0.status == .true }) else { return nil }
        return DeploymentCondition(
            type: .replicaFailure, status: failure.status, lastUpdateTime: failure.lastTransitionTime,
            lastTransitionTime: failure.lastTransitionTime, reason: failure.reason, message: failure.message
        )
    }

    /// When a rollout that is neither complete nor timed out must be looked at again to notice a
    /// missed deadline (upstream's `requeueStuckDeployment`); nil when it need not be.
    static func recheckDelay(_ deployment: Deployment, _ status: DeploymentStatus, now: Date) -> TimeInterval? {
        guard hasProgressDeadline(deployment), let current = condition(status, .progressing) else { return nil }
        if isComplete(deployment, status) || current.reason == progressDeadlineExceeded { return nil }
        guard let from = current.lastUpdateTime?.date else { return nil }
        let after = from.addingTimeInterval(TimeInterval(deployment.spec?.progressDeadlineSeconds ?? 600)).timeIntervalSince(now)
        return after < 1 ? 0 : after + 1
    }
}
