/// What a container uses now: cumulative CPU time and resident memory, summed over its processes.
public struct ContainerUsage: Sendable, Hashable {
    /// User + system CPU seconds since the container started.
    public var cpuSeconds: Double
    /// Resident set size in bytes.
    public var memoryBytes: Int64

    /// Creates a usage sample.
    public init(cpuSeconds: Double, memoryBytes: Int64) {
        self.cpuSeconds = cpuSeconds
        self.memoryBytes = memoryBytes
    }
}
