import SkiffAPI

/// How far a rolling update may go above and below the desired replicas (upstream's
/// `ResolveFenceposts`, `MaxSurge`, `MaxUnavailable` and `NewRSNewReplicas`).
///
/// `maxSurge` percentages round up and `maxUnavailable` percentages round down; when both come to
/// zero, `maxUnavailable` is 1 so the rollout can move at all.
enum RollingUpdateBounds {
    static func isRollingUpdate(_ deployment: Deployment) -> Bool {
        (deployment.spec?.strategy?.type ?? .rollingUpdate) == .rollingUpdate
    }

    static func resolveFenceposts(_ deployment: Deployment) -> (surge: Int32, unavailable: Int32) {
        let desired = Int(deployment.spec?.replicas ?? 1)
        let rolling = deployment.spec?.strategy?.rollingUpdate
        let surgeValue = rolling?.maxSurge ?? "25%"
        let unavailableValue = rolling?.maxUnavailable ?? "25%"
        let surge = (try? surgeValue.scaledValue(total: desired, roundUp: true)) ?? 0
        var unavailable = (try? unavailableValue.scaledValue(total: desired, roundUp: false)) ?? 0
        if surge == 0 && unavailable == 0 { unavailable = 1 }
        return (Int32(clamping: surge), Int32(clamping: unavailable))
    }

    static func maxSurge(_ deployment: Deployment) -> Int32 {
        guard isRollingUpdate(deployment) else { return 0 }
        return resolveFenceposts(deployment).surge
    }

    static func maxUnavailable(_ deployment: Deployment) -> Int32 {
        let desired = deployment.spec?.replicas ?? 1
        guard isRollingUpdate(deployment), desired > 0 else { return 0 }
        return min(resolveFenceposts(deployment).unavailable, desired)
    }

    /// How many replicas the new ReplicaSet may have now.
    static func newReplicaSetReplicas(_ deployment: Deployment, all replicaSets: [ReplicaSet], new replicaSet: ReplicaSet) -> Int32 {
        let desired = deployment.spec?.replicas ?? 1
        guard isRollingUpdate(deployment) else { return desired }
        let current = replicaSets.specReplicas
        let maxTotal = desired + maxSurge(deployment)
        if current >= maxTotal { return replicaSet.replicas }
        let scaleUp = min(maxTotal - current, desired - replicaSet.replicas)
        return replicaSet.replicas + scaleUp
    }
}
