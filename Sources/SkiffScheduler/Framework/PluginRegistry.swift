import SkiffClient

/// What a plugin factory may use: the API client (for binding) and the profile's arguments.
public struct PluginContext: Sendable {
    public var client: (any APIClient)?
    public var arguments: PluginArguments

    public init(client: (any APIClient)?, arguments: PluginArguments) {
        self.client = client
        self.arguments = arguments
    }
}

/// Plugin factories by name (Kubernetes' `frameworkruntime.Registry`). `inTree` holds Skiff's
/// plugins; register out-of-tree plugins under new names and list them in a `Profile`.
public struct PluginRegistry: Sendable {
    public typealias Factory = @Sendable (PluginContext) throws -> any Plugin

    private var factories: [String: Factory] = [:]

    public init() {}

    /// Registers `factory` under `name`, replacing any earlier one.
    public mutating func register(_ name: String, _ factory: @escaping Factory) {
        factories[name] = factory
    }

    public func factory(named name: String) -> Factory? { factories[name] }

    /// The in-tree plugins.
    public static var inTree: PluginRegistry {
        var registry = PluginRegistry()
        registry.register(NodeName.name) { _ in NodeName() }
        registry.register(NodeUnschedulable.name) { _ in NodeUnschedulable() }
        registry.register(NodeResourcesFit.name) { NodeResourcesFit(scoring: $0.arguments.resourcesFitScoring) }
        registry.register(NodeResourcesBalancedAllocation.name) {
            NodeResourcesBalancedAllocation(resources: $0.arguments.balancedAllocationResources)
        }
        registry.register(NodeAffinity.name) { _ in NodeAffinity() }
        registry.register(TaintToleration.name) { _ in TaintToleration() }
        registry.register(NodePorts.name) { _ in NodePorts() }
        registry.register(PodTopologySpread.name) { _ in PodTopologySpread() }
        registry.register(InterPodAffinity.name) { InterPodAffinity(hardPodAffinityWeight: $0.arguments.hardPodAffinityWeight) }
        registry.register(DefaultPreemption.name) { _ in DefaultPreemption() }
        registry.register(DefaultBinder.name) { context in
            guard let client = context.client else { throw SchedulerConfigurationError("DefaultBinder needs an API client") }
            return DefaultBinder(client: client)
        }
        return registry
    }
}

/// A profile that cannot be built: an unknown plugin, a plugin missing what it needs.
public struct SchedulerConfigurationError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
