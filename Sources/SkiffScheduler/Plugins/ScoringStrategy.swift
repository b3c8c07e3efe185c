/// A resource and its weight in a resource score.
public struct ResourceWeight: Sendable, Hashable {
    public var name: String
    public var weight: Int64

    public init(_ name: String, weight: Int64 = 1) {
        self.name = name
        self.weight = weight
    }

    /// Upstream's default: cpu and memory, weight 1 each.
    public static let cpuAndMemory = [ResourceWeight(Resources.Name.cpu), ResourceWeight(Resources.Name.memory)]
}

/// One point of RequestedToCapacityRatio's scoring function: at `utilization` percent (0…100)
/// the score is `score` (0…10, scaled ×10 to node scores).
public struct UtilizationShapePoint: Sendable, Hashable {
    public var utilization: Int64
    public var score: Int64

    public init(utilization: Int64, score: Int64) {
        self.utilization = utilization
        self.score = score
    }
}

/// How NodeResourcesFit scores a node from the requested (including the pod, with non-zero
/// defaults) and allocatable amounts of each resource. Upstream's `ScoringStrategy`.
public enum ScoringStrategy: Sendable, Hashable {
    /// Prefer emptier nodes: Σ weight × (allocatable − requested) × 100 / allocatable ÷ Σ weight.
    case leastAllocated([ResourceWeight])
    /// Prefer fuller nodes (bin packing): Σ weight × requested × 100 / allocatable ÷ Σ weight.
    case mostAllocated([ResourceWeight])
    /// A piecewise-linear function of utilization, given by `shape` (sorted by utilization).
    case requestedToCapacityRatio([ResourceWeight], shape: [UtilizationShapePoint])

    public var resources: [ResourceWeight] {
        switch self {
        case .leastAllocated(let resources), .mostAllocated(let resources), .requestedToCapacityRatio(let resources, _):
            resources
        }
    }

    /// The node score for `requested` and `allocatable` amounts, index-aligned with `resources`
    /// (a resource with no allocatable is left out, as upstream).
    public func score(requested: [Int64], allocatable: [Int64]) -> Int64 {
        let resources = self.resources
        switch self {
        case .leastAllocated:
            var total: Int64 = 0
            var weights: Int64 = 0
            for index in requested.indices where allocatable[index] != 0 {
                let capacity = allocatable[index]
                let used = requested[index]
                let score = used > capacity ? 0 : (capacity - used) * NodeScore.max / capacity
                total += score * resources[index].weight
                weights += resources[index].weight
            }
            return weights == 0 ? 0 : total / weights
        case .mostAllocated:
            var total: Int64 = 0
            var weights: Int64 = 0
            for index in requested.indices where allocatable[index] != 0 {
                let capacity = allocatable[index]
                let used = min(requested[index], capacity)
                total += used * NodeScore.max / capacity * resources[index].weight
                weights += resources[index].weight
            }
            return weights == 0 ? 0 : total / weights
        case .requestedToCapacityRatio(_, let shape):
            let scaled = shape.map { UtilizationShapePoint(utilization: $0.utilization, score: $0.score * (NodeScore.max / 10)) }
            var total: Int64 = 0
            var weights: Int64 = 0
            for index in requested.indices where allocatable[index] != 0 {
                let capacity = allocatable[index]
                let utilization = requested[index] > capacity ? 100 : requested[index] * 100 / capacity
                let score = Self.brokenLinear(scaled, at: utilization)
                if score > 0 {
                    total += score * resources[index].weight
                    weights += resources[index].weight
                }
            }
            return weights == 0 ? 0 : Int64((Double(total) / Double(weights)).rounded())
        }
    }

    /// Upstream's `BuildBrokenLinearFunction`.
    /// `score(requested:allocatable:)` for exactly two resources, without building arrays
    /// (the default cpu + memory case, run for every scored node).
    func score(_ first: (requested: Int64, allocatable: Int64), _ second: (requested: Int64, allocatable: Int64)) -> Int64 {
        guard case .leastAllocated(let resources) = self, resources.count == 2 else {
            return score(requested: [first.requested, second.requested], allocatable: [first.allocatable, second.allocatable])
        }
        return Self.leastAllocated(first, second, weights: (resources[0].weight, resources[1].weight))
    }

    /// LeastAllocated on two resources with `weights` (the per-node and batch scoring's shared
    /// arithmetic).
    @inline(__always)
    static func leastAllocated(
        _ first: (requested: Int64, allocatable: Int64), _ second: (requested: Int64, allocatable: Int64), weights resourceWeights: (Int64, Int64)
    ) -> Int64 {
        var total: Int64 = 0
        var weights: Int64 = 0
        if first.allocatable != 0 {
            let score = first.requested > first.allocatable ? 0 : (first.allocatable - first.requested) * NodeScore.max / first.allocatable
            total += score * resourceWeights.0
            weights += resourceWeights.0
        }
        if second.allocatable != 0 {
            let score = second.requested > second.allocatable ? 0 : (second.allocatable - second.requested) * NodeScore.max / second.allocatable
            total += score * resourceWeights.1
            weights += resourceWeights.1
        }
        return weights == 0 ? 0 : total / weights
    }

    static func brokenLinear(_ shape: [UtilizationShapePoint], at utilization: Int64) -> Int64 {
        for index in shape.indices where utilization <= shape[index].utilization {
            if index == 0 { return shape[0].score }
            let low = shape[index - 1]
            let high = shape[index]
            return low.score + (high.score - low.score) * (utilization - low.utilization) / (high.utilization - low.utilization)
        }
        return shape.last?.score ?? 0
    }
}
