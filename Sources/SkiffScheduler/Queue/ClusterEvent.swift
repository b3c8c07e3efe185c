/// A change in the cluster that may make unschedulable pods schedulable (Kubernetes'
/// `framework.ClusterEvent`). Each plugin says which events can undo its rejections
/// (`Plugin.clusterEvents`); the queue moves a parked pod only on an event one of its rejecting
/// plugins cares about.
public struct ClusterEvent: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let nodeAdd = ClusterEvent(rawValue: 1 << 0)
    /// A node's allocatable resources changed.
    public static let nodeAllocatableChange = ClusterEvent(rawValue: 1 << 1)
    public static let nodeLabelChange = ClusterEvent(rawValue: 1 << 2)
    public static let nodeTaintChange = ClusterEvent(rawValue: 1 << 3)
    /// `spec.unschedulable` changed.
    public static let nodeSpecUnschedulableChange = ClusterEvent(rawValue: 1 << 4)
    public static let nodeDelete = ClusterEvent(rawValue: 1 << 5)
    /// A pod was bound (or appeared bound).
    public static let assignedPodAdd = ClusterEvent(rawValue: 1 << 6)
    /// A bound pod's labels changed.
    public static let assignedPodUpdate = ClusterEvent(rawValue: 1 << 7)
    /// A bound pod went away (also: an assumed pod was forgotten).
    public static let assignedPodDelete = ClusterEvent(rawValue: 1 << 8)
    public static let namespaceChange = ClusterEvent(rawValue: 1 << 9)

    /// Every node change.
    public static let anyNodeChange: ClusterEvent = [
        .nodeAdd, .nodeAllocatableChange, .nodeLabelChange, .nodeTaintChange, .nodeSpecUnschedulableChange,
    ]
    public static let all = ClusterEvent(rawValue: .max)
}
