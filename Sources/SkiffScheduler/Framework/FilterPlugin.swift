/// Decides whether one node can take the pod (Kubernetes' `FilterPlugin`). Returns nil when it
/// can, or the status saying why not (with upstream's reason strings). Must be cheap: it runs for
/// up to every node in every cycle.
public protocol FilterPlugin: Plugin {
    func filter(state: CycleState, pod: PodInfo, node: NodeInfo) -> PluginStatus?
}
