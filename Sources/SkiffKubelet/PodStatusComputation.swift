import Foundation
import SkiffAPI

/// Computes a pod's status from its containers, as upstream's kubelet does (`getPhase`,
/// `generateAPIPodStatus` and the condition generators). Pure: tested without actors.
enum PodStatusComputation {
    /// The facts a pod status is computed from.
    struct Input {
        var previous: PodStatus?
        var initContainers: [ContainerRecord]
        var containers: [ContainerRecord]
        var restartPolicy: RestartPolicy
        var podIP: String?
        var hostIP: String
        var startTime: Date
        var isSandboxReady: Bool
        /// The pod is being deleted and its containers have been stopped for good.
        var isTerminated: Bool
        var now: Date
    }

    static func status(_ input: Input) -> PodStatus {
        var status = input.previous ?? PodStatus()
        let phase = phase(input)
        status.phase = phase
        status.hostIP = input.hostIP
        status.hostIPs = [HostIP(ip: input.hostIP)]
        if let podIP = input.podIP {
            status.podIP = podIP
            status.podIPs = [PodIP(ip: podIP)]
        }
        status.startTime = Time(input.startTime)
        status.initContainerStatuses = input.initContainers.isEmpty ? nil : input.initContainers.map { $0.status(now: input.now) }
        status.containerStatuses = input.containers.map { $0.status(now: input.now) }
        status.conditions = conditions(input, phase: phase)
        return status
    }

    /// Upstream's `getPhase`.
    static func phase(_ input: Input) -> PodPhase {
        let initialized = input.initContainers.allSatisfy(\.hasSucceeded)
        if !initialized {
            let failedInit = input.initContainers.contains { ($0.lastExitCode ?? 0) != 0 && !$0.isRunning && $0.hasRunBefore }
            if failedInit && (input.restartPolicy == .never || input.isTerminated) { return .failed }
            return .pending
        }
        var running = 0
        var neverStarted = 0
        var stopped = 0
        var succeeded = 0
        for container in input.containers {
            if container.isRunning {
                running += 1
            } else if container.hasRunBefore {
                stopped += 1
                if container.lastExitCode == 0 { succeeded += 1 }
            } else {
                neverStarted += 1
            }
        }
        if input.isTerminated && running == 0 {
            return succeeded == input.containers.count ? .succeeded : .failed
        }
        if neverStarted > 0 { return .pending }
        if running > 0 { return .running }
        if stopped == input.containers.count {
            if input.restartPolicy == .always { return .running }
            if succeeded == stopped { return .succeeded }
            if input.restartPolicy == .never { return .failed }
            return .running
        }
        return .pending
    }

    private static func conditions(_ input: Input, phase: PodPhase) -> [PodCondition] {
        let previous = input.previous?.conditions ?? []
        func condition(_ type: PodConditionType, _ isTrue: Bool, reason: String? = nil, message: String? = nil) -> PodCondition {
            let status: ConditionStatus = isTrue ? .true : .false
            let old = previous.first { $0.type == type }
            let transition = old?.status == status ? old?.lastTransitionTime : Time(input.now)
            return PodCondition(
                type: type, status: status, lastTransitionTime: transition,
                reason: isTrue ? nil : reason, message: isTrue ? nil : message
            )
        }
        let isTerminal = phase == .succeeded || phase == .failed
        let incompleteInit = input.initContainers.filter { !$0.hasSucceeded }.map(\.name)
        let unready = input.containers.filter { !$0.ready }.map(\.name)
        let initialized = condition(
            .initialized, incompleteInit.isEmpty, reason: "ContainersNotInitialized",
            message: "containers with incomplete status: [\(incompleteInit.joined(separator: " "))]"
        )
        let readyReason = isTerminal ? "PodCompleted" : "ContainersNotReady"
        let readyMessage: String? = isTerminal ? nil : "containers with unready status: [\(unready.joined(separator: " "))]"
        let allReady = unready.isEmpty && !isTerminal
        var conditions = [
            condition(.podReadyToStartContainers, input.isSandboxReady && !(isTerminal && input.isTerminated)),
            isTerminal && incompleteInit.isEmpty ? condition(.initialized, true) : initialized,
            condition(.ready, allReady, reason: readyReason, message: readyMessage),
            condition(.containersReady, allReady, reason: readyReason, message: readyMessage),
        ]
        let scheduled = previous.first { $0.type == .podScheduled } ?? PodCondition(type: .podScheduled, status: .true, lastTransitionTime: Time(input.startTime))
        conditions.append(scheduled)
        // Conditions other writers own (DisruptionTarget, readiness gates) are kept.
        let managed: Set<PodConditionType> = [.podReadyToStartContainers, .initialized, .ready, .containersReady, .podScheduled]
        conditions += previous.filter { !managed.contains($0.type) }
        return conditions
    }
}
