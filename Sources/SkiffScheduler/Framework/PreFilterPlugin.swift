/// What a PreFilter plugin decided for the pod.
public enum PreFilterResult: Sendable {
    /// Evaluate nodes as usual.
    case proceed
    /// Only these nodes can fit (NodeName, NodeAffinity on `metadata.name`); others are not tried.
    case restrict(to: Set<String>)
    /// The plugin has nothing to check for this pod: its Filter is left out of this cycle.
    case skip
    /// No node can fit; every node gets this status.
    case reject(PluginStatus)
}

/// Computes per-pod state once before nodes are filtered (Kubernetes' `PreFilterPlugin`), and
/// keeps that state right when preemption's what-if runs add or remove pods on a node
/// (`PreFilterExtensions`; defaults do nothing, right for plugins whose state ignores other pods).
public protocol PreFilterPlugin: Plugin {
    func preFilter(state: CycleState, pod: PodInfo, snapshot: Snapshot) -> PreFilterResult
    /// `podToAdd` is (back) on `node` in a what-if run.
    func addPod(state: CycleState, podToSchedule: PodInfo, podToAdd: PodInfo, node: NodeInfo)
    /// `podToRemove` left `node` in a what-if run.
    func removePod(state: CycleState, podToSchedule: PodInfo, podToRemove: PodInfo, node: NodeInfo)
}

extension PreFilterPlugin {
    public func addPod(state: CycleState, podToSchedule: PodInfo, podToAdd: PodInfo, node: NodeInfo) {}
    public func removePod(state: CycleState, podToSchedule: PodInfo, podToRemove: PodInfo, node: NodeInfo) {}
}
