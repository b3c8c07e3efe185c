/// The numbers the hot filters and scores read for every node, in columns indexed by the node's
/// row (its position in `Snapshot.nodes`): allocatable and requested CPU, memory and ephemeral
/// storage, pod counts, and flags for the rare cases (cordoned, tainted, extended resources)
/// that send a node back to the per-node plugin path. A struct of arrays; Kubernetes has none.
///
/// Why: a cycle on a 5,000-node cluster filters and scores ~500 nodes with several plugins each.
/// Reading these fields from each `NodeInfo` object costs a pointer chase and a retain/release
/// per node per plugin; a batch plugin (`BatchFilterPlugin`, `BatchScorePlugin`) reads the
/// columns in a tight loop instead. The `Snapshot` keeps the table current row by row from the
/// cache's change reports, so a cycle rebuilds nothing.
///
/// Isolation: as `Snapshot` (owned by the scheduler actor, never changed during a cycle).
public final class NodeTable {
    // `@exclusivity(unchecked)`: changed only by the snapshot between cycles (see `NodeInfo`).
    @exclusivity(unchecked) public private(set) var allocatableMilliCPU: [Int64] = []
    @exclusivity(unchecked) public private(set) var allocatableMemory: [Int64] = []
    @exclusivity(unchecked) public private(set) var allocatableEphemeralStorage: [Int64] = []
    @exclusivity(unchecked) public private(set) var requestedMilliCPU: [Int64] = []
    @exclusivity(unchecked) public private(set) var requestedMemory: [Int64] = []
    @exclusivity(unchecked) public private(set) var requestedEphemeralStorage: [Int64] = []
    /// `NodeInfo.nonZeroRequested` CPU and memory (what resource scoring uses).
    @exclusivity(unchecked) public private(set) var nonZeroRequestedMilliCPU: [Int64] = []
    @exclusivity(unchecked) public private(set) var nonZeroRequestedMemory: [Int64] = []
    @exclusivity(unchecked) public private(set) var podCount: [Int] = []
    @exclusivity(unchecked) public private(set) var allowedPodNumber: [Int] = []
    /// `spec.unschedulable`.
    @exclusivity(unchecked) public private(set) var isUnschedulable: [Bool] = []
    /// Whether the node has any taint.
    @exclusivity(unchecked) public private(set) var hasTaints: [Bool] = []
    /// `NodeInfo.generation` when the row was copied (a stale row is one that differs).
    @exclusivity(unchecked) private(set) var generations: [Int64] = []
    /// Label columns asked for so far (`Snapshot.labelColumn(for:)`), kept current with the rows.
    @exclusivity(unchecked) private var labelColumns: [String: NodeLabelColumn] = [:]

    /// At most this many label columns are kept: keys come from pods' constraints, which could
    /// name many; past it, all are dropped and rebuilt on demand.
    static let maxLabelColumns = 32

    public init() {}

    /// The number of rows.
    public var count: Int { generations.count }

    /// Refills every row from `nodes`.
    func rebuild(from nodes: [NodeInfo]) {
        allocatableMilliCPU.removeAll(keepingCapacity: true)
        allocatableMemory.removeAll(keepingCapacity: true)
        allocatableEphemeralStorage.removeAll(keepingCapacity: true)
        requestedMilliCPU.removeAll(keepingCapacity: true)
        requestedMemory.removeAll(keepingCapacity: true)
        requestedEphemeralStorage.removeAll(keepingCapacity: true)
        nonZeroRequestedMilliCPU.removeAll(keepingCapacity: true)
        nonZeroRequestedMemory.removeAll(keepingCapacity: true)
        podCount.removeAll(keepingCapacity: true)
        allowedPodNumber.removeAll(keepingCapacity: true)
        isUnschedulable.removeAll(keepingCapacity: true)
        hasTaints.removeAll(keepingCapacity: true)
        generations.removeAll(keepingCapacity: true)
        for node in nodes {
            allocatableMilliCPU.append(node.allocatable.milliCPU)
            allocatableMemory.append(node.allocatable.memory)
            allocatableEphemeralStorage.append(node.allocatable.ephemeralStorage)
            requestedMilliCPU.append(node.requested.milliCPU)
            requestedMemory.append(node.requested.memory)
            requestedEphemeralStorage.append(node.requested.ephemeralStorage)
            nonZeroRequestedMilliCPU.append(node.nonZeroRequested.milliCPU)
            nonZeroRequestedMemory.append(node.nonZeroRequested.memory)
            podCount.append(node.pods.count)
            allowedPodNumber.append(node.allowedPodNumber)
            isUnschedulable.append(node.isUnschedulable)
            hasTaints.append(!node.taints.isEmpty)
            generations.append(node.generation)
        }
        for column in labelColumns.values { column.rebuild(from: nodes) }
    }

    /// The column of label `key` for `nodes` (this table's nodes), built on first use.
    func labelColumn(for key: String, nodes: [NodeInfo]) -> NodeLabelColumn {
        if let column = labelColumns[key] { return column }
        if labelColumns.count >= Self.maxLabelColumns { labelColumns.removeAll() }
        let column = NodeLabelColumn(key: key)
        column.rebuild(from: nodes)
        labelColumns[key] = column
        return column
    }

    /// Copies `node` into `row` again, if it changed since.
    func refresh(row: Int, from node: NodeInfo) {
        guard generations[row] != node.generation else { return }
        allocatableMilliCPU[row] = node.allocatable.milliCPU
        allocatableMemory[row] = node.allocatable.memory
        allocatableEphemeralStorage[row] = node.allocatable.ephemeralStorage
        requestedMilliCPU[row] = node.requested.milliCPU
        requestedMemory[row] = node.requested.memory
        requestedEphemeralStorage[row] = node.requested.ephemeralStorage
        nonZeroRequestedMilliCPU[row] = node.nonZeroRequested.milliCPU
        nonZeroRequestedMemory[row] = node.nonZeroRequested.memory
        podCount[row] = node.pods.count
        allowedPodNumber[row] = node.allowedPodNumber
        isUnschedulable[row] = node.isUnschedulable
        hasTaints[row] = !node.taints.isEmpty
        generations[row] = node.generation
        for column in labelColumns.values { column.refresh(row: row, from: node) }
    }

    /// Whether `row` holds `node`'s current numbers (tests).
    func isCurrent(row: Int, for node: NodeInfo) -> Bool {
        row < count && generations[row] == node.generation
    }
}

extension NodeTable {
    /// The requested and allocatable columns of a CPU, memory or ephemeral-storage `kind`; nil
    /// for an extended (scalar) resource, which the table does not hold. With `nonZero`, CPU
    /// and memory requests are `NodeInfo.nonZeroRequested`'s (resource scoring's).
    func columns(_ kind: ResourceKind, nonZero: Bool) -> (requested: [Int64], allocatable: [Int64])? {
        switch kind {
        case .cpu: (nonZero ? nonZeroRequestedMilliCPU : requestedMilliCPU, allocatableMilliCPU)
        case .memory: (nonZero ? nonZeroRequestedMemory : requestedMemory, allocatableMemory)
        case .ephemeralStorage: (requestedEphemeralStorage, allocatableEphemeralStorage)
        case .scalar: nil
        }
    }
}
