import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffAPITesting
import SkiffClient
import SkiffLoop
import SkiffLoopTesting
import SkiffStore
import Testing
@testable import SkiffScheduler

/// A store + API server + scheduler on one real loop with a manual clock, in a temporary directory.
private struct SchedulerCluster {
    let harness: APIServerHarness
    let scheduler: Scheduler
    var loop: EventLoop { harness.loop }
    var time: ManualTimeSource { harness.time }
    var server: APIServer { harness.server }
    var client: LocalClient { harness.client }

    static func start() async throws -> SchedulerCluster {
        let harness = try await APIServerHarness.start(name: "test-scheduler")
        var options = Scheduler.Options()
        options.seed = 7
        options.log = { _ in }
        let scheduler = try Scheduler(client: harness.client, loop: harness.loop, time: harness.time, options: options)
        return SchedulerCluster(harness: harness, scheduler: scheduler)
    }

    func stop() async throws {
        await scheduler.stop()
        try await harness.stop()
    }

    /// Settles the loop until `condition` holds (bounded: a stuck condition fails the test).
    func eventually(_ condition: () async throws -> Bool) async rethrows -> Bool {
        for _ in 0..<400 {
            if try await condition() { return true }
            await loop.settle()
        }
        return try await condition()
    }

    /// Creates `node` and then writes its status (a create drops the status, as for every kind
    /// with a status subresource), as a kubelet registering would.
    @discardableResult
    func createNode(_ node: Node) async throws -> Node {
        var created = try await client.create(node)
        created.status = node.status
        return try await client.updateStatus(created)
    }

    func pod(_ name: String) async throws -> Pod {
        try await client.get(Pod.self, name: name, namespace: "default")
    }

    func events(about name: String) async throws -> [SkiffAPI.Event] {
        try await client.list(SkiffAPI.Event.self, namespace: "default").items.filter { $0.involvedObject.name == name }
    }
}

private func withSchedulerCluster(_ body: (SchedulerCluster) async throws -> Void) async throws {
    let cluster = try await SchedulerCluster.start()
    do {
        try await body(cluster)
    } catch {
        try? await cluster.stop()
        throw error
    }
    try await cluster.stop()
}

@Suite("Scheduler with an API server")
struct SchedulerClusterTests {
    @Test func bindsPodsAndRecordsScheduledEvents() async throws {
        try await withSchedulerCluster { cluster in
            for index in 1...3 { try await cluster.createNode(makeNode("node-\(index)")) }
            for index in 1...6 { _ = try await cluster.client.create(makePod("web-\(index)", cpu: "500m", memory: "256Mi")) }
            await cluster.scheduler.start()
            let allBound = try await cluster.eventually {
                try await cluster.client.list(Pod.self, namespace: "default").items.allSatisfy { !($0.spec?.nodeName ?? "").isEmpty }
            }
            #expect(allBound)
            let pods = try await cluster.client.list(Pod.self, namespace: "default").items
            // LeastAllocated and BalancedAllocation spread equal pods evenly.
            let perNode = Dictionary(grouping: pods, by: { $0.spec?.nodeName ?? "" }).mapValues(\.count)
            #expect(perNode == ["node-1": 2, "node-2": 2, "node-3": 2])
            let web1 = try await cluster.pod("web-1")
            #expect(web1.status?.conditions?.contains { $0.type == .podScheduled && $0.status == .true } == true)
            let recorded = try await cluster.eventually { try await !cluster.events(about: "web-1").isEmpty }
            #expect(recorded)
            let event = try await cluster.events(about: "web-1").first
            #expect(event?.reason == "Scheduled")
            #expect(event?.type == .normal)
            #expect(event?.source?.component == "default-scheduler")
            #expect(event?.reportingComponent == "default-scheduler")
            #expect(event?.message == "Successfully assigned default/web-1 to \(web1.spec?.nodeName ?? "")")
            #expect(await cluster.scheduler.scheduledCount == 6)
        }
    }

    @Test func anUnschedulablePodWaitsForANode() async throws {
        try await withSchedulerCluster { cluster in
            try await cluster.createNode(makeNode("small", cpu: "2"))
            _ = try await cluster.client.create(makePod("big", cpu: "8"))
            await cluster.scheduler.start()
            let message = "0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling."
            let conditioned = try await cluster.eventually {
                try await cluster.pod("big").status?.conditions?.contains { $0.type == .podScheduled && $0.status == .false } == true
            }
            #expect(conditioned)
            let condition = try await cluster.pod("big").status?.conditions?.first { $0.type == .podScheduled }
            #expect(condition?.reason == "Unschedulable")
            #expect(condition?.message == message)
            let warned = try await cluster.eventually { try await cluster.events(about: "big").contains { $0.reason == "FailedScheduling" } }
            #expect(warned)
            let warning = try await cluster.events(about: "big").first { $0.reason == "FailedScheduling" }
            #expect(warning?.type == .warning)
            #expect(warning?.message == message)
            #expect(await cluster.scheduler.queueCounts.unschedulable == 1)

            // A node that fits arrives: the pod leaves the unschedulable pods and, after its
            // back-off, is bound there. The node's create and its status update are two events,
            // and the first (no allocatable yet) may cost the pod another attempt, so its back-off
            // may be 1 s or longer: advance past the longest (10 s).
            try await cluster.createNode(makeNode("large", cpu: "16"))
            let moved = await cluster.eventually { await cluster.scheduler.queueCounts.unschedulable == 0 }
            #expect(moved)
            await cluster.time.advance(by: .seconds(11))
            let bound = try await cluster.eventually { try await cluster.pod("big").spec?.nodeName == "large" }
            #expect(bound)
        }
    }

    @Test func preemptionEvictsALowerPriorityPod() async throws {
        try await withSchedulerCluster { cluster in
            _ = try await cluster.client.create(PriorityClass(metadata: ObjectMeta(name: "low"), value: 10))
            _ = try await cluster.client.create(PriorityClass(metadata: ObjectMeta(name: "high"), value: 1000))
            try await cluster.createNode(makeNode("only", cpu: "2"))
            _ = try await cluster.client.create(makePod("victim", cpu: "2", gracePeriod: 0, priorityClassName: "low"))
            await cluster.scheduler.start()
            let victimBound = try await cluster.eventually { try await cluster.pod("victim").spec?.nodeName == "only" }
            #expect(victimBound)

            let preemptor = try await cluster.client.create(makePod("urgent", cpu: "2", priorityClassName: "high"))
            #expect(preemptor.spec?.priority == 1000)
            let evicted = await cluster.eventually {
                await status { try await cluster.pod("victim") }?.code == 404
            }
            #expect(evicted)
            let nominated = try await cluster.eventually { try await cluster.pod("urgent").status?.nominatedNodeName == "only" }
            #expect(nominated)
            await cluster.time.advance(by: .seconds(2))
            let bound = try await cluster.eventually { try await cluster.pod("urgent").spec?.nodeName == "only" }
            #expect(bound)
        }
    }

    /// A more important preemptor that takes a node clears the nomination of a less important
    /// one waiting for it (upstream's prepareCandidate), so that one looks elsewhere.
    @Test func aMoreImportantPreemptorTakesTheNominationOfALessImportantOne() async throws {
        try await withSchedulerCluster { cluster in
            for (name, value) in [("low", Int32(10)), ("mid", 100), ("high", 1000)] {
                _ = try await cluster.client.create(PriorityClass(metadata: ObjectMeta(name: name), value: value))
            }
            try await cluster.createNode(makeNode("only", cpu: "2"))
            // A grace period and no kubelet: the victim stays terminating, so preemptors wait.
            _ = try await cluster.client.create(makePod("victim", cpu: "2", gracePeriod: 30, priorityClassName: "low"))
            await cluster.scheduler.start()
            #expect(try await cluster.eventually { try await cluster.pod("victim").spec?.nodeName == "only" })

            _ = try await cluster.client.create(makePod("mid", cpu: "2", priorityClassName: "mid"))
            #expect(try await cluster.eventually { try await cluster.pod("mid").status?.nominatedNodeName == "only" })
            #expect(try await cluster.pod("victim").metadata.deletionTimestamp != nil)

            _ = try await cluster.client.create(makePod("high", cpu: "2", priorityClassName: "high"))
            #expect(try await cluster.eventually { try await cluster.pod("high").status?.nominatedNodeName == "only" })
            #expect(try await cluster.eventually { try await cluster.pod("mid").status?.nominatedNodeName == nil })
        }
    }

    @Test func priorityAdmissionResolvesAndRejects() async throws {
        try await withSchedulerCluster { cluster in
            let rejected = await status { try await cluster.client.create(makePod("p", priorityClassName: "nonexistent")) }
            #expect(rejected?.code == 403)
            #expect(rejected?.reason == .forbidden)
            #expect(rejected?.message == "pods \"p\" is forbidden: no PriorityClass with name nonexistent was found")

            let critical = try await cluster.client.create(makePod("critical", priorityClassName: "system-node-critical"))
            #expect(critical.spec?.priority == 2_000_001_000)
            #expect(critical.spec?.preemptionPolicy == .preemptLowerPriority)

            let plain = try await cluster.client.create(makePod("plain"))
            #expect(plain.spec?.priority == 0)

            _ = try await cluster.client.create(PriorityClass(metadata: ObjectMeta(name: "default-high"), value: 500, globalDefault: true))
            let defaulted = try await cluster.client.create(makePod("defaulted"))
            #expect(defaulted.spec?.priority == 500)
            #expect(defaulted.spec?.priorityClassName == "default-high")

            let mismatched = await status { try await cluster.client.create(makePod("m", priority: 7, priorityClassName: "default-high")) }
            #expect(mismatched?.code == 403)

            let tooHigh = await status { try await cluster.client.create(PriorityClass(metadata: ObjectMeta(name: "huge"), value: 2_000_000_000)) }
            #expect(tooHigh?.code == 422)
            let reserved = await status { try await cluster.client.create(PriorityClass(metadata: ObjectMeta(name: "system-mine"), value: 5)) }
            #expect(reserved?.code == 422)
        }
    }
}

/// What a call threw, as a `Status` (nil when it succeeded or threw something else).
func status(of body: () async throws -> some Any) async -> Status? {
    do {
        _ = try await body()
        return nil
    } catch {
        return error as? Status
    }
}
