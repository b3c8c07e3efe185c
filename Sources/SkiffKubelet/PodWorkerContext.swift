import SkiffClient
import SkiffLoop

/// What every pod worker of one kubelet shares: how it talks to the cluster, its clock, its
/// runtime and event recorder, and the node's identity.
struct PodWorkerContext: Sendable {
    let client: any APIClient
    let loop: EventLoop
    let time: any TimeSource
    let runtime: any ContainerRuntime
    let events: EventRecorder
    let nodeName: String
    let hostIP: String
    let dataDirectory: String
    let log: @Sendable (String) -> Void
}
