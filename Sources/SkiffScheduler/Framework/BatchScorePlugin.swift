/// A score plugin that can also score many nodes at once from the snapshot's `NodeTable`
/// (optional: the framework uses it for the scheduling cycle's feasible nodes; the per-node
/// `score` stays for `SchedulingAlgorithm.prioritize` and tests).
///
/// Why: a cycle scores hundreds of feasible nodes per plugin; see `BatchFilterPlugin`.
public protocol BatchScorePlugin: ScorePlugin {
    /// Appends to `scores`, for each of `rows` in order, exactly what `score(state:pod:node:)`
    /// returns for `snapshot.nodes[row]`.
    func score(state: CycleState, pod: PodInfo, snapshot: Snapshot, table: NodeTable, rows: [Int], scores: inout [Int64])
}
