import SkiffAPI

// Sums over a Deployment's ReplicaSets (upstream's `GetReplicaCountForReplicaSets` and friends).
extension Sequence where Element == ReplicaSet {
    /// Sum of `spec.replicas`.
    var specReplicas: Int32 { reduce(0) { $0 + ($1.spec?.replicas ?? 0) } }
    /// Sum of `status.replicas`.
    var actualReplicas: Int32 { reduce(0) { $0 + ($1.status?.replicas ?? 0) } }
    var readyReplicas: Int32 { reduce(0) { $0 + ($1.status?.readyReplicas ?? 0) } }
    var availableReplicas: Int32 { reduce(0) { $0 + ($1.status?.availableReplicas ?? 0) } }
    /// Sum of `status.availableReplicas`, each capped at its `spec.replicas`: pods beyond the
    /// spec are being deleted, even while a ReplicaSet's status still counts them.
    var availableWithinSpec: Int32 { reduce(0) { $0 + Swift.min($1.status?.availableReplicas ?? 0, $1.replicas) } }
    /// ReplicaSets that want pods (upstream's `FilterActiveReplicaSets`).
    var active: [ReplicaSet] { filter { ($0.spec?.replicas ?? 0) > 0 } }
}

extension ReplicaSet {
    /// Oldest first, then by name (upstream's `ReplicaSetsByCreationTimestamp`).
    static func isOlder(_ lhs: ReplicaSet, _ rhs: ReplicaSet) -> Bool {
        let lhsCreated = lhs.metadata.creationTimestamp?.date ?? .distantPast
        let rhsCreated = rhs.metadata.creationTimestamp?.date ?? .distantPast
        if lhsCreated != rhsCreated { return lhsCreated < rhsCreated }
        return (lhs.metadata.name ?? "") < (rhs.metadata.name ?? "")
    }

    var replicas: Int32 { spec?.replicas ?? 0 }
}
