import Foundation
import SkiffAPI
import Testing
@testable import SkiffScheduler

@Suite("PodTopologySpread and InterPodAffinity")
struct TopologyTests {
    /// Zones a (a1, a2) and b (b1), with `app=web` pods: a1 ×2, a2 ×1, b1 ×0.
    func zonedNodes() -> [NodeInfo] {
        [
            nodeInfo(makeNode("a1", labels: ["zone": "a"]), [makePod("w1", labels: ["app": "web"]), makePod("w2", labels: ["app": "web"])]),
            nodeInfo(makeNode("a2", labels: ["zone": "a"]), [makePod("w3", labels: ["app": "web"])]),
            nodeInfo(makeNode("b1", labels: ["zone": "b"])),
            nodeInfo(makeNode("x")),
        ]
    }

    func run<Plugin: PreFilterPlugin & FilterPlugin>(_ plugin: Plugin, pod: Pod, nodes: [NodeInfo]) -> [String: [String]] {
        let state = CycleState()
        let podInfo = info(pod)
        let snapshot = Snapshot(nodes: nodes)
        if case .skip = plugin.preFilter(state: state, pod: podInfo, snapshot: snapshot) { return [:] }
        var result: [String: [String]] = [:]
        for node in nodes {
            if let status = plugin.filter(state: state, pod: podInfo, node: node) { result[node.name] = status.reasons }
        }
        return result
    }

    @Test func spreadFilterKeepsSkewWithinMaxSkew() {
        let constraint = TopologySpreadConstraint(
            maxSkew: 1, topologyKey: "zone", whenUnsatisfiable: .doNotSchedule, labelSelector: LabelSelector(matchLabels: ["app": "web"])
        )
        let rejected = run(PodTopologySpread(), pod: makePod("new", labels: ["app": "web"], spread: [constraint]), nodes: zonedNodes())
        // Zone a has 3, zone b 0: placing in a gives skew 4 > 1; b gives 1.
        #expect(rejected["a1"] == ["node(s) didn't match pod topology spread constraints"])
        #expect(rejected["a2"] == ["node(s) didn't match pod topology spread constraints"])
        #expect(rejected["b1"] == nil)
        #expect(rejected["x"] == ["node(s) didn't match pod topology spread constraints (missing required label)"])
    }

    @Test func minDomainsTreatsTheGlobalMinimumAsZero() {
        let constraint = TopologySpreadConstraint(
            maxSkew: 2, topologyKey: "zone", whenUnsatisfiable: .doNotSchedule, labelSelector: LabelSelector(matchLabels: ["app": "web"]),
            minDomains: 3
        )
        let nodes = [nodeInfo(makeNode("a1", labels: ["zone": "a"]), [makePod("w1", labels: ["app": "web"]), makePod("w2", labels: ["app": "web"])]),
                     nodeInfo(makeNode("b1", labels: ["zone": "b"]), [makePod("w3", labels: ["app": "web"]), makePod("w4", labels: ["app": "web"])])]
        // Two domains < minDomains 3: global minimum 0, so 2 + 1 - 0 = 3 > 2 everywhere.
        let rejected = run(PodTopologySpread(), pod: makePod("new", labels: ["app": "web"], spread: [constraint]), nodes: nodes)
        #expect(rejected.count == 2)
    }

    /// Preemption's what-if runs move the spread counts; the per-node and batch filters agree.
    @Test func spreadWhatIfPodsMoveTheCounts() {
        let constraint = TopologySpreadConstraint(
            maxSkew: 1, topologyKey: "zone", whenUnsatisfiable: .doNotSchedule, labelSelector: LabelSelector(matchLabels: ["app": "web"])
        )
        let nodes = zonedNodes()
        let snapshot = Snapshot(nodes: nodes)
        let plugin = PodTopologySpread()
        let state = CycleState()
        let pod = info(makePod("new", labels: ["app": "web"], spread: [constraint]))
        guard case .proceed = plugin.preFilter(state: state, pod: pod, snapshot: snapshot) else {
            Issue.record("PreFilter skipped")
            return
        }
        func fitting() -> [String] {
            BatchPluginTests.checkFilter(plugin, pod: pod, snapshot: snapshot, state: state)
            return nodes.filter { plugin.filter(state: state, pod: pod, node: $0) == nil }.map(\.name)
        }
        #expect(fitting() == ["b1"])
        // Zone a emptied: 0 + 1 - 0 ≤ 1 everywhere.
        for node in nodes.prefix(2) {
            for existing in node.pods { plugin.removePod(state: state, podToSchedule: pod, podToRemove: existing, node: node) }
        }
        #expect(fitting() == ["a1", "a2", "b1"])
        // Two web pods in zone b (a third, in another namespace, does not count).
        let web = info(makePod("w9", labels: ["app": "web"]))
        plugin.addPod(state: state, podToSchedule: pod, podToAdd: web, node: nodes[2])
        plugin.addPod(state: state, podToSchedule: pod, podToAdd: web, node: nodes[2])
        plugin.addPod(state: state, podToSchedule: pod, podToAdd: info(makePod("w10", namespace: "other", labels: ["app": "web"])), node: nodes[0])
        #expect(fitting() == ["a1", "a2"])
    }

    @Test func spreadScorePrefersEmptierDomains() {
        let constraint = TopologySpreadConstraint(
            maxSkew: 1, topologyKey: "zone", whenUnsatisfiable: .scheduleAnyway, labelSelector: LabelSelector(matchLabels: ["app": "web"])
        )
        let nodes = Array(zonedNodes().prefix(3))
        let plugin = PodTopologySpread()
        let state = CycleState()
        let pod = info(makePod("new", labels: ["app": "web"], spread: [constraint]))
        _ = plugin.preScore(state: state, pod: pod, nodes: nodes, snapshot: Snapshot(nodes: nodes))
        var scores = nodes.map { plugin.score(state: state, pod: pod, node: $0) }
        // Two domains: weight log(4) ≈ 1.386; zone a: 3 × 1.386 = 4.16 → 4; zone b: 0.
        #expect(scores == [4, 4, 0])
        plugin.normalize(state: state, pod: pod, nodes: nodes, scores: &scores)
        // 100 × (max + min − s) / max: a → 0, b → 100.
        #expect(scores == [0, 0, 100])
    }

    @Test func requiredAntiAffinityAndSymmetry() {
        let antiWeb = Affinity(podAntiAffinity: PodAntiAffinity(requiredDuringSchedulingIgnoredDuringExecution: [
            PodAffinityTerm(labelSelector: LabelSelector(matchLabels: ["app": "web"]), topologyKey: "zone"),
        ]))
        let rejected = run(InterPodAffinity(), pod: makePod("new", labels: ["app": "api"], affinity: antiWeb), nodes: zonedNodes())
        #expect(rejected["a1"] == ["node(s) didn't match pod anti-affinity rules"])
        #expect(rejected["a2"] == ["node(s) didn't match pod anti-affinity rules"])
        #expect(rejected["b1"] == nil)
        #expect(rejected["x"] == nil)

        // An existing pod that repels `app=web` in its zone keeps a new web pod out of zone b.
        let nodes = [nodeInfo(makeNode("a1", labels: ["zone": "a"])),
                     nodeInfo(makeNode("b1", labels: ["zone": "b"]), [makePod("guard", labels: ["app": "guard"], affinity: antiWeb)]),
                     nodeInfo(makeNode("b2", labels: ["zone": "b"]))]
        let symmetric = run(InterPodAffinity(), pod: makePod("web", labels: ["app": "web"]), nodes: nodes)
        #expect(symmetric["a1"] == nil)
        #expect(symmetric["b1"] == ["node(s) didn't satisfy existing pods anti-affinity rules"])
        #expect(symmetric["b2"] == ["node(s) didn't satisfy existing pods anti-affinity rules"])
    }

    @Test func requiredAffinity() {
        let withWeb = Affinity(podAffinity: PodAffinity(requiredDuringSchedulingIgnoredDuringExecution: [
            PodAffinityTerm(labelSelector: LabelSelector(matchLabels: ["app": "web"]), topologyKey: "zone"),
        ]))
        let rejected = run(InterPodAffinity(), pod: makePod("cache", labels: ["app": "cache"], affinity: withWeb), nodes: zonedNodes())
        #expect(rejected["a1"] == nil)
        #expect(rejected["a2"] == nil)
        #expect(rejected["b1"] == ["node(s) didn't match pod affinity rules"])
        #expect(rejected["x"] == ["node(s) didn't match pod affinity rules"])
        // The first pod of a self-affine group may go anywhere with the key.
        let selfAffine = Affinity(podAffinity: PodAffinity(requiredDuringSchedulingIgnoredDuringExecution: [
            PodAffinityTerm(labelSelector: LabelSelector(matchLabels: ["app": "db"]), topologyKey: "zone"),
        ]))
        let first = run(InterPodAffinity(), pod: makePod("db-0", labels: ["app": "db"], affinity: selfAffine), nodes: zonedNodes())
        #expect(first.keys.sorted() == ["x"])
    }

    /// Preemption's what-if runs add pods whose terms name topology keys the PreFilter's counts
    /// did not hold (here: by rack); the per-node and batch filters must both see them.
    @Test func whatIfPodsCountUnderNewTopologyKeys() {
        func byRack(anti app: String) -> Affinity {
            Affinity(podAntiAffinity: PodAntiAffinity(requiredDuringSchedulingIgnoredDuringExecution: [
                PodAffinityTerm(labelSelector: LabelSelector(matchLabels: ["app": app]), topologyKey: "rack"),
            ]))
        }
        let nodes = [
            nodeInfo(makeNode("r1a", labels: ["rack": "r1"])),
            nodeInfo(makeNode("r1b", labels: ["rack": "r1"])),
            nodeInfo(makeNode("r2a", labels: ["rack": "r2"])),
            nodeInfo(makeNode("unracked")),
        ]
        let snapshot = Snapshot(nodes: nodes)
        let plugin = InterPodAffinity()
        let state = CycleState()
        let web = info(makePod("web", labels: ["app": "web"], affinity: byRack(anti: "db")))
        guard case .proceed = plugin.preFilter(state: state, pod: web, snapshot: snapshot) else {
            Issue.record("PreFilter skipped")
            return
        }
        func rejected() -> [String: [String]] {
            BatchPluginTests.checkFilter(plugin, pod: web, snapshot: snapshot, state: state)
            var result: [String: [String]] = [:]
            for node in nodes {
                if let status = plugin.filter(state: state, pod: web, node: node) { result[node.name] = status.reasons }
            }
            return result
        }
        #expect(rejected().isEmpty)

        // A pod repelling web pods by rack (existing pods' anti-affinity), then a db pod (the
        // incoming pod's own anti-affinity).
        let repel = info(makePod("repel", labels: ["app": "repel"], affinity: byRack(anti: "web")))
        let db = info(makePod("db", labels: ["app": "db"]))
        plugin.addPod(state: state, podToSchedule: web, podToAdd: repel, node: nodes[0])
        plugin.addPod(state: state, podToSchedule: web, podToAdd: db, node: nodes[2])
        #expect(rejected() == [
            "r1a": [InterPodAffinity.errReasonExistingAntiAffinityRulesNotMatch],
            "r1b": [InterPodAffinity.errReasonExistingAntiAffinityRulesNotMatch],
            "r2a": [InterPodAffinity.errReasonAntiAffinityRulesNotMatch],
        ])
        plugin.removePod(state: state, podToSchedule: web, podToRemove: repel, node: nodes[0])
        plugin.removePod(state: state, podToSchedule: web, podToRemove: db, node: nodes[2])
        #expect(rejected().isEmpty)
    }

    @Test func preferredAffinityScores() {
        let preferWeb = Affinity(podAffinity: PodAffinity(preferredDuringSchedulingIgnoredDuringExecution: [
            WeightedPodAffinityTerm(weight: 10, podAffinityTerm: PodAffinityTerm(labelSelector: LabelSelector(matchLabels: ["app": "web"]), topologyKey: "kubernetes.io/hostname")),
        ]))
        let nodes = Array(zonedNodes().prefix(3))
        let plugin = InterPodAffinity()
        let state = CycleState()
        let pod = info(makePod("p", affinity: preferWeb))
        _ = plugin.preScore(state: state, pod: pod, nodes: nodes, snapshot: Snapshot(nodes: nodes))
        var scores = nodes.map { plugin.score(state: state, pod: pod, node: $0) }
        #expect(scores == [20, 10, 0])
        plugin.normalize(state: state, pod: pod, nodes: nodes, scores: &scores)
        #expect(scores == [100, 50, 0])
    }
}

@Suite("DefaultPreemption")
struct PreemptionTests {
    @Test func choosesTheNodeWithTheLowestPriorityVictims() throws {
        let framework = try defaultFramework()
        let nodes = [
            nodeInfo(makeNode("n1", cpu: "2"), [makePod("mid", cpu: "2", priority: 50)]),
            nodeInfo(makeNode("n2", cpu: "2"), [makePod("low-a", cpu: "1", priority: 10), makePod("low-b", cpu: "1", priority: 10)]),
            nodeInfo(makeNode("n3", cpu: "2"), [makePod("top", cpu: "2", priority: 1000)]),
        ]
        let snapshot = Snapshot(nodes: nodes)
        let pod = info(makePod("urgent", cpu: "2", priority: 100))
        let algorithm = SchedulingAlgorithm(framework: framework, seed: 0)
        let state = CycleState()
        guard case .failure(let error) = algorithm.schedule(pod, snapshot: snapshot, state: state) else {
            Issue.record("expected no fit")
            return
        }
        let result = framework.runPostFilter(state: state, pod: pod, diagnosis: error.diagnosis, snapshot: snapshot)
        // n2's highest victim has priority 10 < n1's 50; n3's pod outranks the preemptor.
        #expect(result.nominatedNodeName == "n2")
        #expect(result.victims.map(\.name).sorted() == ["low-a", "low-b"])
    }

    @Test func reprievesVictimsThatAreNotNeeded() throws {
        let framework = try defaultFramework()
        let node = nodeInfo(makeNode("n", cpu: "3"), [
            makePod("keep", cpu: "1", priority: 20), makePod("evict", cpu: "2", priority: 10),
        ])
        let pod = info(makePod("p", cpu: "2", priority: 100))
        let state = CycleState()
        _ = framework.runPreFilter(state: state, pod: pod, snapshot: Snapshot(nodes: [node]))
        let victims = try DefaultPreemption.selectVictims(on: node, pod: pod, state: state, framework: framework).get()
        #expect(victims.map(\.name) == ["evict"])
        // The original node is untouched.
        #expect(node.pods.count == 2)
    }

    @Test func pickOneFollowsUpstreamOrder() {
        func victims(_ priorities: [Int32]) -> [PodInfo] { priorities.enumerated().map { info(makePod("v\($0.offset)", priority: $0.element)) } }
        let candidates = [
            DefaultPreemption.Candidate(nodeName: "high", victims: victims([50])),
            DefaultPreemption.Candidate(nodeName: "many", victims: victims([10, 10, 10])),
            DefaultPreemption.Candidate(nodeName: "few", victims: victims([10, 5])),
        ]
        // Same highest priority (10) for many and few; the lower sum wins: few (15 < 30).
        #expect(DefaultPreemption.pickOne(candidates)?.nodeName == "few")
    }

    @Test func unresolvableNodesAreNotHelpful() throws {
        let framework = try defaultFramework()
        let nodes = (0..<2).map { nodeInfo(makeNode("n\($0)", taints: [Taint(key: "k", value: "v", effect: .noSchedule)])) }
        let snapshot = Snapshot(nodes: nodes)
        let pod = info(makePod("p", priority: 100))
        let state = CycleState()
        guard case .failure(var error) = SchedulingAlgorithm(framework: framework, seed: 0).schedule(pod, snapshot: snapshot, state: state) else {
            Issue.record("expected no fit")
            return
        }
        error.diagnosis.postFilterMessage = framework.runPostFilter(state: state, pod: pod, diagnosis: error.diagnosis, snapshot: snapshot).message
        #expect(error.message == "0/2 nodes are available: 2 node(s) had untolerated taint {k: v}. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.")
    }
}
