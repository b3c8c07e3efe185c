/// Why a plugin rejected a pod (or a node for a pod): Kubernetes' `framework.Status` for the
/// non-success codes. Plugins return `nil` for success, so the common path allocates nothing.
///
/// The code decides what happens next:
/// - `unschedulable`: the node does not fit now, but evicting pods might make it fit —
///   preemption considers the node.
/// - `unschedulableAndUnresolvable`: preemption cannot help on this node (a selector, a taint, a
///   missing label); preemption skips it and reports `Preemption is not helpful for scheduling`.
/// - `error`: something went wrong (an input that does not compile); the pod is retried after
///   its back-off rather than parked.
/// Either way the pod is parked until a `ClusterEvent` the rejecting `plugin` cares about.
public struct PluginStatus: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: Sendable, Hashable {
        case unschedulable
        case unschedulableAndUnresolvable
        case error
    }

    public var code: Code
    /// Upstream's reason strings (`Insufficient cpu`, …): counted per node in the failure message.
    public var reasons: [String]
    /// The plugin that returned the status (filled in by the framework).
    public var plugin: String

    public init(_ code: Code, reasons: [String], plugin: String = "") {
        self.code = code
        self.reasons = reasons
        self.plugin = plugin
    }

    public init(_ code: Code, _ reason: String, plugin: String = "") {
        self.init(code, reasons: [reason], plugin: plugin)
    }

    public var description: String { reasons.joined(separator: ", ") }
}
