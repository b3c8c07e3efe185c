/// A pod's resource usage, shaped like `metrics.k8s.io/v1beta1` `PodMetrics` (what
/// `kubectl top pods` reads): the usage of each running container, measured over `window`
/// ending at `timestamp`.
///
/// `usage` holds `cpu` (cores, written in millicores such as `12m`) and `memory` (the working
/// set, written in binary units such as `34Mi` where exact, else bytes). `window` is a duration
/// in Go's spelling (`10.5s`).
public struct PodMetrics: Codable, Sendable, Hashable {
    public var apiVersion = "metrics.k8s.io/v1beta1"
    public var kind = "PodMetrics"
    /// The pod's name and namespace.
    public var metadata: ObjectMeta
    /// When the usage was measured.
    public var timestamp: Time
    /// The span the CPU rate is averaged over.
    public var window: String
    /// One entry per running container.
    public var containers: [ContainerMetrics]

    /// Creates the metrics of pod `metadata`.
    public init(metadata: ObjectMeta, timestamp: Time, window: String, containers: [ContainerMetrics]) {
        self.metadata = metadata
        self.timestamp = timestamp
        self.window = window
        self.containers = containers
    }
}

/// One container's usage in a `PodMetrics`.
public struct ContainerMetrics: Codable, Sendable, Hashable {
    /// The container's name.
    public var name: String
    /// `cpu` and `memory`.
    public var usage: [String: Quantity]

    /// Creates a container's metrics.
    public init(name: String, usage: [String: Quantity]) {
        self.name = name
        self.usage = usage
    }
}
