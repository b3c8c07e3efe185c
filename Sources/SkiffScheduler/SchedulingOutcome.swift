import Foundation
import SkiffAPI

/// The API objects the scheduler writes about a pod's outcome: the `Scheduled` and
/// `FailedScheduling` Events and the `PodScheduled=False` condition, worded as kube-scheduler
/// words them.
enum SchedulingOutcome {
    static let scheduledReason = "Scheduled"
    static let failedSchedulingReason = "FailedScheduling"
    /// The `PodScheduled=False` condition's reason for a pod no node fits.
    static let unschedulableReason = "Unschedulable"

    /// `Successfully assigned default/web-1 to node-3`.
    static func scheduledMessage(_ pod: PodInfo, node: String) -> String {
        "Successfully assigned \(pod.namespace)/\(pod.name) to \(node)"
    }

    /// An Event about `pod`, named as client-go names them (`<pod>.<hex nanoseconds>`; `sequence`
    /// keeps two events of one instant apart on a manual clock).
    static func event(
        about pod: PodInfo, reason: String, message: String, type: EventType, action: String,
        schedulerName: String, now: Date, sequence: UInt64
    ) -> Event {
        let nanos = UInt64(max(now.timeIntervalSince1970, 0) * 1e9) &+ sequence
        let time = Time(now)
        return Event(
            metadata: ObjectMeta(name: "\(pod.name).\(String(nanos, radix: 16))", namespace: pod.namespace),
            involvedObject: ObjectReference(
                kind: "Pod", namespace: pod.namespace, name: pod.name, uid: pod.pod.metadata.uid, apiVersion: "v1",
                resourceVersion: pod.pod.metadata.resourceVersion
            ),
            reason: reason, message: message, source: EventSource(component: schedulerName),
            firstTimestamp: time, lastTimestamp: time, count: 1, type: type, eventTime: MicroTime(now),
            action: action, reportingComponent: schedulerName, reportingInstance: schedulerName
        )
    }

    /// The status patch of a pod no node fits (strategic merge: `conditions` merge by type).
    struct StatusPatch: Encodable {
        struct Condition: Encodable {
            var type = "PodScheduled"
            var status = "False"
            var reason: String
            var message: String
            var lastProbeTime: String? = nil
            var lastTransitionTime: String
        }
        struct Status: Encodable {
            var conditions: [Condition]
            var nominatedNodeName: String?
        }
        var status: Status
    }

    static func unschedulablePatch(message: String, nominatedNodeName: String?, now: Date) throws -> Patch {
        let patch = StatusPatch(status: StatusPatch.Status(
            conditions: [StatusPatch.Condition(reason: unschedulableReason, message: message, lastTransitionTime: Time(now).description)],
            nominatedNodeName: nominatedNodeName
        ))
        return Patch(type: .strategicMerge, body: try JSONCodec.encode(patch))
    }

    /// Removes `status.nominatedNodeName` (upstream's `ClearNominatedNodeName`).
    static let clearNominationPatch = Patch(type: .merge, body: Array(#"{"status":{"nominatedNodeName":null}}"#.utf8))

    /// Whether `pod` already carries this failure (then kube-scheduler skips the write).
    static func alreadyRecorded(_ pod: Pod, message: String, nominatedNodeName: String?) -> Bool {
        guard let condition = pod.status?.conditions?.first(where: { $0.type == .podScheduled }) else { return false }
        let nominatedMatches = nominatedNodeName == nil || pod.status?.nominatedNodeName == nominatedNodeName
        return condition.status == .false && condition.reason == unschedulableReason && condition.message == message && nominatedMatches
    }
}
