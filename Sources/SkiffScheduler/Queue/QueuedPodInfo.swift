import Foundation

/// A pod waiting in the `SchedulingQueue`, with its queueing history. Kubernetes'
/// `framework.QueuedPodInfo`.
public struct QueuedPodInfo: Sendable {
    public var pod: PodInfo
    /// When the pod was last added to a queue (arrival order in the active queue; the start of
    /// its back-off, and of its stay among the unschedulable).
    public var timestamp: Date
    /// Scheduling attempts so far (incremented when the pod is popped).
    public var attempts: Int
    /// When the pod first entered the queue.
    public var initialAttemptTimestamp: Date
    /// The plugins that rejected the pod in its last attempt: only cluster events these plugins
    /// care about move it out of the unschedulable pods. Empty means "any event" (an error).
    public var unschedulablePlugins: Set<String>
    /// Tie-breaker for equal timestamps (the manual clock makes them common): arrival order.
    var sequence: UInt64

    public init(pod: PodInfo, timestamp: Date, sequence: UInt64 = 0) {
        self.pod = pod
        self.timestamp = timestamp
        self.attempts = 0
        self.initialAttemptTimestamp = timestamp
        self.unschedulablePlugins = []
        self.sequence = sequence
    }
}
