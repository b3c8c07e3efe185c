/// A scheduling profile: which plugins run, with which score weights and arguments, for pods
/// that name `schedulerName`. Kubernetes' `KubeSchedulerProfile` with every plugin enabled at
/// every extension point it implements (upstream's `multiPoint`).
public struct Profile: Sendable {
    /// One enabled plugin and its score weight (ignored if it does not score).
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var weight: Int64

        public init(_ name: String, weight: Int64 = 1) {
            self.name = name
            self.weight = weight
        }
    }

    public var schedulerName: String
    /// In upstream's default order, which is also the order filters run in.
    public var plugins: [Entry]
    /// Percent of nodes to find feasible before scoring; nil (or 0) is upstream's adaptive
    /// default: `50 - nodes/125`, at least 5%, and never fewer than 100 nodes.
    public var percentageOfNodesToScore: Int?
    public var arguments: PluginArguments

    public init(
        schedulerName: String = Profile.defaultSchedulerName, plugins: [Entry] = Profile.defaultPlugins,
        percentageOfNodesToScore: Int? = nil, arguments: PluginArguments = PluginArguments()
    ) {
        self.schedulerName = schedulerName
        self.plugins = plugins
        self.percentageOfNodesToScore = percentageOfNodesToScore
        self.arguments = arguments
    }

    public static let defaultSchedulerName = "default-scheduler"

    /// Upstream's default plugins and weights, without the volume plugins and ImageLocality
    /// (Skiff has no volumes to bind nor image lists on nodes).
    public static let defaultPlugins: [Entry] = [
        Entry(NodeUnschedulable.name),
        Entry(NodeName.name),
        Entry(TaintToleration.name, weight: 3),
        Entry(NodeAffinity.name, weight: 2),
        Entry(NodePorts.name),
        Entry(NodeResourcesFit.name, weight: 1),
        Entry(PodTopologySpread.name, weight: 2),
        Entry(InterPodAffinity.name, weight: 2),
        Entry(DefaultPreemption.name),
        Entry(NodeResourcesBalancedAllocation.name, weight: 1),
        Entry(DefaultBinder.name),
    ]
}

/// Plugin arguments (upstream's `*Args` types), for the plugins that take any.
public struct PluginArguments: Sendable {
    /// NodeResourcesFit's scoring strategy (LeastAllocated on cpu and memory by default).
    public var resourcesFitScoring: ScoringStrategy
    /// The resources NodeResourcesBalancedAllocation balances.
    public var balancedAllocationResources: [ResourceWeight]
    /// InterPodAffinity: the weight of an existing pod's *required* affinity term that the
    /// incoming pod matches (upstream's `hardPodAffinityWeight`, default 1).
    public var hardPodAffinityWeight: Int64

    public init(
        resourcesFitScoring: ScoringStrategy = .leastAllocated(ResourceWeight.cpuAndMemory),
        balancedAllocationResources: [ResourceWeight] = ResourceWeight.cpuAndMemory,
        hardPodAffinityWeight: Int64 = 1
    ) {
        self.resourcesFitScoring = resourcesFitScoring
        self.balancedAllocationResources = balancedAllocationResources
        self.hardPodAffinityWeight = hardPodAffinityWeight
    }
}
