/// NodeResourcesBalancedAllocation: prefers nodes whose resource fractions (requested ÷
/// allocatable, the pod included, real requests) are close to each other: score =
/// (1 − standard deviation) × 100. Best-effort pods (no requests) are not scored, as upstream.
public struct NodeResourcesBalancedAllocation: PreScorePlugin, ScorePlugin {
    public static let name = "NodeResourcesBalancedAllocation"

    public let resources: [ResourceWeight]
    public var name: String { Self.name }

    /// `resources` resolved once (scoring runs per node per pod).
    private let kinds: [ResourceKind]

    public init(resources: [ResourceWeight] = ResourceWeight.cpuAndMemory) {
        self.resources = resources
        self.kinds = resources.map { ResourceKind($0.name) }
    }

    public func preScore(state: CycleState, pod: PodInfo, nodes: [NodeInfo], snapshot: Snapshot) -> PreScoreResult {
        let requests = pod.requests.requests
        let isBestEffort = resources.allSatisfy { requests.amount(of: $0.name) == 0 }
        return isBestEffort ? .skip : .proceed
    }

    public func score(state: CycleState, pod: PodInfo, node: NodeInfo) -> Int64 {
        Self.score(pod, node, kinds: kinds)
    }

    public static func score(_ pod: PodInfo, _ node: NodeInfo, resources: [ResourceWeight]) -> Int64 {
        score(pod, node, kinds: resources.map { ResourceKind($0.name) })
    }

    static func score(_ pod: PodInfo, _ node: NodeInfo, kinds resources: [ResourceKind]) -> Int64 {
        // Two resources (the default) need no array: the deviation is |f1 - f2| / 2.
        var first = 0.0
        var second = 0.0
        var count = 0
        var fractions: [Double] = []
        for resource in resources {
            guard let fraction = fraction(resource, pod, node) else { continue }
            if count == 0 { first = fraction } else if count == 1 { second = fraction }
            if resources.count > 2 { fractions.append(fraction) }
            count += 1
        }
        var deviation = 0.0
        if count == 2 {
            deviation = abs((first - second) / 2)
        } else if count > 2 {
            let mean = fractions.reduce(0, +) / Double(count)
            var sum = 0.0
            for fraction in fractions { sum += (fraction - mean) * (fraction - mean) }
            deviation = (sum / Double(count)).squareRoot()
        }
        return Int64((1 - deviation) * Double(NodeScore.max))
    }

    /// requested ÷ allocatable capped at 1, or nil when the resource is left out (no allocatable,
    /// or an extended resource the pod does not request).
    @inline(__always)
    private static func fraction(_ kind: ResourceKind, _ pod: PodInfo, _ node: NodeInfo) -> Double? {
        let podRequest = pod.requests.requests.amount(of: kind)
        if kind.isScalar && podRequest == 0 { return nil }
        let allocatable = node.allocatable.amount(of: kind)
        if allocatable == 0 { return nil }
        return min(Double(node.requested.amount(of: kind) + podRequest) / Double(allocatable), 1)
    }
}
