/// A filter plugin that can also decide many nodes at once from the snapshot's `NodeTable`
/// (optional: the framework uses it in the scheduling cycle's feasible-node search; the
/// per-node `filter` stays for preemption, the nominated node and tests).
///
/// Why: the search filters hundreds of nodes per pod; one call per batch reads columns in a
/// tight loop instead of one existential call, and the `NodeInfo` reads, per node per plugin.
/// A node the table cannot decide (tainted, cordoned, extended resources) goes through the
/// plugin's per-node `filter` inside the batch.
public protocol BatchFilterPlugin: FilterPlugin {
    /// For every position `i` where `fits[i]` is true, sets it to false when the plugin rejects
    /// `snapshot.nodes[rows[i]]` — exactly when `filter(state:pod:node:)` would return a status
    /// (the framework asks `filter` for that status only if the pod fits nowhere).
    func filter(state: CycleState, pod: PodInfo, snapshot: Snapshot, table: NodeTable, rows: [Int], fits: inout [Bool])
}
