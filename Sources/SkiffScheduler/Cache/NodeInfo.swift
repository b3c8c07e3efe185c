import SkiffAPI

/// One node as the scheduler sees it: the node's labels, taints and allocatable resources in
/// integer form, and the pods on it (bound and assumed) with their summed requests and host ports.
/// Kubernetes' `framework.NodeInfo`.
///
/// Isolation: not `Sendable`; owned by the `SchedulerCache` inside the `Scheduler` actor and read
/// by plugins during a (synchronous) scheduling cycle. Preemption works on `clone()`s.
/// A NodeInfo may exist before its Node (a pod bound to a node the informer has not delivered
/// yet): `node` is nil then, and the node is not offered for scheduling.
public final class NodeInfo {
    // Properties are `@exclusivity(unchecked)`: a NodeInfo is changed only by the cache on the
    // scheduler actor, never while a (synchronous) cycle reads it, and the dynamic access
    // checks cost ~13% of a cycle that reads these fields for hundreds of nodes.
    public let name: String
    @exclusivity(unchecked) public private(set) var node: Node?
    @exclusivity(unchecked) public private(set) var labels: [String: String] = [:]
    @exclusivity(unchecked) public private(set) var taints: [Taint] = []
    /// `spec.unschedulable` (cordoned).
    @exclusivity(unchecked) public private(set) var isUnschedulable = false
    @exclusivity(unchecked) public private(set) var allocatable = Resources()
    /// `allocatable["pods"]`.
    @exclusivity(unchecked) public private(set) var allowedPodNumber: Int = 0
    /// The sum of the pods' requests.
    @exclusivity(unchecked) public private(set) var requested = Resources()
    /// The sum of the pods' requests with missing CPU/memory defaulted (for scoring).
    @exclusivity(unchecked) public private(set) var nonZeroRequested = Resources()
    @exclusivity(unchecked) public private(set) var pods: [PodInfo] = []
    /// Pods with any (anti-)affinity term.
    @exclusivity(unchecked) public private(set) var podsWithAffinity: [PodInfo] = []
    /// Pods with required anti-affinity terms.
    @exclusivity(unchecked) public private(set) var podsWithRequiredAntiAffinity: [PodInfo] = []
    @exclusivity(unchecked) public private(set) var usedPorts = HostPortSet()
    /// Bumped by every change.
    @exclusivity(unchecked) public private(set) var generation: Int64 = 0

    public init(name: String) {
        self.name = name
    }

    /// A NodeInfo for `node` with `pods` on it (tests and tools).
    public convenience init(node: Node, pods: [PodInfo] = []) {
        self.init(name: node.metadata.name ?? "")
        setNode(node)
        for pod in pods { add(pod) }
    }

    /// Replaces the node object (labels, taints, allocatable).
    public func setNode(_ node: Node) {
        self.node = node
        labels = node.metadata.labels ?? [:]
        taints = node.spec?.taints ?? []
        isUnschedulable = node.spec?.unschedulable == true
        let list = node.status?.allocatable ?? node.status?.capacity
        allocatable = Resources(list)
        allowedPodNumber = Int(list?[Resources.Name.pods]?.value ?? 0)
        generation += 1
    }

    /// Forgets the node object, keeping the pods (the node was deleted before its pods).
    public func clearNode() {
        node = nil
        generation += 1
    }

    public func add(_ pod: PodInfo) {
        pods.append(pod)
        if pod.hasAffinity { podsWithAffinity.append(pod) }
        if pod.hasRequiredAntiAffinity { podsWithRequiredAntiAffinity.append(pod) }
        requested.add(pod.requests.requests)
        nonZeroRequested.add(pod.requests.nonZero)
        for port in pod.hostPorts { usedPorts.add(port) }
        generation += 1
    }

    /// Removes the pod with `uid`; returns it, or nil when it is not here.
    @discardableResult
    public func remove(uid: String) -> PodInfo? {
        guard let index = pods.firstIndex(where: { $0.uid == uid }) else { return nil }
        let pod = pods.remove(at: index)
        if pod.hasAffinity { podsWithAffinity.removeAll { $0.uid == uid } }
        if pod.hasRequiredAntiAffinity { podsWithRequiredAntiAffinity.removeAll { $0.uid == uid } }
        requested.subtract(pod.requests.requests)
        nonZeroRequested.subtract(pod.requests.nonZero)
        for port in pod.hostPorts { usedPorts.remove(port) }
        generation += 1
        return pod
    }

    /// An independent copy (pods are shared: they are immutable).
    public func clone() -> NodeInfo {
        let copy = NodeInfo(name: name)
        copy.node = node
        copy.labels = labels
        copy.taints = taints
        copy.isUnschedulable = isUnschedulable
        copy.allocatable = allocatable
        copy.allowedPodNumber = allowedPodNumber
        copy.requested = requested
        copy.nonZeroRequested = nonZeroRequested
        copy.pods = pods
        copy.podsWithAffinity = podsWithAffinity
        copy.podsWithRequiredAntiAffinity = podsWithRequiredAntiAffinity
        copy.usedPorts = usedPorts
        copy.generation = generation
        return copy
    }
}
