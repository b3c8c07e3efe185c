/// Ranks feasible nodes (Kubernetes' `ScorePlugin` with `ScoreExtensions`).
///
/// `score` returns a raw score for one node; `normalize` then maps the raw scores of all
/// feasible nodes (in `nodes` order) into 0...100 (`maxNodeScore`). The framework multiplies
/// the result by the plugin's weight in the profile and sums over plugins.
public protocol ScorePlugin: Plugin {
    func score(state: CycleState, pod: PodInfo, node: NodeInfo) -> Int64
    /// Defaults to nothing: for plugins whose raw scores are already 0...100.
    func normalize(state: CycleState, pod: PodInfo, nodes: [NodeInfo], scores: inout [Int64])
    /// Whether `normalize` reads `nodes` (beyond their count, which `scores` has). Defaults to
    /// true; see `PreScorePlugin.preScoreReadsNodes`.
    var normalizeReadsNodes: Bool { get }
}

extension ScorePlugin {
    public func normalize(state: CycleState, pod: PodInfo, nodes: [NodeInfo], scores: inout [Int64]) {}
    public var normalizeReadsNodes: Bool { true }
}

/// The bounds of a node score.
public enum NodeScore {
    public static let max: Int64 = 100
    public static let min: Int64 = 0

    /// Upstream's `DefaultNormalizeScore`: scales scores so the highest becomes `max`; with
    /// `reverse`, the lowest does. All-zero scores stay 0 (or all become `max` when reversed).
    public static func defaultNormalize(_ scores: inout [Int64], reverse: Bool) {
        var highest: Int64 = 0
        for score in scores where score > highest { highest = score }
        if highest == 0 {
            if reverse { for index in scores.indices { scores[index] = max } }
            return
        }
        for index in scores.indices {
            var score = max * scores[index] / highest
            if reverse { score = max - score }
            scores[index] = score
        }
    }
}
