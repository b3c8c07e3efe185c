import Foundation
import SkiffAPI
import SkiffLoop

/// The periodic part of one probe of one container (upstream's probe worker): waits
/// `initialDelaySeconds` from the container's start, then checks every `periodSeconds`, all on
/// the injected clock, and turns raw results into a state with `successThreshold` and
/// `failureThreshold` consecutive results (defaults 1 and 3, as upstream).
///
/// The state starts as failure for readiness and startup probes and as success for liveness, as
/// upstream's. Each state change is reported to `onThreshold`; when a threshold is reached and
/// `stopWhen` holds for its result, the loop returns that result; nil when its task is cancelled.
struct ProbeLoop {
    let kind: String
    let probe: Probe
    let startedAt: Date

    func run(
        prober: Prober, container: Container, handle: ContainerHandle, time: any TimeSource,
        onResult: @Sendable (ProbeResult) async -> Void,
        onThreshold: (@Sendable (Bool) async -> Void)? = nil,
        stopWhen: @Sendable (Bool) -> Bool
    ) async -> Bool? {
        let period = TimeInterval(max(probe.periodSeconds ?? 10, 1))
        let successThreshold = Int(max(probe.successThreshold ?? 1, 1))
        let failureThreshold = Int(max(probe.failureThreshold ?? 3, 1))
        var state = kind == "Liveness"
        var lastResult: Bool?
        var run = 0
        var deadline = startedAt.addingTimeInterval(TimeInterval(max(probe.initialDelaySeconds ?? 0, 0)))
        while !Task.isCancelled {
            do { try await time.sleep(until: deadline) } catch { return nil }
            let result = await prober.check(probe, container: container, handle: handle)
            if Task.isCancelled { return nil }
            await onResult(result)
            let isSuccess = result == .success
            run = isSuccess == lastResult ? run + 1 : 1
            lastResult = isSuccess
            if run >= (isSuccess ? successThreshold : failureThreshold) {
                if isSuccess != state {
                    state = isSuccess
                    await onThreshold?(state)
                }
                if stopWhen(isSuccess) { return isSuccess }
            }
            deadline = deadline.addingTimeInterval(period)
            // A check that outlasted its period (a slow exec on a real clock) does not queue up
            // missed ticks.
            while deadline < time.now() { deadline = deadline.addingTimeInterval(period) }
        }
        return nil
    }
}
