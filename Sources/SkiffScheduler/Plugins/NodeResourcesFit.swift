/// NodeResourcesFit: the pod's requests must fit in what the node has left (Filter: pods, cpu,
/// memory, ephemeral-storage, extended resources); nodes are ranked by a `ScoringStrategy`
/// (Score: LeastAllocated by default, on non-zero requests as upstream).
public struct NodeResourcesFit: BatchFilterPlugin, BatchScorePlugin {
    public static let name = "NodeResourcesFit"
    /// Upstream's reason when the node has no pod slot left.
    public static let tooManyPods = "Too many pods"

    /// `Insufficient <resource>`.
    public static func insufficient(_ resource: String) -> String { "Insufficient \(resource)" }

    public let scoring: ScoringStrategy
    public var name: String { Self.name }
    /// Normalizing looks at the scores only.
    public var normalizeReadsNodes: Bool { false }
    public var clusterEvents: ClusterEvent { [.nodeAdd, .nodeAllocatableChange, .assignedPodDelete] }

    /// The strategy's resource names, resolved once (scoring runs per node per pod).
    private let kinds: [ResourceKind]

    public init(scoring: ScoringStrategy = .leastAllocated(ResourceWeight.cpuAndMemory)) {
        self.scoring = scoring
        self.kinds = scoring.resources.map { ResourceKind($0.name) }
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
        // The node's amounts are read field by field: copying `node.allocatable` whole would
        // retain and release its scalar dictionary for every node filtered.
        let allocatableCPU = node.allocatable.milliCPU
        let allocatableMemory = node.allocatable.memory
        let allocatableStorage = node.allocatable.ephemeralStorage
        if request.milliCPU > 0, request.milliCPU > allocatableCPU - node.requested.milliCPU {
            reasons.append(insufficient(Resources.Name.cpu))
            if request.milliCPU > allocatableCPU { isUnresolvable = true }
        }
        if request.memory > 0, request.memory > allocatableMemory - node.requested.memory {
            reasons.append(insufficient(Resources.Name.memory))
            if request.memory > allocatableMemory { isUnresolvable = true }
        }
        if request.ephemeralStorage > 0, request.ephemeralStorage > allocatableStorage - node.requested.ephemeralStorage {
            reasons.append(insufficient(Resources.Name.ephemeralStorage))
            if request.ephemeralStorage > allocatableStorage { isUnresolvable = true }
        }
        if !request.scalar.isEmpty {
            for (name, amount) in request.scalar.sorted(by: { $0.key < $1.key }) where amount > 0 {
                let capacity = node.allocatable.scalar[name, default: 0]
                if amount > capacity - node.requested.scalar[name, default: 0] {
                    reasons.append(insufficient(name))
                    if amount > capacity { isUnresolvable = true }
                }
            }
        }
        if reasons.isEmpty { return nil }
        return PluginStatus(isUnresolvable ? .unschedulableAndUnresolvable : .unschedulable, reasons: reasons)
    }

    public func filter(state: CycleState, pod: PodInfo, snapshot: Snapshot, table: NodeTable, rows: [Int], fits: inout [Bool]) {
        let request = pod.requests.requests
        if !request.scalar.isEmpty {
            // Extended resources are not in the table: such pods take the per-node path.
            let nodes = snapshot.nodes
            for position in rows.indices where fits[position] {
                if Self.insufficientResources(pod, nodes[rows[position]]) != nil { fits[position] = false }
            }
            return
        }
        // `insufficientResources` finds a reason exactly when one of these holds.
        let cpu = request.milliCPU
        let memory = request.memory
        let storage = request.ephemeralStorage
        let podCount = table.podCount
        let allowedPodNumber = table.allowedPodNumber
        let allocatableCPU = table.allocatableMilliCPU
        let requestedCPU = table.requestedMilliCPU
        let allocatableMemory = table.allocatableMemory
        let requestedMemory = table.requestedMemory
        let allocatableStorage = table.allocatableEphemeralStorage
        let requestedStorage = table.requestedEphemeralStorage
        for position in rows.indices where fits[position] {
            let row = rows[position]
            if podCount[row] + 1 > allowedPodNumber[row]
                || (cpu > 0 && cpu > allocatableCPU[row] - requestedCPU[row])
                || (memory > 0 && memory > allocatableMemory[row] - requestedMemory[row])
                || (storage > 0 && storage > allocatableStorage[row] - requestedStorage[row])
            {
                fits[position] = false
            }
        }
    }

    public func score(state: CycleState, pod: PodInfo, snapshot: Snapshot, table: NodeTable, rows: [Int], scores: inout [Int64]) {
        // The table serves two resources that are CPU, memory, ephemeral storage, or an
        // extended resource the pod does not ask for (amounts 0, 0); anything else is scored
        // node by node.
        let requests = pod.requests.nonZero
        var columns: [(requested: [Int64], allocatable: [Int64])?] = []
        var servable = kinds.count == 2
        for kind in kinds where servable {
            if let pair = table.columns(kind, nonZero: true) {
                columns.append(pair)
            } else if requests.amount(of: kind) == 0 {
                columns.append(nil)
            } else {
                servable = false
            }
        }
        guard servable else {
            let nodes = snapshot.nodes
            for row in rows { scores.append(Self.score(pod, nodes[row], strategy: scoring, kinds: kinds)) }
            return
        }
        let firstRequest = requests.amount(of: kinds[0])
        let secondRequest = requests.amount(of: kinds[1])
        let first = columns[0]
        let second = columns[1]
        @inline(__always)
        func amounts(_ pair: (requested: [Int64], allocatable: [Int64])?, _ request: Int64, _ row: Int) -> (requested: Int64, allocatable: Int64) {
            guard let pair else { return (0, 0) }
            return (pair.requested[row] + request, pair.allocatable[row])
        }
        if case .leastAllocated(let resources) = scoring {
            let weights = (resources[0].weight, resources[1].weight)
            for row in rows {
                scores.append(ScoringStrategy.leastAllocated(amounts(first, firstRequest, row), amounts(second, secondRequest, row), weights: weights))
            }
        } else {
            for row in rows { scores.append(scoring.score(amounts(first, firstRequest, row), amounts(second, secondRequest, row))) }
        }
    }

    public func score(state: CycleState, pod: PodInfo, node: NodeInfo) -> Int64 {
        Self.score(pod, node, strategy: scoring, kinds: kinds)
    }

    /// The strategy's score: requested is the node's non-zero requests plus the pod's; an
    /// extended resource the pod does not ask for is left out (upstream).
    public static func score(_ pod: PodInfo, _ node: NodeInfo, strategy: ScoringStrategy) -> Int64 {
        score(pod, node, strategy: strategy, kinds: strategy.resources.map { ResourceKind($0.name) })
    }

    static func score(_ pod: PodInfo, _ node: NodeInfo, strategy: ScoringStrategy, kinds: [ResourceKind]) -> Int64 {
        // Two resources (the default) go through the array-free path.
        if kinds.count == 2 {
            let first = amounts(kinds[0], pod, node)
            let second = amounts(kinds[1], pod, node)
            return strategy.score(first, second)
        }
        var requested: [Int64] = []
        var allocatable: [Int64] = []
        for kind in kinds {
            let amount = amounts(kind, pod, node)
            requested.append(amount.requested)
            allocatable.append(amount.allocatable)
        }
        return strategy.score(requested: requested, allocatable: allocatable)
    }

    @inline(__always)
    private static func amounts(_ kind: ResourceKind, _ pod: PodInfo, _ node: NodeInfo) -> (requested: Int64, allocatable: Int64) {
        let podRequest = pod.requests.nonZero.amount(of: kind)
        switch kind {
        case .cpu, .memory:
            return (node.nonZeroRequested.amount(of: kind) + podRequest, node.allocatable.amount(of: kind))
        case .ephemeralStorage:
            return (node.requested.ephemeralStorage + podRequest, node.allocatable.ephemeralStorage)
        case .scalar:
            if podRequest == 0 { return (0, 0) }
            return (node.requested.amount(of: kind) + podRequest, node.allocatable.amount(of: kind))
        }
    }
}
