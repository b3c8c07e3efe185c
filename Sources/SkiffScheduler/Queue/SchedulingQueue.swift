import Foundation
import SkiffLoop

/// Pods waiting to be scheduled, with kube-scheduler's three queues (`PriorityQueue`):
///
/// - **activeQ**: pods ready to be tried, highest `spec.priority` first, then earliest
///   `timestamp` (arrival), then insertion order.
/// - **backoffQ**: pods that failed and wait out their back-off: 1 s after the first attempt,
///   doubling per attempt up to 10 s, counted from when they failed. `flushBackoffCompleted()`
///   (the scheduler calls it every second, as upstream) moves the expired ones to activeQ.
/// - **unschedulable pods**: pods no node could take. They stay parked until a `ClusterEvent`
///   that one of their rejecting plugins cares about (`moveAll(on:)`), or until they have waited
///   `maxUnschedulableDuration` (5 min; `flushUnschedulableLeftover()`, every 30 s upstream).
///   A pod whose attempt overlapped such an event goes to backoffQ instead (`moveRequestCycle`):
///   the event may already have helped.
///
/// Updates and deletes of queued pods are applied wherever the pod is; an update of a parked pod
/// moves it (its spec may now fit). Time comes from the injected `TimeSource`.
///
/// Isolation: not `Sendable`; owned by the `Scheduler` actor (tests drive it directly).
public final class SchedulingQueue {
    public let initialBackoff: Duration
    public let maxBackoff: Duration
    public let maxUnschedulableDuration: Duration
    private let time: any TimeSource
    private var activeQ: KeyedHeap<QueuedPodInfo>
    private var backoffQ: KeyedHeap<QueuedPodInfo>
    private var unschedulable: [String: QueuedPodInfo] = [:]
    /// How many parked pods each plugin rejected: lets `moveAll` skip events nobody waits for.
    private var parkedByPlugin: [String: Int] = [:]
    /// The plugins interested in each event kind (bit index → plugin names).
    private var interestedPlugins: [(event: ClusterEvent, plugins: Set<String>)] = []
    private var sequence: UInt64 = 0
    /// Counts pops: the cycle number of the latest attempt.
    public private(set) var schedulingCycle: Int64 = 0
    /// The cycle during which pods were last moved by an event.
    private var moveRequestCycle: Int64 = -1

    public init(
        time: any TimeSource, initialBackoff: Duration = .seconds(1), maxBackoff: Duration = .seconds(10),
        maxUnschedulableDuration: Duration = .seconds(300)
    ) {
        self.time = time
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.maxUnschedulableDuration = maxUnschedulableDuration
        activeQ = KeyedHeap(key: { $0.pod.key }, isOrderedBefore: { lhs, rhs in
            if lhs.pod.priority != rhs.pod.priority { return lhs.pod.priority > rhs.pod.priority }
            if lhs.timestamp != rhs.timestamp { return lhs.timestamp < rhs.timestamp }
            return lhs.sequence < rhs.sequence
        })
        let initial = initialBackoff
        let cap = maxBackoff
        backoffQ = KeyedHeap(key: { $0.pod.key }, isOrderedBefore: { lhs, rhs in
            let left = Self.backoffExpiry(lhs, initial: initial, cap: cap)
            let right = Self.backoffExpiry(rhs, initial: initial, cap: cap)
            if left != right { return left < right }
            return lhs.sequence < rhs.sequence
        })
    }

    /// Declares which plugins care about which events (from the profile's plugins).
    public func setInterest(_ interest: [String: ClusterEvent]) {
        var byEvent: [UInt32: Set<String>] = [:]
        for (plugin, events) in interest {
            for bit in 0..<32 where events.rawValue & (1 << bit) != 0 { byEvent[1 << bit, default: []].insert(plugin) }
        }
        interestedPlugins = byEvent.map { (ClusterEvent(rawValue: $0.key), $0.value) }
    }

    // MARK: Sizes

    public var activeCount: Int { activeQ.count }
    public var backoffCount: Int { backoffQ.count }
    public var unschedulableCount: Int { unschedulable.count }
    public var isEmpty: Bool { activeQ.isEmpty && backoffQ.isEmpty && unschedulable.isEmpty }

    /// Whether the pod with `key` waits in any queue.
    public func contains(key: String) -> Bool {
        activeQ.contains(key) || backoffQ.contains(key) || unschedulable[key] != nil
    }

    /// Where the pod with `key` waits, for tests and diagnostics.
    public enum Location: Sendable { case active, backoff, unschedulable }

    public func location(of key: String) -> Location? {
        if activeQ.contains(key) { return .active }
        if backoffQ.contains(key) { return .backoff }
        if unschedulable[key] != nil { return .unschedulable }
        return nil
    }

    // MARK: Adding, updating, deleting

    /// A new pending pod: straight to activeQ.
    public func add(_ pod: PodInfo) {
        let now = time.now()
        removeEverywhere(pod.key)
        activeQ.upsert(QueuedPodInfo(pod: pod, timestamp: now, sequence: nextSequence()))
    }

    /// The pending pod changed. Parked pods are moved to backoffQ or activeQ, as their spec may
    /// now fit; queued ones are updated in place. Unknown pods are added.
    /// `isSpecChanged` false (a status-only update, such as the scheduler's own condition write)
    /// updates a parked pod in place without moving it.
    public func update(_ pod: PodInfo, isSpecChanged: Bool = true) {
        if var queued = activeQ.get(pod.key) {
            queued.pod = pod
            activeQ.upsert(queued)
        } else if var queued = backoffQ.get(pod.key) {
            queued.pod = pod
            backoffQ.upsert(queued)
        } else if var queued = unschedulable[pod.key] {
            queued.pod = pod
            if isSpecChanged {
                removeParked(pod.key)
                requeue(queued)
            } else {
                unschedulable[pod.key] = queued
            }
        } else {
            add(pod)
        }
    }

    /// The pod is gone (deleted or bound by someone else).
    public func delete(key: String) {
        removeEverywhere(key)
    }

    /// The next pod to try (highest priority, earliest), or nil when activeQ is empty. Counts an
    /// attempt and starts a scheduling cycle.
    public func pop() -> QueuedPodInfo? {
        guard var queued = activeQ.popFirst() else { return nil }
        queued.attempts += 1
        schedulingCycle += 1
        return queued
    }

    /// A pod that failed in the cycle `podSchedulingCycle`: to backoffQ if an event arrived while
    /// it was tried (or it failed with an error), else parked with the unschedulable pods.
    public func addUnschedulable(_ queued: QueuedPodInfo, podSchedulingCycle: Int64) {
        var queued = queued
        guard !contains(key: queued.pod.key) else { return }
        queued.timestamp = time.now()
        queued.sequence = nextSequence()
        if moveRequestCycle >= podSchedulingCycle || queued.unschedulablePlugins.isEmpty {
            backoffQ.upsert(queued)
        } else {
            unschedulable[queued.pod.key] = queued
            for plugin in queued.unschedulablePlugins { parkedByPlugin[plugin, default: 0] += 1 }
        }
    }

    // MARK: Events and flushing

    /// Moves the parked pods that `event` may help to backoffQ (still backing off) or activeQ.
    public func moveAll(on event: ClusterEvent) {
        moveRequestCycle = schedulingCycle
        guard !unschedulable.isEmpty else { return }
        var interested: Set<String> = []
        for entry in interestedPlugins where !entry.event.isDisjoint(with: event) { interested.formUnion(entry.plugins) }
        guard interested.contains(where: { parkedByPlugin[$0] != nil }) else { return }
        let moving = unschedulable.values.filter { queued in
            queued.unschedulablePlugins.isEmpty || !queued.unschedulablePlugins.isDisjoint(with: interested)
        }
        for queued in moving.sorted(by: { $0.sequence < $1.sequence }) {
            removeParked(queued.pod.key)
            requeue(queued)
        }
    }

    /// Moves pods whose back-off has expired to activeQ.
    public func flushBackoffCompleted() {
        let now = time.now()
        while let first = backoffQ.first, backoffExpiry(first) <= now {
            backoffQ.popFirst().map { activeQ.upsert($0) }
        }
    }

    /// Moves pods parked longer than `maxUnschedulableDuration` to backoffQ or activeQ.
    public func flushUnschedulableLeftover() {
        let now = time.now()
        let limit = maxUnschedulableDuration.timeInterval
        let expired = unschedulable.values.filter { now.timeIntervalSince($0.timestamp) > limit }
        for queued in expired.sorted(by: { $0.sequence < $1.sequence }) {
            removeParked(queued.pod.key)
            requeue(queued)
        }
    }

    /// The back-off of a pod after `attempts` attempts: 1 s, 2 s, 4 s, … capped at `maxBackoff`.
    public func backoffDuration(attempts: Int) -> Duration {
        Self.backoffDuration(attempts: attempts, initial: initialBackoff, cap: maxBackoff)
    }

    /// When `queued` may be tried again.
    public func backoffExpiry(_ queued: QueuedPodInfo) -> Date {
        Self.backoffExpiry(queued, initial: initialBackoff, cap: maxBackoff)
    }

    private static func backoffDuration(attempts: Int, initial: Duration, cap: Duration) -> Duration {
        var duration = initial
        var attempt = 1
        while attempt < attempts {
            duration = duration * 2
            if duration > cap { return cap }
            attempt += 1
        }
        return min(duration, cap)
    }

    private static func backoffExpiry(_ queued: QueuedPodInfo, initial: Duration, cap: Duration) -> Date {
        queued.timestamp.addingTimeInterval(backoffDuration(attempts: queued.attempts, initial: initial, cap: cap).timeInterval)
    }

    private func requeue(_ queued: QueuedPodInfo) {
        if backoffExpiry(queued) > time.now() {
            backoffQ.upsert(queued)
        } else {
            activeQ.upsert(queued)
        }
    }

    private func removeEverywhere(_ key: String) {
        activeQ.remove(key)
        backoffQ.remove(key)
        removeParked(key)
    }

    private func removeParked(_ key: String) {
        guard let queued = unschedulable.removeValue(forKey: key) else { return }
        for plugin in queued.unschedulablePlugins {
            let remaining = parkedByPlugin[plugin, default: 1] - 1
            parkedByPlugin[plugin] = remaining > 0 ? remaining : nil
        }
    }

    private func nextSequence() -> UInt64 {
        sequence += 1
        return sequence
    }
}
