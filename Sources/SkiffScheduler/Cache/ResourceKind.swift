/// A resource name resolved once into what `Resources` keeps it as, so scoring a node reads an
/// amount with a switch on a small enum instead of comparing strings (a scoring pass touches
/// every resource of hundreds of nodes per pod).
public enum ResourceKind: Sendable, Hashable {
    case cpu
    case memory
    case ephemeralStorage
    case scalar(String)

    public init(_ name: String) {
        switch name {
        case Resources.Name.cpu: self = .cpu
        case Resources.Name.memory: self = .memory
        case Resources.Name.ephemeralStorage: self = .ephemeralStorage
        default: self = .scalar(name)
        }
    }

    /// Whether the resource is an extended (or other scalar) resource, which only counts for a
    /// pod that asks for it.
    public var isScalar: Bool {
        if case .scalar = self { return true }
        return false
    }
}

extension Resources {
    /// The amount of `kind` (`cpu` in milli-units, others in units).
    @inline(__always)
    public func amount(of kind: ResourceKind) -> Int64 {
        switch kind {
        case .cpu: milliCPU
        case .memory: memory
        case .ephemeralStorage: ephemeralStorage
        case .scalar(let name): scalar[name, default: 0]
        }
    }
}
