import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffClient
@testable import SkiffControllers
import SkiffLoop
import Testing

/// An `APIClient` whose pod watches wait until `open()`: an informer that has listed but not yet
/// seen anything since, as when watch events lag behind a controller's own writes. Counts pod creates.
actor GatedClient: APIClient, LoopBound {
    nonisolated let loop: EventLoop
    let base: LocalClient
    private var isOpen = false
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private(set) var podCreates = 0

    init(base: LocalClient, loop: EventLoop) {
        self.base = base
        self.loop = loop
    }

    func open() {
        isOpen = true
        for waiter in waiters { waiter.resume() }
        waiters = []
    }

    func create<Object: APIObject>(_ object: Object) async throws -> Object {
        if object is Pod { podCreates += 1 }
        return try await base.create(object)
    }
    func get<Object: APIObject>(_ type: Object.Type, name: String, namespace: String?) async throws -> Object {
        try await base.get(type, name: name, namespace: namespace)
    }
    func list<Object: APIObject>(_ type: Object.Type, namespace: String?, options: ListOptions) async throws -> ObjectList<Object> {
        try await base.list(type, namespace: namespace, options: options)
    }
    func update<Object: APIObject>(_ object: Object) async throws -> Object { try await base.update(object) }
    func updateStatus<Object: HasStatus>(_ object: Object) async throws -> Object { try await base.updateStatus(object) }
    func patch<Object: APIObject>(
        _ type: Object.Type, name: String, namespace: String?, patch: Patch, subresource: Subresource?
    ) async throws -> Object {
        try await base.patch(type, name: name, namespace: namespace, patch: patch, subresource: subresource)
    }
    func delete<Object: APIObject>(_ type: Object.Type, name: String, namespace: String?, options: DeleteOptions) async throws -> Object {
        try await base.delete(type, name: name, namespace: namespace, options: options)
    }
    func watch<Object: APIObject>(_ type: Object.Type, namespace: String?, options: WatchOptions) async throws -> WatchStream<Object> {
        if type == Pod.self, !isOpen { await withCheckedContinuation { waiters.append($0) } }
        return try await base.watch(type, namespace: namespace, options: options)
    }
    func bind(_ binding: Binding) async throws { try await base.bind(binding) }
    func getScale<Object: Scalable>(_ type: Object.Type, name: String, namespace: String?) async throws -> Scale {
        try await base.getScale(type, name: name, namespace: namespace)
    }
    func updateScale<Object: Scalable>(_ type: Object.Type, scale: Scale) async throws -> Scale {
        try await base.updateScale(type, scale: scale)
    }
}

@Suite("ReplicaSet controller")
struct ReplicaSetControllerTests {
    @Test func createsReplicasOnceUntilTheInformerCatchesUp() async throws {
        let cluster = try await ControllerCluster.start(startingControllers: false)
        let gated = GatedClient(base: cluster.client, loop: cluster.loop)
        let informers = SharedInformerFactory(client: gated, loop: cluster.loop, time: cluster.time)
        let controller = await ReplicaSetController(client: gated, loop: cluster.loop, time: cluster.time, informers: informers, workers: 1)
        await informers.start()
        await informers.waitForSync()
        let run = Task(executorPreference: cluster.loop.taskExecutor) { await controller.run() }

        _ = try await cluster.client.create(makeReplicaSet("web", replicas: 3))
        await cluster.settle()
        #expect(await gated.podCreates == 3)
        #expect(try await cluster.pods().count == 3)
        // The pod informer has seen none of them; further syncs must not create more.
        for _ in 0..<3 {
            try await controller.sync("default/web")
            await controller.enqueue("default/web")
            await cluster.settle()
        }
        #expect(await gated.podCreates == 3)

        // Once the informer catches up the expectations are met and the count is right.
        await gated.open()
        await cluster.settle()
        try await controller.sync("default/web")
        #expect(await gated.podCreates == 3)
        let status = try await cluster.replicaSet("web").status
        #expect(status?.replicas == 3)

        await controller.shutDown()
        await run.value
        await informers.stop()
        try await cluster.stop()
    }

    @Test func expectationsExpireAfterFiveMinutes() {
        var expectations = ControllerExpectations()
        let start = Date(timeIntervalSince1970: 1_000)
        expectations.expectCreations("default/web", count: 2, now: start)
        #expect(!expectations.isSatisfied("default/web", now: start))
        expectations.creationObserved("default/web")
        #expect(!expectations.isSatisfied("default/web", now: start.addingTimeInterval(299)))
        #expect(expectations.isSatisfied("default/web", now: start.addingTimeInterval(301)))
        expectations.creationObserved("default/web")
        #expect(expectations.isSatisfied("default/web", now: start))
        expectations.expectDeletions("default/web", podKeys: ["default/a"], now: start)
        expectations.deletionObserved("default/web", podKey: "default/a")
        expectations.deletionObserved("default/web", podKey: "default/a")
        #expect(expectations.isSatisfied("default/web", now: start))
    }

    @Test func createsPodsFromTheTemplateInSlowStartBatches() async throws {
        try await withControllerCluster { cluster in
            let replicaSet = try await cluster.client.create(makeReplicaSet("web", replicas: 5))
            let created = try await cluster.eventually { try await cluster.pods().count == 5 }
            #expect(created)
            for pod in try await cluster.pods() {
                #expect(pod.metadata.name?.hasPrefix("web-") == true)
                #expect(pod.metadata.labels == ["app": "web"])
                let reference = pod.metadata.ownerReferences?.first
                #expect(reference?.uid == replicaSet.metadata.uid)
                #expect(reference?.kind == "ReplicaSet")
                #expect(reference?.apiVersion == "apps/v1")
                #expect(reference?.controller == true)
                #expect(reference?.blockOwnerDeletion == true)
            }
        }

        final class Calls: @unchecked Sendable {
            // Touched only from the batch tasks, serialised by the lock.
            let lock = NSLock()
            var count = 0
            func next() -> Int { lock.lock(); defer { lock.unlock() }; count += 1; return count }
        }
        let calls = Calls()
        let (successes, error) = await ReplicaSetController.slowStartBatch(count: 20, initialBatchSize: 1) {
            // Batches 1, 2, 4: the fourth call (in the batch of 4) fails, so no batch of 8 starts.
            if calls.next() == 4 { throw Status.internalError("quota") }
        }
        #expect(error != nil)
        #expect(successes == 6)
        #expect(calls.count == 7)
    }

    @Test func scalingDownRemovesTheLeastValuablePods() async throws {
        try await withControllerCluster { cluster in
            _ = try await cluster.client.create(makeReplicaSet("web", replicas: 3))
            #expect(try await cluster.eventually { try await cluster.pods().count == 3 })
            let pods = try await cluster.pods().sorted { ($0.metadata.name ?? "") < ($1.metadata.name ?? "") }
            // pods[0]: Running and ready; pods[1]: Running, not ready; pods[2]: Pending.
            try await cluster.markReady(pods[0])
            var running = try await cluster.client.get(Pod.self, name: pods[1].metadata.name ?? "", namespace: "default")
            running.status?.phase = .running
            _ = try await cluster.client.updateStatus(running)
            await cluster.settle()

            var replicaSet = try await cluster.replicaSet("web")
            replicaSet.spec?.replicas = 1
            _ = try await cluster.client.update(replicaSet)
            #expect(try await cluster.eventually { try await cluster.activePods().count == 1 })
            #expect(try await cluster.activePods().first?.metadata.name == pods[0].metadata.name)
            await cluster.settle()
            #expect(try await cluster.activePods().count == 1)
        }
    }

    @Test func ordersPodsForDeletionAsUpstream() {
        func pod(_ name: String, node: String? = nil, phase: PodPhase = .pending, ready: Bool = false, restarts: Int32 = 0, created: TimeInterval = 0) -> Pod {
            var pod = Pod(metadata: ObjectMeta(name: name, creationTimestamp: Time(Date(timeIntervalSince1970: created))), spec: PodSpec(nodeName: node))
            pod.status = PodStatus(
                phase: phase,
                conditions: ready ? [PodCondition(type: .ready, status: .true, lastTransitionTime: Time(Date(timeIntervalSince1970: 0)))] : nil,
                containerStatuses: [ContainerStatus(name: "app", ready: ready, restartCount: restarts)]
            )
            return pod
        }
        let pods = [
            pod("ready-old", node: "a", phase: .running, ready: true, created: 1),
            pod("ready-new", node: "b", phase: .running, ready: true, created: 5),
            pod("unassigned"),
            pod("pending", node: "c"),
            pod("unknown", node: "d", phase: .unknown),
            pod("running-unready", node: "e", phase: .running),
            pod("running-unready-restarts", node: "f", phase: .running, restarts: 3),
        ]
        let order = ActivePods.sortedForDeletion(pods, related: pods).map { $0.metadata.name ?? "" }
        #expect(order == ["unassigned", "pending", "unknown", "running-unready-restarts", "running-unready", "ready-new", "ready-old"])
    }

    @Test func adoptsOrphansAndReleasesPodsThatStopMatching() async throws {
        try await withControllerCluster { cluster in
            var orphan = Pod(
                metadata: ObjectMeta(name: "orphan", namespace: "default", labels: ["app": "web"]),
                spec: makeTemplate(labels: [:]).spec
            )
            orphan = try await cluster.client.create(orphan)
            let replicaSet = try await cluster.client.create(makeReplicaSet("web", replicas: 2))
            #expect(try await cluster.eventually { try await cluster.pods().count == 2 })
            let adopted = try await cluster.client.get(Pod.self, name: "orphan", namespace: "default")
            #expect(adopted.metadata.controllerReference?.uid == replicaSet.metadata.uid)

            // Relabelled, the pod leaves the ReplicaSet, which replaces it.
            var relabelled = adopted
            relabelled.metadata.labels = ["app": "debug"]
            _ = try await cluster.client.update(relabelled)
            #expect(try await cluster.eventually {
                try await cluster.client.get(Pod.self, name: "orphan", namespace: "default").metadata.ownerReferences == nil
            })
            #expect(try await cluster.eventually { try await cluster.pods(labels: "app=web").count == 2 })
            #expect(try await cluster.pods().count == 3)
        }
    }

    @Test func reportsReadyAndAvailableReplicasAfterMinReadySeconds() async throws {
        try await withControllerCluster { cluster in
            _ = try await cluster.client.create(makeReplicaSet("web", replicas: 2, minReadySeconds: 10))
            #expect(try await cluster.eventually { try await cluster.pods().count == 2 })
            try await cluster.markAllReady()
            #expect(try await cluster.eventually { try await cluster.replicaSet("web").status?.readyReplicas == 2 })
            var status = try await cluster.replicaSet("web").status
            #expect(status?.replicas == 2)
            #expect(status?.fullyLabeledReplicas == 2)
            #expect(status?.availableReplicas == 0)
            #expect(status?.observedGeneration == 1)

            await cluster.time.advance(by: .seconds(11))
            #expect(try await cluster.eventually { try await cluster.replicaSet("web").status?.availableReplicas == 2 })
            status = try await cluster.replicaSet("web").status
            #expect(status?.readyReplicas == 2)
        }
    }

    @Test func survivesOddObjects() async throws {
        try await withControllerCluster { cluster in
            // A pod whose controller reference names a ReplicaSet that never existed: the
            // ReplicaSet controller ignores it, the garbage collector removes it.
            let dangling = Pod(
                metadata: ObjectMeta(
                    name: "dangling", namespace: "default", labels: ["app": "web"],
                    ownerReferences: [OwnerReference(apiVersion: "apps/v1", kind: "ReplicaSet", name: "ghost", uid: "no-such-uid", controller: true)]
                ),
                spec: makeTemplate(labels: [:]).spec
            )
            _ = try await cluster.client.create(dangling)
            // A ReplicaSet of zero replicas whose selector matches no pod.
            _ = try await cluster.client.create(makeReplicaSet("idle", replicas: 0, labels: ["app": "nothing"]))
            #expect(try await cluster.eventually { try await cluster.pods().isEmpty })
            #expect(try await cluster.eventually { try await cluster.replicaSet("idle").status?.observedGeneration == 1 })

            // An invalid ReplicaSet never reaches the controller.
            var invalid = makeReplicaSet("bad", replicas: 1)
            invalid.spec?.selector = LabelSelector(matchLabels: ["app": "other"])
            #expect(await status { try await cluster.client.create(invalid) }?.code == 422)

            // The controller still works.
            _ = try await cluster.client.create(makeReplicaSet("web", replicas: 1))
            #expect(try await cluster.eventually { try await cluster.pods(labels: "app=web").count == 1 })
        }
    }
}
