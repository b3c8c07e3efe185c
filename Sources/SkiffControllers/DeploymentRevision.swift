import SkiffAPI

/// The annotations through which a Deployment and its ReplicaSets record revisions and sizes
/// (Kubernetes' `deploymentutil`), read by `kubectl rollout history|undo` and by proportional
/// scaling.
enum DeploymentRevision {
    static let revisionAnnotation = "deployment.kubernetes.io/revision"
    static let revisionHistoryAnnotation = "deployment.kubernetes.io/revision-history"
    static let desiredReplicasAnnotation = "deployment.kubernetes.io/desired-replicas"
    static let maxReplicasAnnotation = "deployment.kubernetes.io/max-replicas"
    static let changeCauseAnnotation = "kubernetes.io/change-cause"
    static let lastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration"
    /// The longest `revision-history` annotation kept (upstream's `maxRevHistoryLengthInChars`).
    static let maxRevisionHistoryLength = 2000

    /// Deployment annotations never copied to (or back from) a ReplicaSet.
    static let annotationsToSkip: Set<String> = [
        lastAppliedAnnotation, revisionAnnotation, revisionHistoryAnnotation,
        desiredReplicasAnnotation, maxReplicasAnnotation, "deprecated.deployment.rollback.to",
    ]

    /// The revision of a ReplicaSet or Deployment (0 when absent or malformed).
    static func revision(_ meta: ObjectMeta) -> Int64 {
        meta.annotations?[revisionAnnotation].flatMap { Int64($0) } ?? 0
    }

    static func maxRevision(_ replicaSets: [ReplicaSet]) -> Int64 {
        replicaSets.map { revision($0.metadata) }.max() ?? 0
    }

    /// Copies the Deployment's own annotations, sets the new revision (keeping the old one in
    /// `revision-history` when a ReplicaSet is brought back by a rollback) and, for a ReplicaSet
    /// about to be created, the replica annotations. Returns whether anything changed
    /// (upstream's `SetNewReplicaSetAnnotations`).
    static func setNewReplicaSetAnnotations(
        _ deployment: Deployment, _ replicaSet: inout ReplicaSet, newRevision: Int64, exists: Bool, maxSurge: Int32
    ) -> Bool {
        var annotations = replicaSet.metadata.annotations ?? [:]
        var changed = false
        for (key, value) in deployment.metadata.annotations ?? [:] where !annotationsToSkip.contains(key) && annotations[key] != value {
            annotations[key] = value
            changed = true
        }
        let oldRevisionText = annotations[revisionAnnotation] ?? ""
        let oldRevision: Int64
        if oldRevisionText.isEmpty {
            oldRevision = 0
        } else if let parsed = Int64(oldRevisionText) {
            oldRevision = parsed
        } else {
            return false
        }
        if oldRevision < newRevision {
            annotations[revisionAnnotation] = String(newRevision)
            changed = true
            if !oldRevisionText.isEmpty {
                let history = annotations[revisionHistoryAnnotation] ?? ""
                if history.isEmpty {
                    annotations[revisionHistoryAnnotation] = oldRevisionText
                } else {
                    var revisions = history.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                    var total = history.count + oldRevisionText.count + 1
                    var start = 0
                    while total > maxRevisionHistoryLength, start < revisions.count {
                        total -= revisions[start].count + 1
                        start += 1
                    }
                    if total <= maxRevisionHistoryLength {
                        revisions = Array(revisions[start...]) + [oldRevisionText]
                        annotations[revisionHistoryAnnotation] = revisions.joined(separator: ",")
                    }
                }
            }
        }
        replicaSet.metadata.annotations = annotations
        if !exists {
            let desired = deployment.spec?.replicas ?? 1
            if setReplicasAnnotations(&replicaSet, desired: desired, max: desired + maxSurge) { changed = true }
        }
        return changed
    }

    /// Sets `desired-replicas` and `max-replicas`; returns whether they changed.
    static func setReplicasAnnotations(_ replicaSet: inout ReplicaSet, desired: Int32, max: Int32) -> Bool {
        guard replicasAnnotationsNeedUpdate(replicaSet, desired: desired, max: max) else { return false }
        var annotations = replicaSet.metadata.annotations ?? [:]
        annotations[desiredReplicasAnnotation] = String(desired)
        annotations[maxReplicasAnnotation] = String(max)
        replicaSet.metadata.annotations = annotations
        return true
    }

    static func replicasAnnotationsNeedUpdate(_ replicaSet: ReplicaSet, desired: Int32, max: Int32) -> Bool {
        let annotations = replicaSet.metadata.annotations ?? [:]
        return annotations[desiredReplicasAnnotation] != String(desired) || annotations[maxReplicasAnnotation] != String(max)
    }

    static func desiredReplicas(_ replicaSet: ReplicaSet) -> Int32? {
        replicaSet.metadata.annotations?[desiredReplicasAnnotation].flatMap { Int32($0) }
    }

    static func maxReplicas(_ replicaSet: ReplicaSet) -> Int32? {
        replicaSet.metadata.annotations?[maxReplicasAnnotation].flatMap { Int32($0) }
    }

    /// Sets the Deployment's revision annotation; returns whether it changed.
    static func setDeploymentRevision(_ deployment: inout Deployment, _ revision: String) -> Bool {
        guard deployment.metadata.annotations?[revisionAnnotation] != revision else { return false }
        var annotations = deployment.metadata.annotations ?? [:]
        annotations[revisionAnnotation] = revision
        deployment.metadata.annotations = annotations
        return true
    }
}
