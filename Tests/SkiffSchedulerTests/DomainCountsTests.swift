import Foundation
import SkiffAPI
import Testing
@testable import SkiffScheduler

/// The snapshot's incremental per-domain counts (`DomainCounts`) must equal a from-scratch
/// recount (an unlogged `Snapshot(nodes:)` over the same nodes) after every cache change.
@Suite("Incremental per-domain counts")
struct DomainCountsTests {
    static let zoneSpread = TopologySpreadConstraint(
        maxSkew: 1, topologyKey: "zone", whenUnsatisfiable: .doNotSchedule, labelSelector: LabelSelector(matchLabels: ["app": "web"])
    )
    static let hostSpread = TopologySpreadConstraint(
        maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: .doNotSchedule,
        labelSelector: LabelSelector(matchLabels: ["app": "web"])
    )
    static let antiWebByHost = Affinity(podAntiAffinity: PodAntiAffinity(requiredDuringSchedulingIgnoredDuringExecution: [
        PodAffinityTerm(labelSelector: LabelSelector(matchLabels: ["app": "web"]), topologyKey: "kubernetes.io/hostname"),
    ]))
    static let withWebByZone = Affinity(podAffinity: PodAffinity(requiredDuringSchedulingIgnoredDuringExecution: [
        PodAffinityTerm(labelSelector: LabelSelector(matchLabels: ["app": "web"]), topologyKey: "zone"),
    ]))

    /// Incoming pods whose PreFilter counts are compared.
    static let incoming: [Pod] = [
        makePod("spread", labels: ["app": "web"], spread: [zoneSpread]),
        makePod("spread-two", labels: ["app": "web"], spread: [zoneSpread, hostSpread]),
        makePod("spread-affine", labels: ["app": "web"], nodeSelector: ["tier": "front"], spread: [zoneSpread]),
        makePod("anti", labels: ["app": "web"], affinity: antiWebByHost),
        makePod("affine", labels: ["app": "cache"], affinity: withWebByZone),
        makePod("plain", labels: ["app": "web"]),
    ]

    func bound(_ pod: Pod, to node: String) -> PodInfo {
        var pod = pod
        pod.spec?.nodeName = node
        return PodInfo(pod)
    }

    /// PreFilter of both plugins on `snapshot`, as comparable values.
    func counts(_ pod: Pod, _ snapshot: Snapshot) -> [String] {
        let podInfo = PodInfo(pod)
        var result: [String] = []
        let spreadState = CycleState()
        if case .proceed = PodTopologySpread().preFilter(state: spreadState, pod: podInfo, snapshot: snapshot),
           let state = spreadState.read(PodTopologySpread.PreFilterState.self)
        {
            result += state.counts.map { $0.sorted { $0.key < $1.key }.description }
        }
        let affinityState = CycleState()
        if case .proceed = InterPodAffinity().preFilter(state: affinityState, pod: podInfo, snapshot: snapshot),
           let state = affinityState.read(InterPodAffinity.PreFilterState.self)
        {
            for pairs in [state.existingAntiAffinityCounts, state.affinityCounts, state.antiAffinityCounts] {
                result.append(pairs.counts.map { "\($0.key.key)=\($0.key.value):\($0.value)" }.sorted().description)
            }
        }
        return result
    }

    func expectMatchesRecount(_ cache: SchedulerCache, _ step: String) {
        let snapshot = cache.snapshot()
        let recount = Snapshot(nodes: snapshot.nodes, namespaceLabels: snapshot.namespaceLabels)
        for pod in Self.incoming {
            #expect(counts(pod, snapshot) == counts(pod, recount), "\(step): \(pod.metadata.name ?? "")")
        }
        #expect(Set(snapshot.nodesWithAffinityPods.map(\.name)) == Set(recount.nodesWithAffinityPods.map(\.name)), "\(step)")
        #expect(
            Set(snapshot.nodesWithRequiredAntiAffinityPods.map(\.name)) == Set(recount.nodesWithRequiredAntiAffinityPods.map(\.name)),
            "\(step)"
        )
        #expect(Set(snapshot.nodesWithAffinityScoringPods.map(\.name)) == Set(recount.nodesWithAffinityScoringPods.map(\.name)), "\(step)")
    }

    @Test func countsFollowAddRemoveAssumeForget() {
        let cache = SchedulerCache()
        for (index, name) in ["a1", "a2", "b1", "b2", "c1"].enumerated() {
            var labels = ["zone": String(name.prefix(1))]
            if index % 2 == 0 { labels["tier"] = "front" }
            cache.addNode(makeNode(name, labels: labels))
        }
        cache.addNode(makeNode("unzoned"))
        expectMatchesRecount(cache, "empty")

        cache.addPod(bound(makePod("w1", labels: ["app": "web"]), to: "a1"))
        cache.addPod(bound(makePod("w2", labels: ["app": "web"], affinity: Self.antiWebByHost), to: "b1"))
        let affine = bound(makePod("cache-1", labels: ["app": "cache"], affinity: Self.withWebByZone), to: "b2")
        cache.addPod(affine)
        expectMatchesRecount(cache, "added")

        let assumed = bound(makePod("w3", labels: ["app": "web"], affinity: Self.antiWebByHost), to: "a2")
        cache.assume(assumed)
        expectMatchesRecount(cache, "assumed")
        cache.forget(uid: assumed.uid)
        expectMatchesRecount(cache, "forgotten")

        let confirmed = bound(makePod("w4", labels: ["app": "web"], affinity: Self.antiWebByHost), to: "c1")
        cache.assume(confirmed)
        expectMatchesRecount(cache, "assumed again")
        cache.addPod(confirmed)
        expectMatchesRecount(cache, "confirmed")

        cache.addPod(bound(makePod("other-ns", namespace: "other", labels: ["app": "web"]), to: "a1"))
        cache.addPod(bound(makePod("w5", labels: ["app": "web"]), to: "unzoned"))
        expectMatchesRecount(cache, "other namespace, unzoned")

        cache.removePod(uid: confirmed.uid)
        cache.removePod(uid: affine.uid)
        cache.removePod(uid: bound(makePod("w1", labels: ["app": "web"]), to: "a1").uid)
        expectMatchesRecount(cache, "removed")

        // A label change moves a node's pods to another domain.
        cache.updateNode(makeNode("b1", labels: ["zone": "c", "tier": "front"]))
        expectMatchesRecount(cache, "relabelled")

        cache.removeNode(name: "b1")
        cache.addNode(makeNode("d1", labels: ["zone": "d"]))
        expectMatchesRecount(cache, "node list changed")
    }

    @Test func countsSurviveManyChangesAcrossLogDrops() {
        let cache = SchedulerCache()
        for index in 0..<20 { cache.addNode(makeNode("n\(index)", labels: ["zone": "z\(index % 3)"])) }
        expectMatchesRecount(cache, "start")
        var placed: [PodInfo] = []
        for index in 0..<5_000 {
            let pod = bound(makePod("p\(index)", labels: ["app": index % 2 == 0 ? "web" : "db"], affinity: index % 7 == 0 ? Self.antiWebByHost : nil), to: "n\(index % 20)")
            cache.assume(pod)
            placed.append(pod)
            if index % 3 == 0 { cache.addPod(pod) }
            if index % 5 == 0, let first = placed.first {
                cache.removePod(uid: first.uid)
                placed.removeFirst()
            }
            if index % 997 == 0 { expectMatchesRecount(cache, "step \(index)") }
        }
        expectMatchesRecount(cache, "end")
    }
}
