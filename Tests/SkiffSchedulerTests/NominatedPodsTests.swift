import SkiffAPI
import Testing
@testable import SkiffScheduler

/// Pods nominated by preemption hold their node's room against pods that are not more
/// important (upstream's `RunFilterPluginsWithNominatedPods`), in the scheduling cycle, on the
/// nominated-node shortcut and in preemption's dry runs.
@Suite("Nominated pods")
struct NominatedPodsTests {
    /// Node `n1` is empty but `waiting` (2 cpu, priority 100) is nominated to it.
    private func snapshotWithNomination(nodes: [NodeInfo], waiting: PodInfo, on node: String) -> Snapshot {
        let snapshot = Snapshot(nodes: nodes)
        var nominator = PodNominator()
        nominator.nominate(waiting, to: node)
        snapshot.nominatedPods = nominator.podsByNode
        return snapshot
    }

    @Test func roomANominatedPodWaitsForGoesOnlyToMoreImportantPods() throws {
        let framework = try defaultFramework()
        let waiting = info(makePod("waiting", cpu: "2", priority: 100))
        let snapshot = snapshotWithNomination(nodes: [nodeInfo(makeNode("n1", cpu: "2"))], waiting: waiting, on: "n1")
        let algorithm = SchedulingAlgorithm(framework: framework, seed: 0)

        for priority: Int32 in [100, 50] {
            let pod = info(makePod("same-or-lower-\(priority)", cpu: "2", priority: priority))
            guard case .failure(let error) = algorithm.schedule(pod, snapshot: snapshot, state: CycleState()) else {
                Issue.record("priority \(priority) took the nominated pod's room")
                continue
            }
            #expect(error.message == "0/1 nodes are available: 1 Insufficient cpu.")
        }
        let urgent = info(makePod("urgent", cpu: "2", priority: 1000))
        #expect(try algorithm.schedule(urgent, snapshot: snapshot, state: CycleState()).get().suggestedHost == "n1")
        // The nominated pod itself is not counted against itself.
        #expect(try algorithm.schedule(waiting, snapshot: snapshot, state: CycleState()).get().suggestedHost == "n1")
        // A pod that fits beside it is not turned away.
        let small = info(makePod("small", cpu: "0", priority: 100))
        #expect(try algorithm.schedule(small, snapshot: snapshot, state: CycleState()).get().suggestedHost == "n1")
    }

    @Test func theSearchSkipsTheNominatedNodeWhereverItStarts() throws {
        let framework = try defaultFramework()
        let waiting = info(makePod("waiting", cpu: "2", priority: 100))
        let nodes = (1...3).map { nodeInfo(makeNode("n\($0)", cpu: "2")) }
        let snapshot = snapshotWithNomination(nodes: nodes, waiting: waiting, on: "n2")
        let algorithm = SchedulingAlgorithm(framework: framework, seed: 0)
        var hosts: Set<String> = []
        // Round robin moves the search's start across every node.
        for index in 0..<6 {
            let pod = info(makePod("p\(index)", cpu: "2", priority: 100))
            hosts.insert(try algorithm.schedule(pod, snapshot: snapshot, state: CycleState()).get().suggestedHost)
        }
        #expect(hosts == ["n1", "n3"])
    }

    @Test func aPodNominatedToAFullNodeIsNotSentThereByTheShortcut() throws {
        let framework = try defaultFramework()
        let waiting = info(makePod("waiting", cpu: "2", priority: 100))
        let nodes = [nodeInfo(makeNode("n1", cpu: "2")), nodeInfo(makeNode("n2", cpu: "2"))]
        let snapshot = snapshotWithNomination(nodes: nodes, waiting: waiting, on: "n1")
        // A lower-priority pod still nominated to n1 from an earlier preemption.
        var stale = makePod("stale", cpu: "2", priority: 10)
        stale.status = PodStatus(nominatedNodeName: "n1")
        let result = try SchedulingAlgorithm(framework: framework, seed: 0).schedule(info(stale), snapshot: snapshot, state: CycleState()).get()
        #expect(result.suggestedHost == "n2")
    }

    @Test func preemptionDoesNotMakeRoomTwiceOnOneNode() throws {
        let framework = try defaultFramework()
        let node = nodeInfo(makeNode("n", cpu: "4"), (0..<4).map { makePod("low-\($0)", cpu: "900m", priority: 10) })
        let first = info(makePod("first", cpu: "3", priority: 100))
        let second = info(makePod("second", cpu: "3", priority: 100))
        let state = CycleState()
        _ = framework.runPreFilter(state: state, pod: second, snapshot: Snapshot(nodes: [node]))

        let alone = try DefaultPreemption.selectVictims(on: node, pod: second, state: state, framework: framework).get()
        #expect(alone.count == 3)
        let besideFirst = DefaultPreemption.selectVictims(on: node, pod: second, state: state, framework: framework, nominated: [first])
        guard case .failure(let status) = besideFirst else {
            Issue.record("preempted for room another preemptor is waiting for")
            return
        }
        #expect(status.reasons == ["Insufficient cpu"])
        // A more important preemptor may still take it.
        let urgent = info(makePod("urgent", cpu: "3", priority: 1000))
        _ = framework.runPreFilter(state: state, pod: urgent, snapshot: Snapshot(nodes: [node]))
        #expect(try DefaultPreemption.selectVictims(on: node, pod: urgent, state: state, framework: framework, nominated: [first]).get().count == 3)
    }

    @Test func theNominatorFollowsPreemptionStatusesAndBindings() {
        var nominator = PodNominator()
        let pod = info(makePod("p", cpu: "1", priority: 100))
        nominator.nominate(pod, to: "n1")
        #expect(nominator.podsByNode["n1"]?.map(\.name) == ["p"])

        // A status update without a nomination (older than the preemption) keeps it.
        nominator.update(pod)
        #expect(nominator.node(of: pod.uid) == "n1")
        // One naming another node moves it.
        var moved = makePod("p", cpu: "1", priority: 100)
        moved.status = PodStatus(nominatedNodeName: "n2")
        nominator.update(info(moved))
        #expect(nominator.podsByNode["n1"] == nil)
        #expect(nominator.podsByNode["n2"]?.map(\.name) == ["p"])

        // A status that stops naming one (another preemptor cleared it) ends it.
        nominator.update(pod, previous: moved)
        #expect(nominator.isEmpty)
        nominator.nominate(pod, to: "n1")
        let low = info(makePod("low", cpu: "1", priority: 5))
        nominator.nominate(low, to: "n1")
        #expect(nominator.pods(on: "n1", lessImportantThan: 100).map(\.name) == ["low"])
        #expect(nominator.pods(on: "n1", lessImportantThan: 5).isEmpty)
        nominator.remove(uid: low.uid)

        nominator.remove(uid: pod.uid)
        #expect(nominator.isEmpty)
        #expect(nominator.podsByNode.isEmpty)
        // Pods never nominated stay out.
        nominator.update(info(makePod("q")))
        #expect(nominator.isEmpty)
    }
}
