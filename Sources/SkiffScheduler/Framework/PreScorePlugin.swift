/// What a PreScore plugin decided.
public enum PreScoreResult: Sendable {
    case proceed
    /// Nothing to score for this pod: the plugin's Score is left out of this cycle.
    case skip
}

/// Computes per-pod scoring state once, from the feasible nodes (Kubernetes' `PreScorePlugin`).
public protocol PreScorePlugin: Plugin {
    func preScore(state: CycleState, pod: PodInfo, nodes: [NodeInfo], snapshot: Snapshot) -> PreScoreResult
}
