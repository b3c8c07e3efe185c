import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffClient
import SkiffCluster
import SkiffLoop

/// Issue 5's figures for the all-in-one cluster: how fast `skiff up` answers with a Ready node,
/// its idle memory, and how long a pod takes from create to Running as a real process.
enum ClusterBenchmark {
    static func run() async throws {
        print("== cluster (release build, all in one process, real processes) ==")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("skiff-bench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let baseline = APIServerBenchmark.residentBytes()
        let started = ContinuousClock.now
        let loop = try EventLoop(name: "bench-cluster")
        var options = AllInOneCluster.Options(dataDirectory: directory)
        options.port = 0
        let cluster = try await AllInOneCluster.start(options, log: { _ in }, on: loop)
        let client = cluster.client
        // `start` returns once the node is registered; the API answering with it Ready is the mark.
        let node = try await client.get(Node.self, name: "node-1")
        let upTime = ContinuousClock.now - started
        let ready = node.status?.conditions?.contains { $0.type == "Ready" && $0.status == .true } == true
        print(String(format: "skiff up → API answering with node-1 Ready (%@): %.1f ms", ready ? "yes" : "NO", upTime.timeInterval * 1e3))
        print(String(format: "idle RSS after start: %.1f MiB (process total %.1f MiB)",
                     Double(APIServerBenchmark.residentBytes() - baseline) / 1_048_576, Double(APIServerBenchmark.residentBytes()) / 1_048_576))

        try await createToRunning(pods: 100, client: client, loop: loop)
        try await oneAtATime(pods: 100, client: client)
        try await cluster.stop()
        await loop.shutdown()

        try await deploymentOnSimulatedNodes(nodes: 100, replicas: 1_000)
    }

    /// Pod startup without a queue: create one pod, wait until a watcher sees it Running, delete
    /// it, next.
    private static func oneAtATime(pods: Int, client: LocalClient) async throws {
        var latencies: [Double] = []
        for index in 0..<pods {
            let name = "one-\(index)"
            let start = ContinuousClock.now
            let created = try await client.create(Pod(
                metadata: ObjectMeta(name: name, namespace: "default"),
                spec: PodSpec(containers: [Container(name: "app", command: ["sleep", "3600"])])
            ))
            let watch = try await client.watch(
                Pod.self, namespace: "default", resourceVersion: created.metadata.resourceVersion, fieldSelector: "metadata.name=\(name)"
            )
            while let event = try await watch.next(), event.object.status?.phase != .running {}
            latencies.append((ContinuousClock.now - start).timeInterval * 1e3)
            watch.cancel()
            _ = try await client.delete(Pod.self, name: name, namespace: "default", options: DeleteOptions(gracePeriodSeconds: 0))
        }
        latencies.sort()
        print(String(format: "pod create → Running, one pod at a time (%d pods): p50 %.1f ms, p99 %.1f ms",
                     pods, latencies[pods / 2], latencies[min(pods - 1, pods * 99 / 100)]))
    }

    /// A 1,000-replica Deployment on 100 simulated nodes: time until every replica is available,
    /// then a full rolling update (25% surge / 25% unavailable, the defaults).
    private static func deploymentOnSimulatedNodes(nodes: Int, replicas: Int32) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("skiff-bench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let loop = try EventLoop(name: "bench-simulated")
        var options = AllInOneCluster.Options(dataDirectory: directory)
        options.port = 0
        options.nodes = nodes
        options.simulated = true
        let started = ContinuousClock.now
        let cluster = try await AllInOneCluster.start(options, log: { _ in }, on: loop)
        print(String(format: "skiff up --nodes %d --simulated: %.0f ms", nodes, (ContinuousClock.now - started).timeInterval * 1e3))
        let client = cluster.client
        let deployment = Deployment(
            metadata: ObjectMeta(name: "big", namespace: "default"),
            spec: DeploymentSpec(
                replicas: replicas, selector: LabelSelector(matchLabels: ["app": "big"]),
                template: PodTemplateSpec(
                    metadata: ObjectMeta(labels: ["app": "big"]),
                    spec: PodSpec(containers: [Container(name: "app", image: "busybox", command: ["sleep", "3600"])])
                )
            )
        )
        var clock = ContinuousClock.now
        let created = try await client.create(deployment)
        var latest = try await waitForRollout(of: created, client: client, generation: 1)
        print(String(format: "Deployment of %d replicas on %d simulated nodes: all available after %.2f s",
                     replicas, nodes, (ContinuousClock.now - clock).timeInterval))

        clock = ContinuousClock.now
        latest.spec?.template.metadata?.annotations = ["bench/rollout": "2"]
        let updated = try await client.update(latest)
        _ = try await waitForRollout(of: updated, client: client, generation: updated.metadata.generation ?? 2)
        print(String(format: "rolling update of %d replicas (maxSurge 25%%, maxUnavailable 25%%): %.2f s",
                     replicas, (ContinuousClock.now - clock).timeInterval))
        try await cluster.stop()
        await loop.shutdown()
    }

    /// Watches the Deployment until its status shows `generation` fully rolled out.
    private static func waitForRollout(of deployment: Deployment, client: LocalClient, generation: Int64) async throws -> Deployment {
        let replicas = deployment.spec?.replicas ?? 0
        let watch = try await client.watch(
            Deployment.self, namespace: "default", resourceVersion: deployment.metadata.resourceVersion,
            fieldSelector: "metadata.name=\(deployment.metadata.name ?? "")"
        )
        defer { watch.cancel() }
        var lastPrint = ContinuousClock.now
        while let event = try await watch.next() {
            let status = event.object.status
            if ProcessInfo.processInfo.environment["CLUSTER_BENCH_TRACE"] != nil, ContinuousClock.now - lastPrint > .milliseconds(500) {
                lastPrint = ContinuousClock.now
                print("  trace: replicas \(status?.replicas ?? 0) updated \(status?.updatedReplicas ?? 0) ready \(status?.readyReplicas ?? 0) available \(status?.availableReplicas ?? 0)")
            }
            if (status?.observedGeneration ?? 0) >= generation, status?.updatedReplicas == replicas,
               status?.availableReplicas == replicas, status?.replicas == replicas {
                return event.object
            }
        }
        throw Status.internalError("the watch ended before the rollout finished")
    }

    /// Creates `pods` pods one after another (each `sleep 3600`); a watcher records when each is
    /// first seen Running. Latency = Running seen − create acknowledged.
    private static func createToRunning(pods: Int, client: LocalClient, loop: EventLoop) async throws {
        let start = try await client.list(Pod.self, namespace: "default")
        let watch = try await client.watch(Pod.self, namespace: "default", resourceVersion: start.metadata.resourceVersion)
        let clock = ContinuousClock()
        let origin = clock.now
        let observer = Task(executorPreference: loop.taskExecutor) { () -> ([String: Double], [String: Double]) in
            var runningAt: [String: Double] = [:]
            var boundAt: [String: Double] = [:]
            while runningAt.count < pods, let event = try await watch.next() {
                let pod = event.object
                guard let name = pod.metadata.name else { continue }
                if pod.spec?.nodeName != nil, boundAt[name] == nil { boundAt[name] = (clock.now - origin).timeInterval }
                if pod.status?.phase == .running, runningAt[name] == nil {
                    runningAt[name] = (clock.now - origin).timeInterval
                }
            }
            return (runningAt, boundAt)
        }
        var createdAt: [String: Double] = [:]
        for index in 0..<pods {
            let name = "lat-\(index)"
            _ = try await client.create(Pod(
                metadata: ObjectMeta(name: name, namespace: "default"),
                spec: PodSpec(containers: [Container(name: "app", command: ["sleep", "3600"])])
            ))
            createdAt[name] = (clock.now - origin).timeInterval
        }
        let (runningAt, boundAt) = try await observer.value
        watch.cancel()
        let latencies = createdAt.compactMap { name, created in runningAt[name].map { ($0 - created) * 1e3 } }.sorted()
        let binding = createdAt.compactMap { name, created in boundAt[name].map { ($0 - created) * 1e3 } }.sorted()
        func percentile(_ values: [Double], _ p: Double) -> Double { values[min(values.count - 1, Int(Double(values.count) * p))] }
        print(String(format: "pod create → Running seen by a watcher, %d pods on 1 node (process runtime): p50 %.1f ms, p99 %.1f ms, max %.1f ms (of which create → bound: p50 %.1f ms, p99 %.1f ms)",
                     latencies.count, percentile(latencies, 0.5), percentile(latencies, 0.99), latencies.last ?? 0,
                     percentile(binding, 0.5), percentile(binding, 0.99)))
        for index in 0..<pods {
            _ = try await client.delete(Pod.self, name: "lat-\(index)", namespace: "default", options: DeleteOptions(gracePeriodSeconds: 0))
        }
    }
}
