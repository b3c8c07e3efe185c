/// Claims per-node resources a plugin tracks itself when the pod is assumed, and releases them
/// when the binding fails (Kubernetes' `ReservePlugin`). No in-tree plugin of Skiff needs it yet:
/// the cache's `assume` already holds the node's resources.
public protocol ReservePlugin: Plugin {
    func reserve(state: CycleState, pod: PodInfo, nodeName: String) -> PluginStatus?
    func unreserve(state: CycleState, pod: PodInfo, nodeName: String)
}
