/// State a plugin computes in one extension point and reads in a later one, for one pod's
/// scheduling cycle (Kubernetes' `framework.StateData`). Classes, so `PreFilterPlugin.addPod` /
/// `removePod` can adjust them in place during preemption's what-if runs.
public protocol CycleStateData: AnyObject {
    /// A copy that can be changed without affecting this one (preemption works on copies).
    func clone() -> Self
}

/// Per-cycle plugin state, keyed by the state's *type* rather than by a string: each plugin
/// declares its own `CycleStateData` class and reads it back typed. Kubernetes' `CycleState`.
///
/// Also records which plugins' PreFilter/PreScore said `skip`, so the framework leaves their
/// Filter/Score out of this cycle. One instance is reused across cycles (`reset()`), so a cycle
/// allocates only the state objects themselves.
public final class CycleState {
    /// A handful of entries (one per plugin with state): a linear scan over a contiguous array
    /// beats hashing, and `read` runs per plugin per node filtered or scored.
    private var storage: [(type: ObjectIdentifier, data: any CycleStateData)] = []
    /// Filter plugins whose PreFilter returned `.skip` this cycle.
    public internal(set) var skippedFilterPlugins: Set<String> = []
    /// Score plugins whose PreScore returned `.skip` this cycle.
    public internal(set) var skippedScorePlugins: Set<String> = []

    public init() {}

    public func write<Data: CycleStateData>(_ data: Data) {
        let type = ObjectIdentifier(Data.self)
        if let index = storage.firstIndex(where: { $0.type == type }) {
            storage[index].data = data
        } else {
            storage.append((type, data))
        }
    }

    public func read<Data: CycleStateData>(_ type: Data.Type) -> Data? {
        let type = ObjectIdentifier(Data.self)
        for entry in storage where entry.type == type {
            // Stored by `write` under its static type `Data`: no dynamic cast needed.
            return unsafeDowncast(entry.data as AnyObject, to: Data.self)
        }
        return nil
    }

    /// Clears everything for the next cycle, keeping capacity.
    public func reset() {
        storage.removeAll(keepingCapacity: true)
        skippedFilterPlugins.removeAll(keepingCapacity: true)
        skippedScorePlugins.removeAll(keepingCapacity: true)
    }

    /// A deep copy: every state object cloned.
    public func clone() -> CycleState {
        let copy = CycleState()
        copy.storage = storage.map { ($0.type, $0.data.clone()) }
        copy.skippedFilterPlugins = skippedFilterPlugins
        copy.skippedScorePlugins = skippedScorePlugins
        return copy
    }
}
