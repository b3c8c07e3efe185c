import Foundation
import SkiffAPI

// How controllers read a pod's state (Kubernetes' `podutil.IsPodReady`, `IsPodAvailable` and
// `controller.IsPodActive`): the kubelet owns pod status, controllers only count it.
extension Pod {
    /// The `Ready` condition, if the kubelet has posted one.
    var readyCondition: PodCondition? {
        status?.conditions?.first { $0.type == .ready }
    }

    /// Whether the `Ready` condition is true.
    var isReady: Bool { readyCondition?.status == .true }

    /// Ready for more than `minReadySeconds` at `now` (strictly, as upstream compares with `Before`).
    func isAvailable(minReadySeconds: Int32, now: Date) -> Bool {
        guard let condition = readyCondition, condition.status == .true else { return false }
        if minReadySeconds <= 0 { return true }
        guard let since = condition.lastTransitionTime else { return false }
        return since.date.addingTimeInterval(TimeInterval(minReadySeconds)) < now
    }

    /// When a ready pod that is not yet available becomes available (nil when it never will
    /// without a status change).
    func availableAt(minReadySeconds: Int32) -> Date? {
        guard minReadySeconds > 0, isReady, let since = readyCondition?.lastTransitionTime else { return nil }
        return since.date.addingTimeInterval(TimeInterval(minReadySeconds))
    }

    /// Neither finished nor being deleted: counts towards a controller's replicas.
    var isActive: Bool {
        let phase = status?.phase
        return phase != .succeeded && phase != .failed && metadata.deletionTimestamp == nil
    }

    /// Whether a scheduler has bound the pod.
    var isAssigned: Bool { !(spec?.nodeName ?? "").isEmpty }

    /// The highest restart count among the pod's containers.
    var maxRestarts: Int32 {
        (status?.containerStatuses ?? []).map(\.restartCount).max() ?? 0
    }
}
