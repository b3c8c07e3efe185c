import Foundation
import SkiffAPI

/// The order in which a ReplicaSet gives up pods when it scales down: least valuable first
/// (Kubernetes' `controller.ActivePodsWithRanks`).
///
/// 1. unassigned before assigned;
/// 2. Pending before Unknown before Running;
/// 3. not ready before ready;
/// 4. higher rank (more pods of the same owner on the pod's node) first, to spread what stays;
/// 5. lower `controller.kubernetes.io/pod-deletion-cost` first;
/// 6. both ready: ready for less time first;
/// 7. more container restarts first;
/// 8. newer first.
struct ActivePods {
    static let deletionCostAnnotation = "controller.kubernetes.io/pod-deletion-cost"

    /// `pods` ranked by how many of `related` share their node, least valuable first.
    static func sortedForDeletion(_ pods: [Pod], related: [Pod]) -> [Pod] {
        var podsOnNode: [String: Int] = [:]
        for pod in related where pod.isActive && pod.isAssigned { podsOnNode[pod.spec?.nodeName ?? "", default: 0] += 1 }
        let ranked = pods.map { pod in (pod, pod.isAssigned ? podsOnNode[pod.spec?.nodeName ?? "", default: 0] : 0) }
        return ranked.sorted { isLessValuable($0.0, rank: $0.1, than: $1.0, rank: $1.1) }.map(\.0)
    }

    /// Whether `lhs` should be deleted before `rhs`.
    static func isLessValuable(_ lhs: Pod, rank lhsRank: Int, than rhs: Pod, rank rhsRank: Int) -> Bool {
        if lhs.isAssigned != rhs.isAssigned { return !lhs.isAssigned }
        let lhsPhase = phaseRank(lhs.status?.phase), rhsPhase = phaseRank(rhs.status?.phase)
        if lhsPhase != rhsPhase { return lhsPhase < rhsPhase }
        if lhs.isReady != rhs.isReady { return !lhs.isReady }
        if lhsRank != rhsRank { return lhsRank > rhsRank }
        let lhsCost = deletionCost(lhs), rhsCost = deletionCost(rhs)
        if lhsCost != rhsCost { return lhsCost < rhsCost }
        if lhs.isReady, rhs.isReady {
            let lhsSince = lhs.readyCondition?.lastTransitionTime?.date
            let rhsSince = rhs.readyCondition?.lastTransitionTime?.date
            if lhsSince != rhsSince { return isAfterOrZero(lhsSince, rhsSince) }
        }
        if lhs.maxRestarts != rhs.maxRestarts { return lhs.maxRestarts > rhs.maxRestarts }
        let lhsCreated = lhs.metadata.creationTimestamp?.date, rhsCreated = rhs.metadata.creationTimestamp?.date
        if lhsCreated != rhsCreated { return isAfterOrZero(lhsCreated, rhsCreated) }
        // Same second (timestamps are whole seconds): the later generated name was created later
        // only by chance, but a fixed tie-break keeps the choice deterministic.
        return (lhs.metadata.name ?? "") > (rhs.metadata.name ?? "")
    }

    private static func phaseRank(_ phase: PodPhase?) -> Int {
        switch phase {
        case .pending?, nil: return 0
        case .unknown?: return 1
        case .running?: return 2
        default: return 3
        }
    }

    private static func deletionCost(_ pod: Pod) -> Int32 {
        pod.metadata.annotations?[deletionCostAnnotation].flatMap { Int32($0) } ?? 0
    }

    /// Upstream's `afterOrZero`: a missing time counts as newest.
    private static func isAfterOrZero(_ lhs: Date?, _ rhs: Date?) -> Bool {
        guard let lhs else { return true }
        guard let rhs else { return false }
        return lhs > rhs
    }
}
