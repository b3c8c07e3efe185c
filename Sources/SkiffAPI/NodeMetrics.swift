/// A node's resource usage, shaped like `metrics.k8s.io/v1beta1` `NodeMetrics` (what
/// `kubectl top nodes` reads); `usage` is spelled as in `PodMetrics`.
public struct NodeMetrics: Codable, Sendable, Hashable {
    public var apiVersion = "metrics.k8s.io/v1beta1"
    public var kind = "NodeMetrics"
    /// The node's name.
    public var metadata: ObjectMeta
    /// When the usage was measured.
    public var timestamp: Time
    /// The span the CPU rate is averaged over, in Go's duration spelling (`10.5s`).
    public var window: String
    /// `cpu` and `memory`.
    public var usage: [String: Quantity]

    /// Creates the metrics of node `metadata`.
    public init(metadata: ObjectMeta, timestamp: Time, window: String, usage: [String: Quantity]) {
        self.metadata = metadata
        self.timestamp = timestamp
        self.window = window
        self.usage = usage
    }
}
