import Foundation
import SkiffAPI

/// What a pod worker knows about one of its containers: the facts its `ContainerStatus` is
/// computed from. Owned by the `PodWorker` actor.
struct ContainerRecord: Sendable {
    let spec: Container
    let isInit: Bool
    var restartCount: Int32 = 0
    var state = ContainerState(waiting: ContainerStateWaiting(reason: "ContainerCreating"))
    var lastState: ContainerState?
    var handle: ContainerHandle?
    var containerID: String?
    var ready = false
    var started = false
    var backOff = CrashLoopBackOff()
    var runningSince: Date?

    var name: String { spec.name }
    var isRunning: Bool { state.running != nil }
    var isTerminated: Bool { state.terminated != nil }
    /// Terminated with exit code 0 (an init container that may let the next one start).
    var hasSucceeded: Bool { state.terminated?.exitCode == 0 }
    /// Waiting for a restart after having run (counts as stopped for the pod phase).
    var hasRunBefore: Bool { lastState?.terminated != nil || isTerminated }
    /// The exit code of the most recent run, if it ended.
    var lastExitCode: Int32? { state.terminated?.exitCode ?? lastState?.terminated?.exitCode }

    func status(now: Date) -> ContainerStatus {
        ContainerStatus(
            name: name, state: state, lastState: lastState ?? ContainerState(), ready: ready,
            restartCount: restartCount, image: spec.image ?? "", imageID: "", containerID: containerID,
            started: isRunning ? started : false
        )
    }
}
