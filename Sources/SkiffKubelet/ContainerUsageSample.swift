import Foundation

/// One reading of a container's cumulative usage, and when it was taken on the kubelet's clock:
/// two of them make a CPU rate (`ContainerUsageRate`).
struct ContainerUsageSample: Sendable, Hashable {
    /// Which run of which container: a restarted container starts a new chain of samples.
    struct Key: Sendable, Hashable {
        var podUID: String
        var container: String
        var containerID: String
    }

    var usage: ContainerUsage
    var time: Date
}
