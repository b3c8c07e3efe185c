import SkiffAPI

/// What a pod asks of a node, computed as Kubernetes' `resourcehelper.PodRequests`: the sum of its
/// containers' requests, raised to each init container's (init containers run one at a time),
/// plus the pod's `overhead`.
///
/// `nonZero` is the same sum with the scheduler's defaults (100m CPU, 200Mi memory) standing in
/// for a container's *missing* CPU or memory request: what upstream's scoring (LeastAllocated,
/// MostAllocated, RequestedToCapacityRatio) uses so best-effort pods do not all look free.
/// Filtering always uses the real `requests`.
public struct PodRequests: Sendable, Hashable {
    /// Upstream's `DefaultMilliCPURequest`.
    public static let defaultMilliCPURequest: Int64 = 100
    /// Upstream's `DefaultMemoryRequest` (200 MiB).
    public static let defaultMemoryRequest: Int64 = 200 * 1024 * 1024

    public var requests: Resources
    /// CPU and memory with defaults for missing container requests (other amounts as `requests`).
    public var nonZero: Resources

    public init(requests: Resources, nonZero: Resources) {
        self.requests = requests
        self.nonZero = nonZero
    }

    public init(_ spec: PodSpec?) {
        var requests = Resources()
        var nonZero = Resources()
        for container in spec?.containers ?? [] {
            let (real, defaulted) = Self.containerRequests(container)
            requests.add(real)
            nonZero.add(defaulted)
        }
        for container in spec?.initContainers ?? [] {
            let (real, defaulted) = Self.containerRequests(container)
            requests.raise(toAtLeast: real)
            nonZero.raise(toAtLeast: defaulted)
        }
        if let overhead = spec?.overhead {
            let amounts = Resources(overhead)
            requests.add(amounts)
            nonZero.add(amounts)
        }
        self.init(requests: requests, nonZero: nonZero)
    }

    private static func containerRequests(_ container: Container) -> (Resources, Resources) {
        let list = container.resources?.requests
        let real = Resources(list)
        var defaulted = real
        if list?[Resources.Name.cpu] == nil { defaulted.milliCPU = defaultMilliCPURequest }
        if list?[Resources.Name.memory] == nil { defaulted.memory = defaultMemoryRequest }
        return (real, defaulted)
    }
}
