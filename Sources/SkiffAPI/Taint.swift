/// A node taint: it repels the pods that do not tolerate it.
public struct Taint: Codable, Sendable, Hashable {
    public var key: String
    public var value: String?
    public var effect: TaintEffect
    /// When a NoExecute taint was added.
    public var timeAdded: Time?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `Taint`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        key: String = "",
        value: String? = nil,
        effect: TaintEffect = .noSchedule,
        timeAdded: Time? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.key = key
        self.value = value
        self.effect = effect
        self.timeAdded = timeAdded
        self.unknownFields = unknownFields
    }
}

/// What a taint does to the pods that do not tolerate it.
public struct TaintEffect: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// New pods are not scheduled onto the node.
    public static let noSchedule: Self = "NoSchedule"
    /// The scheduler avoids the node.
    public static let preferNoSchedule: Self = "PreferNoSchedule"
    /// Running pods are evicted.
    public static let noExecute: Self = "NoExecute"

    public static let knownValues: [Self] = [.noSchedule, .preferNoSchedule, .noExecute]
}
