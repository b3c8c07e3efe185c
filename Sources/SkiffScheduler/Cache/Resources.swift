import SkiffAPI

/// Resource amounts in the integer units the scheduler computes with: milli-CPU, bytes of memory
/// and ephemeral storage, and whole units of extended resources (`nvidia.com/gpu`,
/// `hugepages-2Mi`, …). Kubernetes' `framework.Resource`.
///
/// Quantities are converted once, when a pod or node enters the cache, so filtering and scoring
/// are plain `Int64` arithmetic. Extended resources live in a small dictionary that stays empty
/// (and allocation-free) for the common pod that requests none.
public struct Resources: Sendable, Hashable {
    public var milliCPU: Int64
    public var memory: Int64
    public var ephemeralStorage: Int64
    /// Extended and other scalar resources by name.
    public var scalar: [String: Int64]

    public init(milliCPU: Int64 = 0, memory: Int64 = 0, ephemeralStorage: Int64 = 0, scalar: [String: Int64] = [:]) {
        self.milliCPU = milliCPU
        self.memory = memory
        self.ephemeralStorage = ephemeralStorage
        self.scalar = scalar
    }

    public static let zero = Resources()

    /// Resource names with a meaning of their own; every other name is a scalar resource.
    public enum Name {
        public static let cpu = "cpu"
        public static let memory = "memory"
        public static let ephemeralStorage = "ephemeral-storage"
        public static let pods = "pods"
    }

    /// The amounts of a resource list (`requests`, `allocatable`, `overhead`); `pods` is ignored
    /// (the node keeps it as `allowedPodNumber`).
    public init(_ list: [String: Quantity]?) {
        self.init()
        guard let list else { return }
        for (name, quantity) in list {
            switch name {
            case Name.cpu: milliCPU = quantity.milliValue
            case Name.memory: memory = quantity.value
            case Name.ephemeralStorage: ephemeralStorage = quantity.value
            case Name.pods: continue
            default: scalar[name] = quantity.value
            }
        }
    }

    /// Whether every amount is zero.
    public var isZero: Bool {
        milliCPU == 0 && memory == 0 && ephemeralStorage == 0 && scalar.values.allSatisfy { $0 == 0 }
    }

    /// Adds `other` amount by amount.
    public mutating func add(_ other: Resources) {
        milliCPU += other.milliCPU
        memory += other.memory
        ephemeralStorage += other.ephemeralStorage
        for (name, value) in other.scalar { scalar[name, default: 0] += value }
    }

    /// Subtracts `other` amount by amount (scalar entries that reach zero are kept; harmless).
    public mutating func subtract(_ other: Resources) {
        milliCPU -= other.milliCPU
        memory -= other.memory
        ephemeralStorage -= other.ephemeralStorage
        for (name, value) in other.scalar { scalar[name, default: 0] -= value }
    }

    /// Raises each amount to at least `other`'s (how an init container's requests combine).
    public mutating func raise(toAtLeast other: Resources) {
        milliCPU = max(milliCPU, other.milliCPU)
        memory = max(memory, other.memory)
        ephemeralStorage = max(ephemeralStorage, other.ephemeralStorage)
        for (name, value) in other.scalar where value > scalar[name, default: 0] { scalar[name] = value }
    }

    /// The amount of `name` (`cpu` in milli-units, others in units).
    public func amount(of name: String) -> Int64 {
        switch name {
        case Name.cpu: milliCPU
        case Name.memory: memory
        case Name.ephemeralStorage: ephemeralStorage
        default: scalar[name, default: 0]
        }
    }
}
