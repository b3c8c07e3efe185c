import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffClient
import SkiffControllers
import SkiffLoop
import SkiffLoopTesting
import SkiffStore
import Testing

/// A store + API server + controller manager on one real loop with a manual clock, in a
/// temporary directory. There is no kubelet and no scheduler: tests write pod status and
/// bindings themselves, as those components would.
struct ControllerCluster {
    let directory: String
    let loop: EventLoop
    let time: ManualTimeSource
    let store: EmbeddedStore
    let server: APIServer
    let manager: ControllerManager
    let quiescence: Quiescence
    private let quiescenceTask: Task<Void, Never>
    var client: LocalClient { LocalClient(server: server) }

    static func start(startingControllers: Bool = true) async throws -> ControllerCluster {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("skiff-controllers-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let loop = try EventLoop(name: "test-controllers")
        let time = ManualTimeSource(settling: loop)
        let store = try await EmbeddedStore(path: directory + "/skiff.db", options: EmbeddedStoreOptions(executor: loop))
        let server = APIServer(store: store, loop: loop, time: time)
        try await server.start()
        var options = ControllerManager.Options()
        options.workers = 1
        let manager = ControllerManager(client: LocalClient(server: server), loop: loop, time: time, options: options)
        let quiescence = Quiescence(store: store, loop: loop)
        let quiescenceTask = Task(executorPreference: loop.taskExecutor) { await quiescence.run() }
        if startingControllers { await manager.start() }
        return ControllerCluster(
            directory: directory, loop: loop, time: time, store: store, server: server, manager: manager,
            quiescence: quiescence, quiescenceTask: quiescenceTask
        )
    }

    func stop() async throws {
        await manager.stop()
        await server.stop()
        quiescenceTask.cancel()
        await quiescenceTask.value
        try await store.close()
        await loop.shutdown()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Waits until `condition` holds: checks it whenever the cluster has done all it can
    /// (`quiesce()`), then moves the clock 10 ms so rate-limited retries (5 ms back-off,
    /// doubling) run. Bounded: a stuck condition fails the test after 3 s of manual time.
    func eventually(_ condition: () async throws -> Bool) async rethrows -> Bool {
        for _ in 0..<300 {
            if try await condition() { return true }
            await quiesce()
            if try await condition() { return true }
            await time.advance(by: .milliseconds(10))
        }
        return try await condition()
    }

    /// Returns once the loop is idle and no write is being committed.
    func quiesce() async {
        await quiescence.wait()
    }

    /// Lets every controller finish what it can now, including retries due within 50 ms.
    func settle() async {
        await quiesce()
        for _ in 0..<5 {
            await time.advance(by: .milliseconds(10))
            await quiesce()
        }
    }

    func pods(labels: String? = nil, namespace: String = "default") async throws -> [Pod] {
        try await client.list(Pod.self, namespace: namespace, labelSelector: labels).items
    }

    func activePods(labels: String? = nil) async throws -> [Pod] {
        try await pods(labels: labels).filter { $0.metadata.deletionTimestamp == nil }
    }

    func replicaSet(_ name: String) async throws -> ReplicaSet {
        try await client.get(ReplicaSet.self, name: name, namespace: "default")
    }

    func deployment(_ name: String) async throws -> Deployment {
        try await client.get(Deployment.self, name: name, namespace: "default")
    }

    /// The ReplicaSets a Deployment controls, oldest revision first.
    func replicaSets(of deployment: String) async throws -> [ReplicaSet] {
        let owner = try await self.deployment(deployment)
        return try await client.list(ReplicaSet.self, namespace: "default").items
            .filter { $0.metadata.controllerReference?.uid == owner.metadata.uid }
            .sorted { revision($0) < revision($1) }
    }

    /// Reads, changes and writes a Deployment, re-reading on a conflict with the controllers'
    /// own writes (as `kubectl edit` would have the user do).
    @discardableResult
    func modifyDeployment(_ name: String, _ change: (inout Deployment) -> Void) async throws -> Deployment {
        for _ in 0..<10 {
            var deployment = try await self.deployment(name)
            change(&deployment)
            do {
                return try await client.update(deployment)
            } catch let status as Status where status.code == 409 {
                await quiesce()
            }
        }
        throw Status.conflict(resource: "deployments", name: name)
    }

    /// What a kubelet reports once the pod's containers run and pass readiness.
    @discardableResult
    func markReady(_ pod: Pod) async throws -> Pod {
        var fresh = try await client.get(Pod.self, name: pod.metadata.name ?? "", namespace: pod.metadata.namespace)
        var status = fresh.status ?? PodStatus()
        status.phase = .running
        let now = Time(Date(timeIntervalSince1970: time.now().timeIntervalSince1970.rounded(.down)))
        status.conditions = (status.conditions ?? []).filter { $0.type != .ready } + [PodCondition(type: .ready, status: .true, lastTransitionTime: now)]
        fresh.status = status
        return try await client.updateStatus(fresh)
    }

    /// Marks every active pod matching `labels` ready.
    func markAllReady(labels: String? = nil) async throws {
        for pod in try await activePods(labels: labels) where pod.status?.conditions?.contains(where: { $0.type == .ready && $0.status == .true }) != true {
            try await markReady(pod)
        }
    }

    /// Marks pods ready until the Deployment's rollout is done.
    func completeRollout(_ name: String, labels: String) async throws -> Bool {
        try await eventually {
            try await markAllReady(labels: labels)
            return try await Rollout.status(deployment: name, client: client).isDone
        }
    }
}

func withControllerCluster(_ body: (ControllerCluster) async throws -> Void) async throws {
    let cluster = try await ControllerCluster.start()
    do {
        try await body(cluster)
    } catch {
        try? await cluster.stop()
        throw error
    }
    try await cluster.stop()
}

func revision(_ replicaSet: ReplicaSet) -> Int {
    Int(replicaSet.metadata.annotations?["deployment.kubernetes.io/revision"] ?? "") ?? 0
}

/// A pod template running `command` with `labels`.
func makeTemplate(labels: [String: String], command: [String] = ["sleep", "3600"]) -> PodTemplateSpec {
    PodTemplateSpec(metadata: ObjectMeta(labels: labels), spec: PodSpec(containers: [Container(name: "app", image: "busybox", command: command)]))
}

func makeReplicaSet(_ name: String, replicas: Int32, labels: [String: String] = ["app": "web"], minReadySeconds: Int32? = nil) -> ReplicaSet {
    ReplicaSet(
        metadata: ObjectMeta(name: name, namespace: "default"),
        spec: ReplicaSetSpec(
            replicas: replicas, minReadySeconds: minReadySeconds, selector: LabelSelector(matchLabels: labels),
            template: makeTemplate(labels: labels)
        )
    )
}

func makeDeployment(
    _ name: String, replicas: Int32, labels: [String: String] = ["app": "web"], strategy: DeploymentStrategy? = nil,
    revisionHistoryLimit: Int32? = nil, progressDeadlineSeconds: Int32? = nil, namespace: String = "default"
) -> Deployment {
    Deployment(
        metadata: ObjectMeta(name: name, namespace: namespace),
        spec: DeploymentSpec(
            replicas: replicas, selector: LabelSelector(matchLabels: labels), template: makeTemplate(labels: labels),
            strategy: strategy, revisionHistoryLimit: revisionHistoryLimit, progressDeadlineSeconds: progressDeadlineSeconds
        )
    )
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
