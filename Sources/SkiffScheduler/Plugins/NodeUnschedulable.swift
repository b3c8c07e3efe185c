import SkiffAPI

/// NodeUnschedulable: a cordoned node (`spec.unschedulable`) takes only pods that tolerate the
/// `node.kubernetes.io/unschedulable:NoSchedule` taint.
public struct NodeUnschedulable: BatchFilterPlugin {
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

    public func filter(state: CycleState, pod: PodInfo, snapshot: Snapshot, table: NodeTable, rows: [Int], fits: inout [Bool]) {
        let cordoned = table.isUnschedulable
        var tolerates: Bool?
        for position in rows.indices where fits[position] && cordoned[rows[position]] {
            if tolerates == nil { tolerates = Self.unschedulableTaint.isTolerated(by: pod.tolerations) }
            if tolerates == false { fits[position] = false }
        }
    }
}
