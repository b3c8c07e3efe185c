/// NodeResourcesFit: the pod's requests must fit in what the node has left (Filter: pods, cpu,
/// memory, ephemeral-storage, extended resources); nodes are ranked by a `ScoringStrategy`
/// (Score: LeastAllocated by default, on non-zero requests as upstream).
public struct NodeResourcesFit: FilterPlugin, ScorePlugin {
    public static let name = "NodeResourcesFit"
    /// Upstream's reason when the node has no pod slot left.
    public static let tooManyPods = "Too many pods"

    /// `Insufficient <resource>`.
    public static func insufficient(_ resource: String) -> String { "Insufficient \(resource)" }

    public let scoring: ScoringStrategy
    public var name: String { Self.name }
    public var clusterEvents: ClusterEvent { [.nodeAdd, .nodeAllocatableChange, .assignedPodDelete] }

    public init(scoring: ScoringStrategy = .leastAllocated(ResourceWeight.cpuAndMemory)) {
        self.scoring = scoring
    }

    public func filter(state: CycleState, pod: PodInfo, node: NodeInfo) -> PluginStatus? {
        Self.insufficientResources(pod, node)
    }

    /// Every shortage of the node for the pod (upstream's `fitsRequest`), as one status: a
    /// shortage the node could not cover even empty is `unschedulableAndUnresolvable`.
    public static func insufficientResources(_ pod: PodInfo, _ node: NodeInfo) -> PluginStatus? {
        var reasons: [String] = []
        var isUnresolvable = false
        if node.pods.count + 1 > node.allowedPodNumber {
            reasons.append(tooManyPods)
        }
        let request = pod.requests.requests
        if request.milliCPU == 0, request.memory == 0, request.ephemeralStorage == 0, request.scalar.isEmpty {
            return reasons.isEmpty ? nil : PluginStatus(.unschedulable, reasons: reasons)
        }
        let allocatable = node.allocatable
        let requested = node.requested
        if request.milliCPU > 0, request.milliCPU > allocatable.milliCPU - requested.milliCPU {
            reasons.append(insufficient(Resources.Name.cpu))
            if request.milliCPU > allocatable.milliCPU { isUnresolvable = true }
        }
        if request.memory > 0, request.memory > allocatable.memory - requested.memory {
            reasons.append(insufficient(Resources.Name.memory))
            if request.memory > allocatable.memory { isUnresolvable = true }
        }
        if request.ephemeralStorage > 0, request.ephemeralStorage > allocatable.ephemeralStorage - requested.ephemeralStorage {
            reasons.append(insufficient(Resources.Name.ephemeralStorage))
            if request.ephemeralStorage > allocatable.ephemeralStorage { isUnresolvable = true }
        }
        if !request.scalar.isEmpty {
            for (name, amount) in request.scalar.sorted(by: { $0.key < $1.key }) where amount > 0 {
                let capacity = allocatable.scalar[name, default: 0]
                if amount > capacity - requested.scalar[name, default: 0] {
                    reasons.append(insufficient(name))
                    if amount > capacity { isUnresolvable = true }
                }
            }
        }
        if reasons.isEmpty { return nil }
        return PluginStatus(isUnresolvable ? .unschedulableAndUnresolvable : .unschedulable, reasons: reasons)
    }

    public func score(state: CycleState, pod: PodInfo, node: NodeInfo) -> Int64 {
        Self.score(pod, node, strategy: scoring)
    }

    /// The strategy's score: requested is the node's non-zero requests plus the pod's; an
    /// extended resource the pod does not ask for is left out (upstream).
    public static func score(_ pod: PodInfo, _ node: NodeInfo, strategy: ScoringStrategy) -> Int64 {
        let resources = strategy.resources
        // Two resources (the default) fit in fixed-size storage: no per-node array allocation.
        if resources.count == 2 {
            let first = amounts(resources[0].name, pod, node)
            let second = amounts(resources[1].name, pod, node)
            return strategy.score(requested: [first.requested, second.requested], allocatable: [first.allocatable, second.allocatable])
        }
        var requested: [Int64] = []
        var allocatable: [Int64] = []
        for resource in resources {
            let amount = amounts(resource.name, pod, node)
            requested.append(amount.requested)
            allocatable.append(amount.allocatable)
        }
        return strategy.score(requested: requested, allocatable: allocatable)
    }

    private static func amounts(_ name: String, _ pod: PodInfo, _ node: NodeInfo) -> (requested: Int64, allocatable: Int64) {
        let podRequest = pod.requests.nonZero.amount(of: name)
        switch name {
        case Resources.Name.cpu, Resources.Name.memory:
            return (node.nonZeroRequested.amount(of: name) + podRequest, node.allocatable.amount(of: name))
        case Resources.Name.ephemeralStorage:
            return (node.requested.ephemeralStorage + podRequest, node.allocatable.ephemeralStorage)
        default:
            if podRequest == 0 { return (0, 0) }
            return (node.requested.amount(of: name) + podRequest, node.allocatable.amount(of: name))
        }
    }
}
