/// A profile's plugins, instantiated and sorted by extension point, and the rules for running
/// them (Kubernetes' `frameworkImpl`).
///
/// - PreFilter: in order; the first `reject` ends the cycle; `restrict` results intersect;
///   `skip` leaves the plugin's Filter out of the cycle.
/// - Filter: in order; the first rejection decides the node's status (upstream's default, not
///   `runAllFilters`).
/// - PreScore / Score: `skip` leaves the plugin's Score out; scores are normalized per plugin,
///   multiplied by the plugin's weight, and summed.
/// - Bind: the first plugin that does not decline binds.
///
/// Immutable after `init`, so it can be shared; its methods run on the caller's isolation.
public final class Framework: Sendable {
    public let profile: Profile
    public let preFilterPlugins: [any PreFilterPlugin]
    public let filterPlugins: [any FilterPlugin]
    public let postFilterPlugins: [any PostFilterPlugin]
    public let preScorePlugins: [any PreScorePlugin]
    public let scorePlugins: [(plugin: any ScorePlugin, weight: Int64)]
    /// `filterPlugins` by reference, for the per-node loop (`FilterPluginSlot`).
    private let filterSlots: [FilterPluginSlot]
    /// `scorePlugins` by reference, for the scheduling cycle (`ScorePluginSlot`).
    private let scoreSlots: [ScorePluginSlot]
    public let reservePlugins: [any ReservePlugin]
    public let bindPlugins: [any BindPlugin]

    /// Builds `profile`'s plugins from `registry`; an unknown name throws.
    public init(profile: Profile, registry: PluginRegistry = .inTree, context: PluginContext) throws {
        self.profile = profile
        var preFilter: [any PreFilterPlugin] = []
        var filter: [any FilterPlugin] = []
        var postFilter: [any PostFilterPlugin] = []
        var preScore: [any PreScorePlugin] = []
        var score: [(plugin: any ScorePlugin, weight: Int64)] = []
        var reserve: [any ReservePlugin] = []
        var bind: [any BindPlugin] = []
        for entry in profile.plugins {
            guard let factory = registry.factory(named: entry.name) else {
                throw SchedulerConfigurationError("plugin \(entry.name) is not registered")
            }
            let plugin = try factory(context)
            if let plugin = plugin as? any PreFilterPlugin { preFilter.append(plugin) }
            if let plugin = plugin as? any FilterPlugin { filter.append(plugin) }
            if let plugin = plugin as? any PostFilterPlugin { postFilter.append(plugin) }
            if let plugin = plugin as? any PreScorePlugin { preScore.append(plugin) }
            if let plugin = plugin as? any ScorePlugin, entry.weight > 0 { score.append((plugin, entry.weight)) }
            if let plugin = plugin as? any ReservePlugin { reserve.append(plugin) }
            if let plugin = plugin as? any BindPlugin { bind.append(plugin) }
        }
        preFilterPlugins = preFilter
        filterPlugins = filter
        filterSlots = filter.map(FilterPluginSlot.init)
        postFilterPlugins = postFilter
        preScorePlugins = preScore
        scorePlugins = score
        scoreSlots = score.map { ScorePluginSlot($0.plugin, weight: $0.weight) }
        reservePlugins = reserve
        bindPlugins = bind
    }

    /// Which cluster events each plugin cares about (for `SchedulingQueue.setInterest`).
    public var clusterEventInterest: [String: ClusterEvent] {
        var interest: [String: ClusterEvent] = [:]
        for plugin in filterPlugins { interest[plugin.name] = plugin.clusterEvents }
        for plugin in preFilterPlugins { interest[plugin.name] = plugin.clusterEvents }
        return interest
    }

    // MARK: PreFilter

    /// Runs every PreFilter. Returns the node names to restrict to (nil: all), or the rejection.
    public func runPreFilter(state: CycleState, pod: PodInfo, snapshot: Snapshot) -> Result<Set<String>?, PluginStatus> {
        var restriction: Set<String>?
        for plugin in preFilterPlugins {
            switch plugin.preFilter(state: state, pod: pod, snapshot: snapshot) {
            case .proceed:
                continue
            case .skip:
                state.skippedFilterPlugins.insert(plugin.name)
            case .restrict(let names):
                restriction = restriction.map { $0.intersection(names) } ?? names
            case .reject(var status):
                status.plugin = plugin.name
                return .failure(status)
            }
        }
        return .success(restriction)
    }

    /// The filters that run this cycle (those whose PreFilter did not skip), resolved once so the
    /// per-node loop does no set lookups.
    public func activeFilters(state: CycleState) -> [any FilterPlugin] {
        if state.skippedFilterPlugins.isEmpty { return filterPlugins }
        return filterPlugins.filter { !state.skippedFilterPlugins.contains($0.name) }
    }

    /// `activeFilters(state:)` as slots, for the scheduling cycle's per-node loop.
    func activeFilterSlots(state: CycleState) -> [FilterPluginSlot] {
        if state.skippedFilterPlugins.isEmpty { return filterSlots }
        return filterSlots.filter { !state.skippedFilterPlugins.contains($0.name) }
    }

    // MARK: Filter

    /// Runs `filters` on one node; nil when the node fits.
    public func runFilters(_ filters: [any FilterPlugin], state: CycleState, pod: PodInfo, node: NodeInfo) -> PluginStatus? {
        for plugin in filters {
            if var status = plugin.filter(state: state, pod: pod, node: node) {
                status.plugin = plugin.name
                return status
            }
        }
        return nil
    }

    /// Runs `filters` on one node; nil when the node fits (the per-node loop's form).
    @inline(__always)
    func runFilters(_ filters: [FilterPluginSlot], state: CycleState, pod: PodInfo, node: NodeInfo) -> PluginStatus? {
        for slot in filters {
            if var status = slot.plugin.filter(state: state, pod: pod, node: node) {
                status.plugin = slot.name
                return status
            }
        }
        return nil
    }

    /// Runs `filters` on the snapshot's `rows` (one batch of the feasible-node search): on return
    /// `rejectedBy[i]` is the index in `filters` of the first filter that rejected `rows[i]`, or
    /// -1 when the node fits — what `runFilters` node by node decides. Filters run in order over
    /// the nodes still fitting, through their batch form when they have one. `fits` is scratch.
    func runFilters(
        _ filters: [FilterPluginSlot], state: CycleState, pod: PodInfo, snapshot: Snapshot, table: NodeTable, rows: [Int],
        fits: inout [Bool], rejectedBy: inout [Int]
    ) {
        fits.removeAll(keepingCapacity: true)
        fits.append(contentsOf: repeatElement(true, count: rows.count))
        rejectedBy.removeAll(keepingCapacity: true)
        rejectedBy.append(contentsOf: repeatElement(-1, count: rows.count))
        var fitting = rows.count
        for index in filters.indices {
            if fitting == 0 { break }
            let slot = filters[index]
            if let batch = slot.batch {
                batch.filter(state: state, pod: pod, snapshot: snapshot, table: table, rows: rows, fits: &fits)
            } else {
                let nodes = snapshot.nodes
                for position in rows.indices where fits[position] {
                    if slot.plugin.filter(state: state, pod: pod, node: nodes[rows[position]]) != nil { fits[position] = false }
                }
            }
            for position in rows.indices where !fits[position] && rejectedBy[position] < 0 {
                rejectedBy[position] = index
                fitting -= 1
            }
        }
    }

    /// Upstream's `RunFilterPluginsWithNominatedPods`, the half the plain filters leave: the
    /// status of `filters` on `node` with the pods nominated to it that are at least as important
    /// as `pod` (other than `pod`) counted as if they ran there; nil when there are none or the
    /// pod still fits. A node fits only if it fits both with them and without them (the
    /// caller's plain run: pods that are not there cannot satisfy affinity).
    func nominatedPodsStatus(
        state: CycleState, pod: PodInfo, node: NodeInfo, nominated: [PodInfo],
        filters: (CycleState, NodeInfo) -> PluginStatus?
    ) -> PluginStatus? {
        var withNominated: NodeInfo?
        var stateWithNominated: CycleState?
        for other in nominated where other.uid != pod.uid && other.priority >= pod.priority {
            if withNominated == nil {
                withNominated = node.clone()
                stateWithNominated = state.clone()
            }
            withNominated!.add(other)
            runAddPod(state: stateWithNominated!, podToSchedule: pod, podToAdd: other, node: withNominated!)
        }
        guard let withNominated, let stateWithNominated else { return nil }
        return filters(stateWithNominated, withNominated)
    }

    /// This cycle's filters on one node, counting `nominated` (the pods nominated to it; see
    /// `nominatedPodsStatus`) as upstream's preemption does; nil when the pod fits.
    public func runFiltersWithNominatedPods(state: CycleState, pod: PodInfo, node: NodeInfo, nominated: [PodInfo]) -> PluginStatus? {
        let filters = activeFilterSlots(state: state)
        if let status = nominatedPodsStatus(state: state, pod: pod, node: node, nominated: nominated, filters: {
            self.runFilters(filters, state: $0, pod: pod, node: $1)
        }) {
            return status
        }
        return runFilters(filters, state: state, pod: pod, node: node)
    }

    /// Runs this cycle's filters on one node (preemption's what-if runs).
    public func runFilters(state: CycleState, pod: PodInfo, node: NodeInfo) -> PluginStatus? {
        runFilters(activeFilterSlots(state: state), state: state, pod: pod, node: node)
    }

    /// Tells the PreFilter plugins that `podToAdd` is on `node` in a what-if run.
    public func runAddPod(state: CycleState, podToSchedule: PodInfo, podToAdd: PodInfo, node: NodeInfo) {
        for plugin in preFilterPlugins where !state.skippedFilterPlugins.contains(plugin.name) {
            plugin.addPod(state: state, podToSchedule: podToSchedule, podToAdd: podToAdd, node: node)
        }
    }

    /// Tells the PreFilter plugins that `podToRemove` left `node` in a what-if run.
    public func runRemovePod(state: CycleState, podToSchedule: PodInfo, podToRemove: PodInfo, node: NodeInfo) {
        for plugin in preFilterPlugins where !state.skippedFilterPlugins.contains(plugin.name) {
            plugin.removePod(state: state, podToSchedule: podToSchedule, podToRemove: podToRemove, node: node)
        }
    }

    // MARK: PostFilter

    /// Runs the PostFilter plugins until one nominates a node.
    public func runPostFilter(state: CycleState, pod: PodInfo, diagnosis: Diagnosis, snapshot: Snapshot) -> PostFilterResult {
        var messages: [String] = []
        for plugin in postFilterPlugins {
            let result = plugin.postFilter(state: state, pod: pod, diagnosis: diagnosis, snapshot: snapshot, framework: self)
            if result.nominatedNodeName != nil { return result }
            if let message = result.message { messages.append(message) }
        }
        return PostFilterResult(message: messages.isEmpty ? nil : messages.joined(separator: " "))
    }

    // MARK: Score

    /// Runs PreScore and returns the score plugins (with weights) that run this cycle.
    public func runPreScore(
        state: CycleState, pod: PodInfo, nodes: [NodeInfo], snapshot: Snapshot
    ) -> [(plugin: any ScorePlugin, weight: Int64)] {
        for plugin in preScorePlugins {
            if case .skip = plugin.preScore(state: state, pod: pod, nodes: nodes, snapshot: snapshot) {
                state.skippedScorePlugins.insert(plugin.name)
            }
        }
        if state.skippedScorePlugins.isEmpty { return scorePlugins }
        return scorePlugins.filter { !state.skippedScorePlugins.contains($0.plugin.name) }
    }

    /// `runPreScore` for the scheduling cycle: the score plugins that run, as slots.
    /// `nodes` is asked only for plugins that read it (`preScoreReadsNodes`).
    func runPreScoreSlots(state: CycleState, pod: PodInfo, nodes: () -> [NodeInfo], snapshot: Snapshot) -> [ScorePluginSlot] {
        for plugin in preScorePlugins {
            let list = plugin.preScoreReadsNodes(of: pod) ? nodes() : []
            if case .skip = plugin.preScore(state: state, pod: pod, nodes: list, snapshot: snapshot) {
                state.skippedScorePlugins.insert(plugin.name)
            }
        }
        if state.skippedScorePlugins.isEmpty { return scoreSlots }
        return scoreSlots.filter { !state.skippedScorePlugins.contains($0.name) }
    }

    // MARK: Reserve and bind

    public func runReserve(state: CycleState, pod: PodInfo, nodeName: String) -> PluginStatus? {
        for (index, plugin) in reservePlugins.enumerated() {
            if var status = plugin.reserve(state: state, pod: pod, nodeName: nodeName) {
                status.plugin = plugin.name
                for earlier in reservePlugins[..<index].reversed() { earlier.unreserve(state: state, pod: pod, nodeName: nodeName) }
                return status
            }
        }
        return nil
    }

    public func runUnreserve(state: CycleState, pod: PodInfo, nodeName: String) {
        for plugin in reservePlugins.reversed() { plugin.unreserve(state: state, pod: pod, nodeName: nodeName) }
    }

    /// Binds through the first bind plugin that does not decline; throws what the binder threw.
    public func runBind(pod: PodInfo, nodeName: String) async throws {
        for plugin in bindPlugins {
            if try await plugin.bind(pod: pod, nodeName: nodeName) { return }
        }
        throw SchedulerConfigurationError("no bind plugin bound pod \(pod.key)")
    }
}
