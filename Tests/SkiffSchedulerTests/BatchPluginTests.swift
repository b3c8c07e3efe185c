import Foundation
import SkiffAPI
import Testing
@testable import SkiffScheduler

/// The batch forms of filter and score plugins (`BatchFilterPlugin`, `BatchScorePlugin`) over the
/// snapshot's `NodeTable` must decide exactly what the per-node forms decide.
@Suite("Batch plugins")
struct BatchPluginTests {
    /// Nodes covering every case the table answers and every case it sends back to the per-node
    /// path: taints of each effect, cordoned, at pod capacity, extended resources, no memory.
    static func variedNodes() -> [NodeInfo] {
        let gpu: [String: Quantity] = ["example.com/gpu": "2"]
        let nodes: [(Node, [Pod])] = [
            (makeNode("empty"), []),
            (makeNode("half", cpu: "4", memory: "8Gi"), [makePod("a", cpu: "2", memory: "4Gi")]),
            (makeNode("nearly-full", cpu: "2", memory: "2Gi"), [makePod("b", cpu: "1900m", memory: "1900Mi")]),
            (makeNode("at-capacity", pods: 2), [makePod("c"), makePod("d", cpu: "100m")]),
            (makeNode("no-slots", pods: 0), []),
            (makeNode("cordoned", unschedulable: true), [makePod("e", cpu: "1")]),
            (makeNode("no-schedule", taints: [Taint(key: "dedicated", value: "gpu", effect: .noSchedule)]), []),
            (makeNode("no-execute", taints: [Taint(key: "x", effect: .noExecute)]), [makePod("f", memory: "1Gi")]),
            (makeNode("prefer", taints: [Taint(key: "spot", value: "true", effect: .preferNoSchedule)]), []),
            (makeNode("prefer-twice", taints: [
                Taint(key: "spot", value: "true", effect: .preferNoSchedule), Taint(key: "slow", effect: .preferNoSchedule),
            ]), [makePod("g", cpu: "3")]),
            (makeNode("gpu", extra: gpu), [makePod("h", cpu: "1", extra: ["example.com/gpu": "1"])]),
            (makeNode("gpu-full", extra: gpu), [makePod("i", extra: ["example.com/gpu": "2"])]),
            (makeNode("no-memory", memory: "0"), []),
            (makeNode("overcommitted", cpu: "1"), [makePod("j", cpu: "2", memory: "1Gi")]),
            (makeNode("storage", extra: ["ephemeral-storage": "10Gi"]), [makePod("k", extra: ["ephemeral-storage": "8Gi"])]),
            (makeNode("best-effort-pods"), [makePod("l"), makePod("m")]),
        ]
        return nodes.map { nodeInfo($0.0, $0.1) }
    }

    static let pods: [Pod] = [
        makePod("best-effort"),
        makePod("cpu-only", cpu: "500m"),
        makePod("memory-only", memory: "1Gi"),
        makePod("small", cpu: "100m", memory: "500Mi"),
        makePod("large", cpu: "3", memory: "6Gi"),
        makePod("too-large", cpu: "9"),
        makePod("gpu", cpu: "1", extra: ["example.com/gpu": "1"]),
        makePod("gpu-only", extra: ["example.com/gpu": "2"]),
        makePod("storage", cpu: "100m", extra: ["ephemeral-storage": "4Gi"]),
        makePod("tolerates-all", cpu: "1", tolerations: [Toleration(operator: .exists)]),
        makePod("tolerates-gpu", cpu: "1", tolerations: [Toleration(key: "dedicated", operator: .equal, value: "gpu", effect: .noSchedule)]),
        makePod("tolerates-spot", memory: "1Gi", tolerations: [Toleration(key: "spot", operator: .exists, effect: .preferNoSchedule)]),
        makePod("tolerates-cordon", cpu: "1", tolerations: [Toleration(key: NodeUnschedulable.unschedulableTaint.key, operator: .exists)]),
    ]

    static let strategies: [ScoringStrategy] = [
        .leastAllocated(ResourceWeight.cpuAndMemory),
        .leastAllocated([ResourceWeight("cpu", weight: 3), ResourceWeight("memory", weight: 1)]),
        .leastAllocated([ResourceWeight("cpu"), ResourceWeight("example.com/gpu", weight: 2)]),
        .leastAllocated([ResourceWeight("memory"), ResourceWeight("ephemeral-storage")]),
        .leastAllocated([ResourceWeight("cpu"), ResourceWeight("memory"), ResourceWeight("example.com/gpu")]),
        .mostAllocated(ResourceWeight.cpuAndMemory),
        .requestedToCapacityRatio(
            ResourceWeight.cpuAndMemory,
            shape: [UtilizationShapePoint(utilization: 0, score: 0), UtilizationShapePoint(utilization: 100, score: 10)]
        ),
    ]

    static let balancedResources: [[ResourceWeight]] = [
        ResourceWeight.cpuAndMemory,
        [ResourceWeight("cpu"), ResourceWeight("example.com/gpu")],
        [ResourceWeight("cpu")],
        [ResourceWeight("memory"), ResourceWeight("ephemeral-storage")],
        [ResourceWeight("cpu"), ResourceWeight("memory"), ResourceWeight("example.com/gpu")],
    ]

    /// Every row, in a shuffled order with repeats (a batch is any list of rows).
    static func rows(_ count: Int) -> [Int] {
        Array((0..<count).reversed()) + Array(0..<count) + [2, 2, 0]
    }

    static func checkFilter(_ plugin: any BatchFilterPlugin, pod: PodInfo, snapshot: Snapshot, state: CycleState) {
        let rows = rows(snapshot.nodes.count)
        var fits = Array(repeating: true, count: rows.count)
        // An already rejected position must stay rejected and be left alone.
        fits[1] = false
        plugin.filter(state: state, pod: pod, snapshot: snapshot, table: snapshot.nodeTable, rows: rows, fits: &fits)
        for (position, row) in rows.enumerated() where position != 1 {
            let node = snapshot.nodes[row]
            let perNode = plugin.filter(state: state, pod: pod, node: node) == nil
            #expect(fits[position] == perNode, "\(plugin.name) on \(node.name) for \(pod.name)")
        }
        #expect(fits[1] == false)
    }

    static func checkScore(_ plugin: any BatchScorePlugin, pod: PodInfo, snapshot: Snapshot, state: CycleState) {
        let rows = rows(snapshot.nodes.count)
        var scores: [Int64] = [7]
        plugin.score(state: state, pod: pod, snapshot: snapshot, table: snapshot.nodeTable, rows: rows, scores: &scores)
        #expect(scores.count == rows.count + 1)
        #expect(scores.first == 7)
        for (position, row) in rows.enumerated() {
            let node = snapshot.nodes[row]
            #expect(scores[position + 1] == plugin.score(state: state, pod: pod, node: node), "\(plugin.name) on \(node.name) for \(pod.name)")
        }
    }

    @Test func filtersAgreeWithPerNodeFilters() {
        let snapshot = Snapshot(nodes: Self.variedNodes())
        let plugins: [any BatchFilterPlugin] = [NodeUnschedulable(), TaintToleration(), NodeResourcesFit()]
        for pod in Self.pods.map(info) {
            for plugin in plugins { Self.checkFilter(plugin, pod: pod, snapshot: snapshot, state: CycleState()) }
        }
    }

    @Test func scoresAgreeWithPerNodeScores() {
        let snapshot = Snapshot(nodes: Self.variedNodes())
        var plugins: [any BatchScorePlugin] = [TaintToleration()]
        plugins += Self.strategies.map { NodeResourcesFit(scoring: $0) }
        plugins += Self.balancedResources.map { NodeResourcesBalancedAllocation(resources: $0) }
        for pod in Self.pods.map(info) {
            let state = CycleState()
            _ = TaintToleration().preScore(state: state, pod: pod, nodes: snapshot.nodes, snapshot: snapshot)
            for plugin in plugins { Self.checkScore(plugin, pod: pod, snapshot: snapshot, state: state) }
        }
    }

    @Test func tableFollowsNodeChangesInAnUnloggedSnapshot() {
        let nodes = Self.variedNodes()
        let snapshot = Snapshot(nodes: nodes)
        _ = snapshot.nodeTable
        nodes[1].add(info(makePod("late", cpu: "1", memory: "1Gi", node: nodes[1].name)))
        nodes[3].remove(uid: "default/c")
        nodes[5].setNode(makeNode("cordoned", cpu: "8"))
        let table = snapshot.nodeTable
        for (row, node) in nodes.enumerated() { Self.expectRow(table, row, node) }
    }

    @Test func tableFollowsTheCache() {
        let cache = SchedulerCache()
        for index in 0..<6 { cache.addNode(makeNode("n\(index)", cpu: "\(index + 1)")) }
        var table = cache.snapshot().nodeTable
        func bound(_ name: String, on node: String, cpu: String) -> PodInfo {
            var pod = makePod(name, cpu: cpu, memory: "1Gi", node: node)
            pod.metadata.uid = name
            return info(pod)
        }
        cache.assume(bound("a", on: "n1", cpu: "500m"))
        cache.addPod(bound("b", on: "n2", cpu: "1"))
        cache.addPod(bound("a", on: "n3", cpu: "500m"))
        cache.updateNode(makeNode("n4", cpu: "16", taints: [Taint(key: "k", effect: .noSchedule)], unschedulable: true))
        table = cache.snapshot().nodeTable
        for (row, node) in cache.snapshot().nodes.enumerated() { Self.expectRow(table, row, node) }
        cache.removePod(uid: "b")
        cache.removeNode(name: "n0")
        cache.addNode(makeNode("m", pods: 3))
        cache.addPod(bound("c", on: "m", cpu: "2"))
        let snapshot = cache.snapshot()
        table = snapshot.nodeTable
        #expect(table.count == snapshot.nodes.count)
        for (row, node) in snapshot.nodes.enumerated() { Self.expectRow(table, row, node) }
        cache.forget(uid: "c")
        cache.addPod(bound("d", on: "n5", cpu: "3"))
        table = cache.snapshot().nodeTable
        for (row, node) in cache.snapshot().nodes.enumerated() { Self.expectRow(table, row, node) }
    }

    static func expectRow(_ table: NodeTable, _ row: Int, _ node: NodeInfo) {
        #expect(table.isCurrent(row: row, for: node), "row \(row) (\(node.name))")
        #expect(table.allocatableMilliCPU[row] == node.allocatable.milliCPU)
        #expect(table.allocatableMemory[row] == node.allocatable.memory)
        #expect(table.allocatableEphemeralStorage[row] == node.allocatable.ephemeralStorage)
        #expect(table.requestedMilliCPU[row] == node.requested.milliCPU)
        #expect(table.requestedMemory[row] == node.requested.memory)
        #expect(table.requestedEphemeralStorage[row] == node.requested.ephemeralStorage)
        #expect(table.nonZeroRequestedMilliCPU[row] == node.nonZeroRequested.milliCPU)
        #expect(table.nonZeroRequestedMemory[row] == node.nonZeroRequested.memory)
        #expect(table.podCount[row] == node.pods.count)
        #expect(table.allowedPodNumber[row] == node.allowedPodNumber)
        #expect(table.isUnschedulable[row] == node.isUnschedulable)
        #expect(table.hasTaints[row] == !node.taints.isEmpty)
    }

    /// A pod that fits nowhere: the diagnosis (built from the per-node filters after batch
    /// filtering) has, for every node, the status the per-node filters give.
    @Test func diagnosisMatchesPerNodeFilters() throws {
        let framework = try defaultFramework()
        let snapshot = Snapshot(nodes: Self.variedNodes())
        let state = CycleState()
        for pod in [makePod("huge", cpu: "64"), makePod("gpus", extra: ["example.com/gpu": "8"])].map(info) {
            let algorithm = SchedulingAlgorithm(framework: framework, seed: 1)
            guard case .failure(let error) = algorithm.schedule(pod, snapshot: snapshot, state: state) else {
                Issue.record("\(pod.name) should fit nowhere")
                continue
            }
            #expect(error.diagnosis.nodeStatuses.count == snapshot.nodes.count)
            for node in snapshot.nodes {
                #expect(error.diagnosis.nodeStatuses[node.name] == framework.runFilters(state: state, pod: pod, node: node))
            }
        }
    }

    /// The cycle's batched search and scoring choose what a node-by-node search and
    /// `prioritize` choose: the same evaluated and feasible counts and a host with the top score.
    @Test func scheduleAgreesWithPerNodeSearch() throws {
        let framework = try defaultFramework()
        var nodes: [NodeInfo] = []
        for index in 0..<240 {
            var taints: [Taint]?
            if index % 7 == 0 { taints = [Taint(key: "spot", effect: .preferNoSchedule)] }
            if index % 11 == 0 { taints = [Taint(key: "dedicated", effect: .noSchedule)] }
            let node = makeNode(
                "n\(index)", cpu: "\(1 + index % 4)", memory: "\(1 + index % 5)Gi", pods: Int64(index % 9), taints: taints,
                unschedulable: index % 13 == 0
            )
            let pods = (0..<(index % 3)).map { makePod("p\(index)-\($0)", cpu: "\(100 * (index % 6))m", memory: "\(index % 4 * 100)Mi") }
            nodes.append(nodeInfo(node, pods))
        }
        let snapshot = Snapshot(nodes: nodes)
        let algorithm = SchedulingAlgorithm(framework: framework, seed: 3)
        var start = 0
        for (index, pod) in Self.pods.map(info).enumerated() {
            let state = CycleState()
            let result = algorithm.schedule(pod, snapshot: snapshot, state: state)
            // The node-by-node search from the same start.
            let toFind = SchedulingAlgorithm.numFeasibleNodesToFind(numAllNodes: nodes.count, percentage: nil)
            var feasible: [NodeInfo] = []
            var processed = 0
            for offset in 0..<nodes.count {
                let node = nodes[(start + offset) % nodes.count]
                processed += 1
                if framework.runFilters(state: state, pod: pod, node: node) == nil {
                    feasible.append(node)
                    if feasible.count >= toFind { break }
                }
            }
            start = (start + processed) % nodes.count
            #expect(algorithm.nextStartNodeIndex == start, "pod \(index)")
            switch result {
            case .success(let placement):
                #expect(placement.evaluatedNodes == processed)
                #expect(placement.feasibleNodes == feasible.count)
                if feasible.count > 1 {
                    let scores = SchedulingAlgorithm(framework: framework, seed: 0).prioritize(pod: pod, nodes: feasible, snapshot: snapshot, state: state)
                    let chosen = try #require(feasible.firstIndex { $0.name == placement.suggestedHost })
                    #expect(scores[chosen] == scores.max(), "\(pod.name) on \(placement.suggestedHost)")
                } else {
                    #expect(placement.suggestedHost == feasible.first?.name)
                }
            case .failure:
                #expect(feasible.isEmpty, "\(pod.name)")
            }
        }
    }

    // MARK: Label-column filters

    static let zoneSpread = TopologySpreadConstraint(
        maxSkew: 1, topologyKey: "zone", whenUnsatisfiable: .doNotSchedule, labelSelector: LabelSelector(matchLabels: ["app": "web"])
    )
    static let hostSpread = TopologySpreadConstraint(
        maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: .doNotSchedule,
        labelSelector: LabelSelector(matchLabels: ["app": "web"])
    )

    static func affinity(_ key: String, _ op: NodeSelectorOperator, _ values: [String]) -> Affinity {
        Affinity(nodeAffinity: NodeAffinity(requiredDuringSchedulingIgnoredDuringExecution: NodeSelector(nodeSelectorTerms: [
            NodeSelectorTerm(matchExpressions: [NodeSelectorRequirement(key: key, operator: op, values: values)]),
        ])))
    }

    static func podAffinity(anti: Bool, app: String, key: String) -> Affinity {
        let terms = [PodAffinityTerm(labelSelector: LabelSelector(matchLabels: ["app": app]), topologyKey: key)]
        return anti
            ? Affinity(podAntiAffinity: PodAntiAffinity(requiredDuringSchedulingIgnoredDuringExecution: terms))
            : Affinity(podAffinity: PodAffinity(requiredDuringSchedulingIgnoredDuringExecution: terms))
    }

    /// Nodes in zones a, b, c and without a zone, holding web, cache and anti-affinity pods.
    static func labelledNodes() -> [NodeInfo] {
        (0..<24).map { index in
            var labels: [String: String] = ["tier": index % 2 == 0 ? "front" : "back"]
            if index % 5 != 4 { labels["zone"] = ["a", "b", "c"][index % 3] }
            var pods: [Pod] = []
            if index % 3 == 0 { pods.append(makePod("web-\(index)", labels: ["app": "web"])) }
            if index % 4 == 1 { pods.append(makePod("cache-\(index)", labels: ["app": "cache"])) }
            if index % 7 == 2 { pods.append(makePod("lonely-\(index)", labels: ["app": "lonely"], affinity: podAffinity(anti: true, app: "web", key: "zone"))) }
            if index == 5 { pods.append(makePod("old-web", labels: ["app": "web"])) }
            return nodeInfo(makeNode("n\(index)", labels: labels), pods)
        }
    }

    static let labelPods: [Pod] = [
        makePod("spread", labels: ["app": "web"], spread: [zoneSpread]),
        makePod("spread-two", labels: ["app": "web"], spread: [zoneSpread, hostSpread]),
        makePod("spread-other", labels: ["app": "db"], spread: [hostSpread]),
        makePod("selector", nodeSelector: ["zone": "a"]),
        makePod("selector-two", nodeSelector: ["zone": "b", "tier": "front"]),
        makePod("in", affinity: affinity("zone", .in, ["a", "c"])),
        makePod("not-in", affinity: affinity("zone", .notIn, ["a"])),
        makePod("no-zone", affinity: affinity("zone", .doesNotExist, [])),
        makePod("by-name", affinity: Affinity(nodeAffinity: NodeAffinity(requiredDuringSchedulingIgnoredDuringExecution: NodeSelector(
            nodeSelectorTerms: [NodeSelectorTerm(matchFields: [NodeSelectorRequirement(key: "metadata.name", operator: .notIn, values: ["n1"])])]
        )))),
        makePod("anti-web-by-host", labels: ["app": "x"], affinity: podAffinity(anti: true, app: "web", key: "kubernetes.io/hostname")),
        makePod("anti-web-by-zone", labels: ["app": "x"], affinity: podAffinity(anti: true, app: "web", key: "zone")),
        makePod("with-cache-by-zone", labels: ["app": "x"], affinity: podAffinity(anti: false, app: "cache", key: "zone")),
        makePod("with-nobody", labels: ["app": "new"], affinity: podAffinity(anti: false, app: "new", key: "zone")),
        makePod("with-nobody-else", labels: ["app": "other"], affinity: podAffinity(anti: false, app: "new", key: "zone")),
        makePod("web", labels: ["app": "web"]),
    ]

    /// PodTopologySpread, NodeAffinity and InterPodAffinity decide per distinct label value
    /// (`NodeLabelColumn`) what their per-node filters decide, after their PreFilter.
    @Test func labelColumnFiltersAgreeWithPerNodeFilters() throws {
        let framework = try defaultFramework()
        let nodes = Self.labelledNodes()
        let snapshot = Snapshot(nodes: nodes)
        let plugins: [any BatchFilterPlugin] = [PodTopologySpread(), NodeAffinity(), InterPodAffinity()]
        for round in 0..<2 {
            for pod in Self.labelPods.map(info) {
                let state = CycleState()
                guard case .success = framework.runPreFilter(state: state, pod: pod, snapshot: snapshot) else { continue }
                for plugin in plugins { Self.checkFilter(plugin, pod: pod, snapshot: snapshot, state: state) }
            }
            // The columns follow label changes.
            if round == 0 {
                nodes[0].setNode(makeNode("n0", labels: ["zone": "d"]))
                nodes[4].setNode(makeNode("n4", labels: ["zone": "a"]))
                nodes[6].setNode(makeNode("n6"))
            }
        }
    }
}
