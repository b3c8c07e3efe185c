import Foundation
import SkiffAPI
import Testing
@testable import SkiffScheduler

@Suite("Filter plugins")
struct FilterPluginTests {
    struct FitCase: CustomTestStringConvertible, Sendable {
        var name: String
        var pod: Pod
        var node: Node
        var existing: [Pod] = []
        var reasons: [String]?
        var testDescription: String { name }
    }

    static let resourceCases: [FitCase] = [
        FitCase(name: "fits", pod: makePod("p", cpu: "1", memory: "1Gi"), node: makeNode("n"), existing: [makePod("e", cpu: "2", memory: "2Gi")], reasons: nil),
        FitCase(name: "cpu short", pod: makePod("p", cpu: "3"), node: makeNode("n"), existing: [makePod("e", cpu: "2")], reasons: ["Insufficient cpu"]),
        FitCase(name: "cpu and memory short", pod: makePod("p", cpu: "3", memory: "7Gi"), node: makeNode("n"),
                existing: [makePod("e", cpu: "2", memory: "2Gi")], reasons: ["Insufficient cpu", "Insufficient memory"]),
        FitCase(name: "pod slots", pod: makePod("p"), node: makeNode("n", pods: 1), existing: [makePod("e")], reasons: ["Too many pods"]),
        FitCase(name: "best effort fits a full node", pod: makePod("p"), node: makeNode("n", cpu: "1"), existing: [makePod("e", cpu: "1")], reasons: nil),
        FitCase(name: "extended resource", pod: makePod("p", extra: ["example.com/gpu": "2"]), node: makeNode("n", extra: ["example.com/gpu": "1"]),
                reasons: ["Insufficient example.com/gpu"]),
        FitCase(name: "init container max", pod: {
            var pod = makePod("p", cpu: "1")
            pod.spec?.initContainers = [Container(name: "init", resources: ResourceRequirements(requests: ["cpu": "3"]))]
            return pod
        }(), node: makeNode("n"), existing: [makePod("e", cpu: "2")], reasons: ["Insufficient cpu"]),
    ]

    @Test(arguments: resourceCases)
    func nodeResourcesFit(_ testCase: FitCase) {
        let status = NodeResourcesFit().filter(state: CycleState(), pod: info(testCase.pod), node: nodeInfo(testCase.node, testCase.existing))
        #expect(status?.reasons == testCase.reasons)
    }

    @Test func requestsThatExceedTheWholeNodeAreUnresolvable() {
        let status = NodeResourcesFit().filter(state: CycleState(), pod: info(makePod("p", cpu: "5")), node: nodeInfo(makeNode("n")))
        #expect(status?.code == .unschedulableAndUnresolvable)
        let resolvable = NodeResourcesFit().filter(
            state: CycleState(), pod: info(makePod("p", cpu: "3")), node: nodeInfo(makeNode("n"), [makePod("e", cpu: "2")])
        )
        #expect(resolvable?.code == .unschedulable)
    }

    @Test func podRequestsFollowUpstream() {
        var pod = makePod("p", cpu: "500m", memory: "1Gi")
        pod.spec?.containers.append(Container(name: "sidecar"))
        pod.spec?.initContainers = [Container(name: "init", resources: ResourceRequirements(requests: ["cpu": "2"]))]
        pod.spec?.overhead = ["cpu": "100m"]
        let requests = PodRequests(pod.spec)
        #expect(requests.requests.milliCPU == 2100)
        #expect(requests.requests.memory == 1 << 30)
        // The sidecar has no requests: 100m / 200Mi defaults for scoring; the init container too.
        #expect(requests.nonZero.milliCPU == 2100)
        #expect(requests.nonZero.memory == (1 << 30) + 200 * 1024 * 1024)
    }

    static let selectorCases: [FitCase] = [
        FitCase(name: "selector matches", pod: makePod("p", nodeSelector: ["disk": "ssd"]), node: makeNode("n", labels: ["disk": "ssd"])),
        FitCase(name: "selector mismatch", pod: makePod("p", nodeSelector: ["disk": "ssd"]), node: makeNode("n", labels: ["disk": "hdd"]),
                reasons: ["node(s) didn't match Pod's node affinity/selector"]),
        FitCase(name: "required term In", pod: makePod("p", affinity: Affinity(nodeAffinity: NodeAffinity(
            requiredDuringSchedulingIgnoredDuringExecution: NodeSelector(nodeSelectorTerms: [
                NodeSelectorTerm(matchExpressions: [NodeSelectorRequirement(key: "zone", operator: .in, values: ["a", "b"])]),
            ])
        ))), node: makeNode("n", labels: ["zone": "c"]), reasons: ["node(s) didn't match Pod's node affinity/selector"]),
        FitCase(name: "required terms are ORed", pod: makePod("p", affinity: Affinity(nodeAffinity: NodeAffinity(
            requiredDuringSchedulingIgnoredDuringExecution: NodeSelector(nodeSelectorTerms: [
                NodeSelectorTerm(matchExpressions: [NodeSelectorRequirement(key: "zone", operator: .in, values: ["a"])]),
                NodeSelectorTerm(matchExpressions: [NodeSelectorRequirement(key: "cores", operator: .gt, values: ["8"])]),
            ])
        ))), node: makeNode("n", labels: ["zone": "c", "cores": "16"])),
    ]

    @Test(arguments: selectorCases)
    func nodeAffinity(_ testCase: FitCase) {
        let status = NodeAffinity().filter(state: CycleState(), pod: info(testCase.pod), node: nodeInfo(testCase.node))
        #expect(status?.reasons == testCase.reasons)
    }

    static let taintCases: [FitCase] = [
        FitCase(name: "untolerated", pod: makePod("p"), node: makeNode("n", taints: [Taint(key: "dedicated", value: "gpu", effect: .noSchedule)]),
                reasons: ["node(s) had untolerated taint {dedicated: gpu}"]),
        FitCase(name: "tolerated by Equal", pod: makePod("p", tolerations: [Toleration(key: "dedicated", operator: .equal, value: "gpu", effect: .noSchedule)]),
                node: makeNode("n", taints: [Taint(key: "dedicated", value: "gpu", effect: .noSchedule)])),
        FitCase(name: "tolerated by Exists", pod: makePod("p", tolerations: [Toleration(operator: .exists)]),
                node: makeNode("n", taints: [Taint(key: "x", effect: .noExecute)])),
        FitCase(name: "PreferNoSchedule does not filter", pod: makePod("p"), node: makeNode("n", taints: [Taint(key: "x", effect: .preferNoSchedule)])),
        FitCase(name: "NoExecute filters", pod: makePod("p"), node: makeNode("n", taints: [Taint(key: "gone", effect: .noExecute)]),
                reasons: ["node(s) had untolerated taint {gone: }"]),
    ]

    @Test(arguments: taintCases)
    func taintToleration(_ testCase: FitCase) {
        let status = TaintToleration().filter(state: CycleState(), pod: info(testCase.pod), node: nodeInfo(testCase.node))
        #expect(status?.reasons == testCase.reasons)
    }

    @Test func nodeUnschedulable() {
        let cordoned = nodeInfo(makeNode("n", unschedulable: true))
        #expect(NodeUnschedulable().filter(state: CycleState(), pod: info(makePod("p")), node: cordoned)?.reasons == ["node(s) were unschedulable"])
        let tolerant = makePod("p", tolerations: [Toleration(key: "node.kubernetes.io/unschedulable", operator: .exists, effect: .noSchedule)])
        #expect(NodeUnschedulable().filter(state: CycleState(), pod: info(tolerant), node: cordoned) == nil)
    }

    @Test func nodePorts() {
        let node = nodeInfo(makeNode("n"), [makePod("e", hostPort: 8080)])
        #expect(NodePorts().filter(state: CycleState(), pod: info(makePod("p", hostPort: 8080)), node: node)?.reasons
            == ["node(s) didn't have free ports for the requested pod ports"])
        #expect(NodePorts().filter(state: CycleState(), pod: info(makePod("p", hostPort: 9090)), node: node) == nil)
    }

    @Test func nodeName() {
        #expect(NodeName().filter(state: CycleState(), pod: info(makePod("p", node: "a")), node: nodeInfo(makeNode("b")))?.reasons
            == ["node(s) didn't match the requested node name"])
    }
}

@Suite("Score plugins")
struct ScorePluginTests {
    // Node: 4 CPU, 8Gi; an existing pod requests 1 CPU and 2Gi; the pod 3 CPU and 2Gi.
    // Requested with the pod: cpu 4000/4000, memory 4Gi/8Gi.
    let node = nodeInfo(makeNode("n"), [makePod("e", cpu: "1", memory: "2Gi")])
    let pod = info(makePod("p", cpu: "3", memory: "2Gi"))

    @Test func leastAllocated() {
        // cpu (4000-4000)*100/4000 = 0, memory (8-4)*100/8 = 50 → (0 + 50) / 2 = 25.
        #expect(NodeResourcesFit.score(pod, node, strategy: .leastAllocated(ResourceWeight.cpuAndMemory)) == 25)
    }

    @Test func leastAllocatedUsesDefaultsForMissingRequests() {
        // Best-effort pod: 100m / 200Mi. cpu (4000-100)*100/4000 = 97, memory (8192-200)*100/8192 = 97.
        let score = NodeResourcesFit.score(info(makePod("b")), nodeInfo(makeNode("n")), strategy: .leastAllocated(ResourceWeight.cpuAndMemory))
        #expect(score == 97)
    }

    @Test func mostAllocated() {
        // cpu 100, memory 50 → 75.
        #expect(NodeResourcesFit.score(pod, node, strategy: .mostAllocated(ResourceWeight.cpuAndMemory)) == 75)
    }

    @Test func requestedToCapacityRatio() {
        let shape = [UtilizationShapePoint(utilization: 0, score: 0), UtilizationShapePoint(utilization: 100, score: 10)]
        #expect(NodeResourcesFit.score(pod, node, strategy: .requestedToCapacityRatio(ResourceWeight.cpuAndMemory, shape: shape)) == 75)
        let reversed = [UtilizationShapePoint(utilization: 0, score: 10), UtilizationShapePoint(utilization: 100, score: 0)]
        // cpu 0, memory 50: only positive scores count → 50.
        #expect(NodeResourcesFit.score(pod, node, strategy: .requestedToCapacityRatio(ResourceWeight.cpuAndMemory, shape: reversed)) == 50)
    }

    @Test func balancedAllocation() {
        // Fractions 1.0 and 0.5: deviation 0.25 → 75.
        #expect(NodeResourcesBalancedAllocation.score(pod, node, resources: ResourceWeight.cpuAndMemory) == 75)
        let state = CycleState()
        #expect({
            if case .skip = NodeResourcesBalancedAllocation().preScore(state: state, pod: info(makePod("b")), nodes: [], snapshot: Snapshot(nodes: [])) { return true }
            return false
        }())
    }

    @Test func taintTolerationCountsPreferNoScheduleReversed() {
        let nodes = [
            nodeInfo(makeNode("a")),
            nodeInfo(makeNode("b", taints: [Taint(key: "x", effect: .preferNoSchedule)])),
            nodeInfo(makeNode("c", taints: [Taint(key: "x", effect: .preferNoSchedule), Taint(key: "y", effect: .preferNoSchedule)])),
        ]
        let plugin = TaintToleration()
        let state = CycleState()
        let pod = info(makePod("p"))
        _ = plugin.preScore(state: state, pod: pod, nodes: nodes, snapshot: Snapshot(nodes: nodes))
        var scores = nodes.map { plugin.score(state: state, pod: pod, node: $0) }
        #expect(scores == [0, 1, 2])
        plugin.normalize(state: state, pod: pod, nodes: nodes, scores: &scores)
        #expect(scores == [100, 50, 0])
    }

    @Test func nodeAffinityPreferredWeights() {
        let affinity = Affinity(nodeAffinity: NodeAffinity(preferredDuringSchedulingIgnoredDuringExecution: [
            PreferredSchedulingTerm(weight: 20, preference: NodeSelectorTerm(matchExpressions: [NodeSelectorRequirement(key: "zone", operator: .in, values: ["a"])])),
            PreferredSchedulingTerm(weight: 80, preference: NodeSelectorTerm(matchExpressions: [NodeSelectorRequirement(key: "disk", operator: .exists)])),
        ]))
        let nodes = [nodeInfo(makeNode("a", labels: ["zone": "a"])), nodeInfo(makeNode("b", labels: ["disk": "ssd"])),
                     nodeInfo(makeNode("c", labels: ["zone": "a", "disk": "ssd"])), nodeInfo(makeNode("d"))]
        let plugin = NodeAffinity()
        let state = CycleState()
        let pod = info(makePod("p", affinity: affinity))
        _ = plugin.preScore(state: state, pod: pod, nodes: nodes, snapshot: Snapshot(nodes: nodes))
        var scores = nodes.map { plugin.score(state: state, pod: pod, node: $0) }
        #expect(scores == [20, 80, 100, 0])
        plugin.normalize(state: state, pod: pod, nodes: nodes, scores: &scores)
        #expect(scores == [20, 80, 100, 0])
    }

    @Test func numFeasibleNodesToFindIsAdaptive() {
        #expect(SchedulingAlgorithm.numFeasibleNodesToFind(numAllNodes: 50, percentage: nil) == 50)
        #expect(SchedulingAlgorithm.numFeasibleNodesToFind(numAllNodes: 500, percentage: nil) == 230) // 46%
        #expect(SchedulingAlgorithm.numFeasibleNodesToFind(numAllNodes: 5000, percentage: nil) == 500) // 10%
        #expect(SchedulingAlgorithm.numFeasibleNodesToFind(numAllNodes: 6000, percentage: nil) == 300) // 5% floor
        #expect(SchedulingAlgorithm.numFeasibleNodesToFind(numAllNodes: 1000, percentage: 1) == 100) // 100-node floor
    }
}

@Suite("Failure message")
struct FitErrorTests {
    @Test func reasonsAreCountedAndSortedAsStrings() {
        var diagnosis = Diagnosis()
        for index in 0..<3 { diagnosis.record(PluginStatus(.unschedulable, "Insufficient cpu", plugin: "NodeResourcesFit"), node: "c\(index)") }
        for index in 0..<2 {
            diagnosis.record(PluginStatus(.unschedulableAndUnresolvable, "node(s) had untolerated taint {dedicated: gpu}", plugin: "TaintToleration"), node: "t\(index)")
        }
        diagnosis.postFilterMessage = "preemption: 0/5 nodes are available: 5 Preemption is not helpful for scheduling."
        let error = FitError(pod: info(makePod("p")), numAllNodes: 5, diagnosis: diagnosis)
        #expect(error.message == "0/5 nodes are available: 2 node(s) had untolerated taint {dedicated: gpu}, 3 Insufficient cpu. preemption: 0/5 nodes are available: 5 Preemption is not helpful for scheduling.")
    }

    @Test func schedulingAlgorithmReportsEveryNode() throws {
        let framework = try defaultFramework()
        let nodes = (0..<3).map { nodeInfo(makeNode("small-\($0)", cpu: "1")) }
            + (0..<2).map { nodeInfo(makeNode("gpu-\($0)", cpu: "8", taints: [Taint(key: "dedicated", value: "gpu", effect: .noSchedule)])) }
        let algorithm = SchedulingAlgorithm(framework: framework, seed: 1)
        let result = algorithm.schedule(info(makePod("p", cpu: "2")), snapshot: Snapshot(nodes: nodes), state: CycleState())
        guard case .failure(let error) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.message == "0/5 nodes are available: 2 node(s) had untolerated taint {dedicated: gpu}, 3 Insufficient cpu.")
        #expect(error.diagnosis.unschedulablePlugins == ["TaintToleration", "NodeResourcesFit"])
    }

    @Test func choosesTheBestScoredNodeAndBreaksTiesWithTheSeed() throws {
        let framework = try defaultFramework()
        let busy = nodeInfo(makeNode("busy"), [makePod("e", cpu: "3", memory: "6Gi")])
        let nodes = [busy, nodeInfo(makeNode("free-1")), nodeInfo(makeNode("free-2"))]
        var chosen: Set<String> = []
        for seed in 0..<16 {
            let algorithm = SchedulingAlgorithm(framework: framework, seed: UInt64(seed))
            if case .success(let result) = algorithm.schedule(info(makePod("p", cpu: "1", memory: "1Gi")), snapshot: Snapshot(nodes: nodes), state: CycleState()) {
                chosen.insert(result.suggestedHost)
            }
        }
        #expect(chosen == ["free-1", "free-2"])
        // The same seed always makes the same choice.
        let first = SchedulingAlgorithm(framework: framework, seed: 42).schedule(info(makePod("p", cpu: "1")), snapshot: Snapshot(nodes: nodes), state: CycleState())
        let second = SchedulingAlgorithm(framework: framework, seed: 42).schedule(info(makePod("p", cpu: "1")), snapshot: Snapshot(nodes: nodes), state: CycleState())
        #expect(try first.get() == second.get())
    }
}
