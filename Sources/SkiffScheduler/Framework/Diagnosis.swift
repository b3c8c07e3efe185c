/// Why a pod fitted no node: each rejected node's status, the plugins that rejected, and what
/// PreFilter and PostFilter had to say. Kubernetes' `framework.Diagnosis`.
public struct Diagnosis: Sendable {
    /// The status of every node that was tried and rejected, by node name.
    public var nodeStatuses: [String: PluginStatus] = [:]
    /// Plugins that rejected the pod: the queue parks it until an event one of them cares about.
    public var unschedulablePlugins: Set<String> = []
    /// Set when a PreFilter rejected the pod outright (every node then has this status).
    public var preFilterMessage: String?
    /// The PostFilter's message (`preemption: …`).
    public var postFilterMessage: String?

    public init() {}

    mutating func record(_ status: PluginStatus, node: String) {
        nodeStatuses[node] = status
        unschedulablePlugins.insert(status.plugin)
    }
}

/// The failure of a scheduling attempt: no node fits. Its `message` is upstream's
/// `FitError.Error()`, word for word:
///
/// `0/5 nodes are available: 2 node(s) had untolerated taint {dedicated: gpu}, 3 Insufficient cpu.
/// preemption: 0/5 nodes are available: 5 Preemption is not helpful for scheduling.`
///
/// Each reason is counted over the rejected nodes and written `"<count> <reason>"`; the entries
/// are sorted as strings (Go's `sort.Strings` on the whole entry, so by count's digits first, then
/// the reason), exactly as kube-scheduler sorts them.
public struct FitError: Error, Sendable {
    public var pod: PodInfo
    public var numAllNodes: Int
    public var diagnosis: Diagnosis

    public init(pod: PodInfo, numAllNodes: Int, diagnosis: Diagnosis) {
        self.pod = pod
        self.numAllNodes = numAllNodes
        self.diagnosis = diagnosis
    }

    public static func noNodesAvailable(_ count: Int) -> String { "0/\(count) nodes are available" }

    public var message: String {
        var message = Self.noNodesAvailable(numAllNodes) + ":"
        if let preFilter = diagnosis.preFilterMessage, !preFilter.isEmpty {
            message += " \(preFilter)."
        } else {
            let histogram = Self.reasonHistogram(diagnosis.nodeStatuses.values)
            if !histogram.isEmpty { message += " \(histogram)." }
        }
        if let postFilter = diagnosis.postFilterMessage, !postFilter.isEmpty {
            message += " \(postFilter)"
        }
        return message
    }

    /// `"<count> <reason>"` entries, sorted bytewise and joined with `, `.
    public static func reasonHistogram(_ statuses: some Sequence<PluginStatus>) -> String {
        var counts: [String: Int] = [:]
        for status in statuses {
            for reason in status.reasons { counts[reason, default: 0] += 1 }
        }
        return counts.map { "\($0.value) \($0.key)" }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .joined(separator: ", ")
    }
}
