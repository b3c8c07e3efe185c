import Foundation
import SkiffAPI

extension Pod: TablePrintable {
    public static func columns(wide: Bool) -> [String] {
        ["NAME", "READY", "STATUS", "RESTARTS", "AGE"] + (wide ? ["IP", "NODE", "NOMINATED NODE", "READINESS GATES"] : [])
    }

    public func cells(wide: Bool, now: Date) -> [String] {
        let summary = PodSummary(self)
        var restarts = String(summary.restarts)
        if summary.restarts != 0, let last = summary.lastRestart {
            restarts += " (\(HumanDuration.since(last, now: now)) ago)"
        }
        var cells = [
            metadata.name ?? "", "\(summary.readyContainers)/\(summary.totalContainers)", summary.status, restarts,
            HumanDuration.since(metadata.creationTimestamp, now: now),
        ]
        if wide {
            let podIP = status?.podIPs?.first?.ip ?? status?.podIP ?? ""
            cells += [
                podIP.isEmpty ? "<none>" : podIP,
                (spec?.nodeName ?? "").isEmpty ? "<none>" : spec?.nodeName ?? "",
                (status?.nominatedNodeName ?? "").isEmpty ? "<none>" : status?.nominatedNodeName ?? "",
                // `spec.readinessGates` is not modelled by `PodSpec` yet.
                "<none>",
            ]
        }
        return cells
    }
}

/// The READY, STATUS and RESTARTS of a pod, computed exactly as kubectl's pod printer does
/// (`printPod` in `pkg/printers/internalversion`): STATUS is the phase, overridden by the pod's
/// reason, by the first unfinished init container (`Init:1/2`, `Init:CrashLoopBackOff`), by a
/// container's waiting or terminated reason (`ContainerCreating`, `Completed`, `ExitCode:1`),
/// and by `Terminating` once a deletion began on a pod that has not finished.
///
/// Not modelled: restartable (sidecar) init containers, which kubectl counts with the containers.
public struct PodSummary: Sendable, Hashable {
    public var readyContainers: Int
    public var totalContainers: Int
    public var status: String
    public var restarts: Int
    /// When a container last terminated before a restart, for `RESTARTS`' `(5m ago)`.
    public var lastRestart: SkiffAPI.Time?

    public init(_ pod: Pod) {
        let podStatus = pod.status
        totalContainers = pod.spec?.containers.count ?? 0
        readyContainers = 0
        restarts = 0
        lastRestart = nil
        status = ""
        var reason = podStatus?.phase?.rawValue ?? ""
        if let podReason = podStatus?.reason, !podReason.isEmpty { reason = podReason }
        let conditions = podStatus?.conditions ?? []
        if conditions.contains(where: { $0.type == .podScheduled && $0.reason == "SchedulingGated" }) {
            reason = "SchedulingGated"
        }

        var initializing = false
        let initStatuses = podStatus?.initContainerStatuses ?? []
        for (index, container) in initStatuses.enumerated() {
            restarts += Int(container.restartCount)
            noteLastTermination(container)
            if let terminated = container.state?.terminated, terminated.exitCode == 0 { continue }
            if let terminated = container.state?.terminated {
                if let terminatedReason = terminated.reason, !terminatedReason.isEmpty {
                    reason = "Init:" + terminatedReason
                } else if let signal = terminated.signal, signal != 0 {
                    reason = "Init:Signal:\(signal)"
                } else {
                    reason = "Init:ExitCode:\(terminated.exitCode)"
                }
            } else if let waiting = container.state?.waiting, let waitingReason = waiting.reason, !waitingReason.isEmpty,
                      waitingReason != "PodInitializing" {
                reason = "Init:" + waitingReason
            } else {
                reason = "Init:\(index)/\(pod.spec?.initContainers?.count ?? 0)"
            }
            initializing = true
            break
        }

        let initialized = conditions.contains { $0.type == .initialized && $0.status == .true }
        if !initializing || initialized {
            restarts = 0
            lastRestart = nil
            var hasRunning = false
            for container in (podStatus?.containerStatuses ?? []).reversed() {
                restarts += Int(container.restartCount)
                noteLastTermination(container)
                let state = container.state
                if let waitingReason = state?.waiting?.reason, !waitingReason.isEmpty {
                    reason = waitingReason
                } else if let terminated = state?.terminated, let terminatedReason = terminated.reason, !terminatedReason.isEmpty {
                    reason = terminatedReason
                } else if let terminated = state?.terminated {
                    if let signal = terminated.signal, signal != 0 {
                        reason = "Signal:\(signal)"
                    } else {
                        reason = "ExitCode:\(terminated.exitCode)"
                    }
                } else if container.ready, state?.running != nil {
                    hasRunning = true
                    readyContainers += 1
                }
            }
            // A pod whose last container completed while another still runs is not "Completed".
            if reason == "Completed", hasRunning {
                let ready = conditions.contains { $0.type == .ready && $0.status == .true }
                reason = ready ? "Running" : "NotReady"
            }
        }

        if pod.metadata.deletionTimestamp != nil, podStatus?.reason == "NodeLost" {
            reason = "Unknown"
        } else if pod.metadata.deletionTimestamp != nil, podStatus?.phase != .succeeded, podStatus?.phase != .failed {
            reason = "Terminating"
        }
        status = reason
    }

    private mutating func noteLastTermination(_ container: ContainerStatus) {
        guard let finished = container.lastState?.terminated?.finishedAt else { return }
        if lastRestart.map({ $0 < finished }) ?? true { lastRestart = finished }
    }
}
