/// A scheduling plugin: a named piece of policy that implements one or more extension points
/// (`PreFilterPlugin`, `FilterPlugin`, `ScorePlugin`, …). Kubernetes' `framework.Plugin`.
///
/// Plugins are immutable configuration (hence `Sendable`); whatever they compute for one pod
/// lives in the `CycleState`. Extension points are synchronous and run on the `Scheduler` actor,
/// except `BindPlugin.bind`.
public protocol Plugin: Sendable {
    /// The plugin's name in profiles and in `PluginStatus.plugin`.
    var name: String { get }
    /// Cluster events that may make a pod this plugin rejected schedulable; the queue moves parked
    /// pods only on these. Defaults to every event.
    var clusterEvents: ClusterEvent { get }
}

extension Plugin {
    public var clusterEvents: ClusterEvent { .all }
}
