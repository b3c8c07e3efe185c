/// What a PreScore plugin decided.
public enum PreScoreResult: Sendable {
    case proceed
    /// Nothing to score for this pod: the plugin's Score is left out of this cycle.
    case skip
}

/// Computes per-pod scoring state once, from the feasible nodes (Kubernetes' `PreScorePlugin`).
public protocol PreScorePlugin: Plugin {
    func preScore(state: CycleState, pod: PodInfo, nodes: [NodeInfo], snapshot: Snapshot) -> PreScoreResult
    /// Whether `preScore` of `pod` reads `nodes`. Defaults to true; when false the scheduling
    /// cycle may pass an empty list and so need not build one (its feasible nodes are table
    /// rows, see `BatchScorePlugin`).
    func preScoreReadsNodes(of pod: PodInfo) -> Bool
}

extension PreScorePlugin {
    public func preScoreReadsNodes(of pod: PodInfo) -> Bool { true }
}
