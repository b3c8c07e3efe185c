/// NodePorts: a pod's host ports must be free on the node (same protocol and port conflict
/// when either IP is `0.0.0.0` or they are equal).
public struct NodePorts: PreFilterPlugin, FilterPlugin {
    public static let name = "NodePorts"
    /// Upstream's `ErrReason`.
    public static let errReason = "node(s) didn't have free ports for the requested pod ports"

    public var name: String { Self.name }
    public var clusterEvents: ClusterEvent { [.nodeAdd, .assignedPodDelete] }

    public init() {}

    public func preFilter(state: CycleState, pod: PodInfo, snapshot: Snapshot) -> PreFilterResult {
        pod.hostPorts.isEmpty ? .skip : .proceed
    }

    public func filter(state: CycleState, pod: PodInfo, node: NodeInfo) -> PluginStatus? {
        Self.fits(pod, node) ? nil : PluginStatus(.unschedulable, Self.errReason)
    }

    public static func fits(_ pod: PodInfo, _ node: NodeInfo) -> Bool {
        if node.usedPorts.isEmpty { return true }
        for port in pod.hostPorts where node.usedPorts.conflicts(with: port) { return false }
        return true
    }
}
