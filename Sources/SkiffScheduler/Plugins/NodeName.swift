/// NodeName: a pod that names its node (`spec.nodeName`) fits only there. The scheduler never
/// sees such pods from the API (they are already bound), but profiles and tests may.
public struct NodeName: PreFilterPlugin, FilterPlugin {
    public static let name = "NodeName"
    /// Upstream's `ErrReason`.
    public static let errReason = "node(s) didn't match the requested node name"

    public var name: String { Self.name }
    public var clusterEvents: ClusterEvent { .nodeAdd }

    public init() {}

    public func preFilter(state: CycleState, pod: PodInfo, snapshot: Snapshot) -> PreFilterResult {
        pod.nodeName.isEmpty ? .skip : .restrict(to: [pod.nodeName])
    }

    public func filter(state: CycleState, pod: PodInfo, node: NodeInfo) -> PluginStatus? {
        Self.fits(pod, node) ? nil : PluginStatus(.unschedulableAndUnresolvable, Self.errReason)
    }

    public static func fits(_ pod: PodInfo, _ node: NodeInfo) -> Bool {
        pod.nodeName.isEmpty || pod.nodeName == node.name
    }
}
