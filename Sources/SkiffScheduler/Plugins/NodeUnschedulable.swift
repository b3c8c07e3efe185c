import SkiffAPI

/// NodeUnschedulable: a cordoned node (`spec.unschedulable`) takes only pods that tolerate the
/// `node.kubernetes.io/unschedulable:NoSchedule` taint.
public struct NodeUnschedulable: FilterPlugin {
    public static let name = "NodeUnschedulable"
    /// Upstream's `ErrReasonUnschedulable`.
    public static let errReason = "node(s) were unschedulable"
    /// The taint a cordoned node implicitly carries.
    public static let unschedulableTaint = Taint(key: "node.kubernetes.io/unschedulable", effect: .noSchedule)

    public var name: String { Self.name }
    public var clusterEvents: ClusterEvent { [.nodeAdd, .nodeSpecUnschedulableChange, .nodeTaintChange] }

    public init() {}

    public func filter(state: CycleState, pod: PodInfo, node: NodeInfo) -> PluginStatus? {
        guard node.isUnschedulable else { return nil }
        if Self.unschedulableTaint.isTolerated(by: pod.tolerations) { return nil }
        return PluginStatus(.unschedulableAndUnresolvable, Self.errReason)
    }
}
