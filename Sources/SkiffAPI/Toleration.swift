/// Lets a pod tolerate any taint that matches the triple <key,value,effect> using the operator.
public struct Toleration: Codable, Sendable, Hashable {
    /// The taint key; empty means all keys (with operator Exists).
    public var key: String?
    /// Exists or Equal (the default).
    public var `operator`: TolerationOperator?
    public var value: String?
    /// The taint effect to match; empty means all effects.
    public var effect: TaintEffect?
    /// How long a NoExecute taint is tolerated before the pod is evicted; forever when nil.
    public var tolerationSeconds: Int64?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `Toleration`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        key: String? = nil,
        operator: TolerationOperator? = nil,
        value: String? = nil,
        effect: TaintEffect? = nil,
        tolerationSeconds: Int64? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.key = key
        self.operator = `operator`
        self.value = value
        self.effect = effect
        self.tolerationSeconds = tolerationSeconds
        self.unknownFields = unknownFields
    }
}

/// How a toleration matches a taint's value.
public struct TolerationOperator: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let exists: Self = "Exists"
    public static let equal: Self = "Equal"

    public static let knownValues: [Self] = [.exists, .equal]
}
