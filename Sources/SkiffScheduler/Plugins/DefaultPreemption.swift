import Foundation
import SkiffAPI

/// DefaultPreemption: when no node fits, find a node where evicting lower-priority pods makes the
/// pod fit, and propose those victims (Kubernetes' `DefaultPreemption` PostFilter).
///
/// 1. The pod must be allowed to preempt (`preemptionPolicy` is not `Never`; no lower-priority pod
///    is still terminating on its nominated node).
/// 2. Candidates are the nodes whose rejection was `unschedulable` (not unresolvable), tried from
///    an offset derived from the pod, up to max(10% of them, 100).
/// 3. On each (a copy of the node and the cycle state): remove every lower-priority pod; if the
///    pod then fits, add them back from the most important down, keeping out only those without
///    which it does not fit: those are the victims.
/// 4. Pick one candidate by upstream's order: lowest highest-victim priority, then lowest sum of
///    victim priorities, then fewest victims, then the latest earliest-start among the
///    highest-priority victims, then the first.
///
/// Skiff deviations: PodDisruptionBudgets are not modelled (no victim ever "violates" one), the
/// candidate offset is a hash of the pod's key instead of random. (Lower-priority pods nominated
/// to the chosen node lose their nomination in the `Scheduler`, which carries the plan out.)
public struct DefaultPreemption: PostFilterPlugin {
    public static let name = "DefaultPreemption"
    /// Upstream's status for nodes where evicting pods cannot help.
    public static let notHelpful = "Preemption is not helpful for scheduling"
    /// Upstream's status for nodes with no lower-priority pod.
    public static let noVictims = "No preemption victims found for incoming pod"
    public static let minCandidateNodesPercentage = 10
    public static let minCandidateNodesAbsolute = 100

    public var name: String { Self.name }

    public init() {}

    /// The victims on one node, in the order upstream keeps them (most important first).
    public struct Candidate: Sendable {
        public var nodeName: String
        public var victims: [PodInfo]
    }

    public func postFilter(
        state: CycleState, pod: PodInfo, diagnosis: Diagnosis, snapshot: Snapshot, framework: Framework
    ) -> PostFilterResult {
        if let reason = Self.ineligibility(pod, snapshot: snapshot) {
            return PostFilterResult(message: "preemption: " + reason)
        }
        var statuses: [String: PluginStatus] = [:]
        var potential: [NodeInfo] = []
        for node in snapshot.nodes {
            if let status = diagnosis.nodeStatuses[node.name], status.code == .unschedulableAndUnresolvable {
                statuses[node.name] = PluginStatus(.unschedulableAndUnresolvable, Self.notHelpful)
            } else {
                potential.append(node)
            }
        }
        var candidates: [Candidate] = []
        if !potential.isEmpty {
            let wanted = min(
                max(potential.count * Self.minCandidateNodesPercentage / 100, Self.minCandidateNodesAbsolute), potential.count
            )
            let offset = Int(Self.stableHash(pod.key) % UInt64(potential.count))
            for step in 0..<potential.count {
                let node = potential[(offset + step) % potential.count]
                let nominated = snapshot.nominatedPods[node.name] ?? []
                switch Self.selectVictims(on: node, pod: pod, state: state, framework: framework, nominated: nominated) {
                case .success(let victims):
                    candidates.append(Candidate(nodeName: node.name, victims: victims))
                case .failure(let status):
                    statuses[node.name] = status
                }
                if candidates.count >= wanted { break }
            }
        }
        guard let chosen = Self.pickOne(candidates) else {
            let histogram = FitError.reasonHistogram(statuses.values)
            return PostFilterResult(message: "preemption: \(FitError.noNodesAvailable(statuses.count)): \(histogram).")
        }
        return PostFilterResult(nominatedNodeName: chosen.nodeName, victims: chosen.victims)
    }

    /// Why the pod may not preempt, if it may not (upstream's `PodEligibleToPreemptOthers`).
    public static func ineligibility(_ pod: PodInfo, snapshot: Snapshot) -> String? {
        if pod.pod.spec?.preemptionPolicy == .never { return "not eligible due to preemptionPolicy=Never." }
        if let nominated = pod.pod.status?.nominatedNodeName, !nominated.isEmpty, let node = snapshot.nodesByName[nominated] {
            for existing in node.pods where existing.isTerminating && existing.priority < pod.priority {
                return "not eligible due to a terminating pod on the nominated node."
            }
        }
        return nil
    }

    /// The victims that make `pod` fit on `node` (upstream's `SelectVictimsOnNode`), or the
    /// status explaining why no eviction helps there. Works on copies of the node and state.
    /// The pods `nominated` to the node that are at least as important as `pod` count as if they
    /// ran there: room another preemptor is waiting for is not room for this one.
    public static func selectVictims(
        on original: NodeInfo, pod: PodInfo, state originalState: CycleState, framework: Framework,
        nominated: [PodInfo] = []
    ) -> Result<[PodInfo], PluginStatus> {
        let node = original.clone()
        let state = originalState.clone()
        func runFilters() -> PluginStatus? {
            framework.runFiltersWithNominatedPods(state: state, pod: pod, node: node, nominated: nominated)
        }
        var potential: [PodInfo] = []
        for existing in node.pods where existing.priority < pod.priority {
            potential.append(existing)
        }
        if potential.isEmpty {
            return .failure(PluginStatus(.unschedulableAndUnresolvable, noVictims))
        }
        for victim in potential {
            node.remove(uid: victim.uid)
            framework.runRemovePod(state: state, podToSchedule: pod, podToRemove: victim, node: node)
        }
        if let status = runFilters() {
            return .failure(status)
        }
        potential.sort { PodInfo.isMoreImportant($0, than: $1) }
        var victims: [PodInfo] = []
        for candidate in potential {
            node.add(candidate)
            framework.runAddPod(state: state, podToSchedule: pod, podToAdd: candidate, node: node)
            if runFilters() != nil {
                node.remove(uid: candidate.uid)
                framework.runRemovePod(state: state, podToSchedule: pod, podToRemove: candidate, node: node)
                victims.append(candidate)
            }
        }
        return .success(victims)
    }

    /// Upstream's `pickOneNodeForPreemption` (without the PDB criterion).
    public static func pickOne(_ candidates: [Candidate]) -> Candidate? {
        guard !candidates.isEmpty else { return nil }
        if let free = candidates.first(where: { $0.victims.isEmpty }) { return free }
        var remaining = candidates
        func keepMinimal(_ measure: (Candidate) -> Int64) {
            let best = remaining.map(measure).min() ?? 0
            remaining = remaining.filter { measure($0) == best }
        }
        keepMinimal { Int64($0.victims.first?.priority ?? Int32.min) }
        if remaining.count > 1 {
            keepMinimal { $0.victims.reduce(Int64(0)) { $0 + Int64($1.priority) + Int64(Int32.max) + 1 } }
        }
        if remaining.count > 1 { keepMinimal { Int64($0.victims.count) } }
        if remaining.count > 1 {
            // The latest "earliest start time among the highest-priority victims".
            func earliestStart(_ candidate: Candidate) -> Date {
                let top = candidate.victims.first?.priority ?? 0
                return candidate.victims.filter { $0.priority == top }.map(\.startTime).min() ?? .distantPast
            }
            let latest = remaining.map(earliestStart).max() ?? .distantPast
            remaining = remaining.filter { earliestStart($0) == latest }
        }
        return remaining.first
    }

    /// FNV-1a of the pod's key: a deterministic per-pod candidate offset.
    static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
