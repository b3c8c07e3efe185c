/// NodeResourcesBalancedAllocation: prefers nodes whose resource fractions (requested ÷
/// allocatable, the pod included, real requests) are close to each other: score =
/// (1 − standard deviation) × 100. Best-effort pods (no requests) are not scored, as upstream.
public struct NodeResourcesBalancedAllocation: PreScorePlugin, BatchScorePlugin {
    public static let name = "NodeResourcesBalancedAllocation"

    public let resources: [ResourceWeight]
    public var name: String { Self.name }
    /// PreScore looks at the pod (and snapshot) only.
    public func preScoreReadsNodes(of pod: PodInfo) -> Bool { false }
    /// Normalizing looks at the scores only.
    public var normalizeReadsNodes: Bool { false }

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

    public func score(state: CycleState, pod: PodInfo, snapshot: Snapshot, table: NodeTable, rows: [Int], scores: inout [Int64]) {
        // The table serves up to two CPU, memory or ephemeral-storage resources (extended
        // resources the pod does not ask for are left out anyway); anything else is scored
        // node by node.
        let requests = pod.requests.requests
        var columns: [(requested: [Int64], allocatable: [Int64], request: Int64)] = []
        var servable = true
        for kind in kinds where servable {
            if let pair = table.columns(kind, nonZero: false) {
                columns.append((pair.requested, pair.allocatable, requests.amount(of: kind)))
            } else if requests.amount(of: kind) != 0 {
                servable = false
            }
        }
        guard servable, columns.count <= 2 else {
            let nodes = snapshot.nodes
            for row in rows { scores.append(Self.score(pod, nodes[row], kinds: kinds)) }
            return
        }
        if columns.count < 2 {
            // One fraction (or none) deviates from nothing.
            for _ in rows { scores.append(Self.score(deviation: 0)) }
            return
        }
        let first = columns[0]
        let second = columns[1]
        for row in rows {
            let firstFraction = Self.fraction(requested: first.requested[row] + first.request, allocatable: first.allocatable[row])
            let secondFraction = Self.fraction(requested: second.requested[row] + second.request, allocatable: second.allocatable[row])
            var deviation = 0.0
            if let firstFraction, let secondFraction { deviation = Self.deviation(firstFraction, secondFraction) }
            scores.append(Self.score(deviation: deviation))
        }
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
            deviation = Self.deviation(first, second)
        } else if count > 2 {
            let mean = fractions.reduce(0, +) / Double(count)
            var sum = 0.0
            for fraction in fractions { sum += (fraction - mean) * (fraction - mean) }
            deviation = (sum / Double(count)).squareRoot()
        }
        return score(deviation: deviation)
    }

    /// The standard deviation of two fractions.
    @inline(__always)
    static func deviation(_ first: Double, _ second: Double) -> Double { abs((first - second) / 2) }

    @inline(__always)
    static func score(deviation: Double) -> Int64 { Int64((1 - deviation) * Double(NodeScore.max)) }

    /// requested ÷ allocatable capped at 1, or nil without allocatable.
    @inline(__always)
    static func fraction(requested: Int64, allocatable: Int64) -> Double? {
        if allocatable == 0 { return nil }
        return min(Double(requested) / Double(allocatable), 1)
    }

    /// requested ÷ allocatable capped at 1, or nil when the resource is left out (no allocatable,
    /// or an extended resource the pod does not request).
    @inline(__always)
    private static func fraction(_ kind: ResourceKind, _ pod: PodInfo, _ node: NodeInfo) -> Double? {
        let podRequest = pod.requests.requests.amount(of: kind)
        if kind.isScalar && podRequest == 0 { return nil }
        return fraction(requested: node.requested.amount(of: kind) + podRequest, allocatable: node.allocatable.amount(of: kind))
    }
}
