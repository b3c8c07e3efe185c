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
        try await cluster.stop()
        await loop.shutdown()
    }

    /// Creates `pods` pods one after another (each `sleep 3600`); a watcher records when each is
    /// first seen Running. Latency = Running seen − create acknowledged.
    private static func createToRunning(pods: Int, client: LocalClient, loop: EventLoop) async throws {
        let start = try await client.list(Pod.self, namespace: "default")
        let watch = try await client.watch(Pod.self, namespace: "default", resourceVersion: start.metadata.resourceVersion)
        let clock = ContinuousClock()
        let origin = clock.now
        let observer = Task(executorPreference: loop.taskExecutor) { () -> [String: Double] in
            var runningAt: [String: Double] = [:]
            while runningAt.count < pods, let event = try await watch.next() {
                let pod = event.object
                if pod.status?.phase == .running, let name = pod.metadata.name, runningAt[name] == nil {
                    runningAt[name] = (clock.now - origin).timeInterval
                }
            }
            return runningAt
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
        let runningAt = try await observer.value
        watch.cancel()
        let latencies = createdAt.compactMap { name, created in runningAt[name].map { ($0 - created) * 1e3 } }.sorted()
        func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
        print(String(format: "pod create → Running seen by a watcher, %d pods on 1 node (process runtime): p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                     latencies.count, percentile(0.5), percentile(0.99), latencies.last ?? 0))
        for index in 0..<pods {
            _ = try await client.delete(Pod.self, name: "lat-\(index)", namespace: "default", options: DeleteOptions(gracePeriodSeconds: 0))
        }
    }
}
