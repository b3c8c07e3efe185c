/// The compute resource requirements of a container.
public struct ResourceRequirements: Codable, Sendable, Hashable {
    /// The maximum amount of each resource allowed.
    public var limits: [String: Quantity]?
    /// The minimum amount of each resource required; defaults to `limits`.
    public var requests: [String: Quantity]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ResourceRequirements`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        limits: [String: Quantity]? = nil,
        requests: [String: Quantity]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.limits = limits
        self.requests = requests
        self.unknownFields = unknownFields
    }
}
