import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffClient
import SkiffLoop
import SkiffStore

/// Durable writes through the API server, watch fan-out latency and memory per stored Pod —
/// the spine's figures in BENCHMARKS.md.
enum APIServerBenchmark {
    static func run() async throws {
        print("== API server (release build, real loop, SQLite WAL with synchronous=FULL) ==")
        // `--part steps|memory|creates|fanout` runs one part alone (for a profiler).
        let arguments = CommandLine.arguments
        let part = arguments.firstIndex(of: "--part").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
        func wanted(_ name: String) -> Bool { part == nil || part == name }
        if wanted("steps") { try stepCosts() }
        // Memory first: later runs would reuse pages the allocator kept from earlier ones.
        if wanted("memory") { try await memoryPerPod(count: 100_000) }
        if wanted("creates") {
            try await durableCreates(writers: 1, count: 5_000)
            try await durableCreates(writers: 64, count: 64_000)
        }
        if wanted("fanout") { try await watchFanOut(watchers: 1_000, writes: 200) }
    }

    /// A realistic Pod of about 2 KB of JSON: two containers with env, ports, resources and probes.
    static func realisticPod(_ name: String) -> Pod {
        func container(_ name: String, port: Int32) -> Container {
            var container = Container(name: name, image: "registry.example.com/team/\(name):1.4.2", command: ["/bin/\(name)", "--serve"])
            container.args = ["--port=\(port)", "--log-level=info"]
            container.ports = [ContainerPort(name: "http", containerPort: port, protocol: .tcp)]
            container.env = [
                EnvVar(name: "POD_NAME", value: "x"), EnvVar(name: "MODE", value: "production"),
                EnvVar(name: "CACHE_SIZE", value: "512"),
            ]
            container.resources = ResourceRequirements(
                limits: ["cpu": "500m", "memory": "256Mi"], requests: ["cpu": "250m", "memory": "128Mi"]
            )
            container.readinessProbe = Probe(httpGet: HTTPGetAction(path: "/healthz", port: .int(port)), periodSeconds: 5)
            return container
        }
        return Pod(
            metadata: ObjectMeta(
                name: name, namespace: "default",
                labels: ["app": "web", "tier": "frontend", "pod-template-hash": "7d9f8b6c5d"],
                annotations: ["example.com/owner": "team-web", "example.com/revision": "42"],
                ownerReferences: [OwnerReference(
                    apiVersion: "apps/v1", kind: "ReplicaSet", name: "web-7d9f8b6c5d",
                    uid: "0f6f5a64-8f1e-4f5e-9d8a-2b1c0d9e8f7a", controller: true, blockOwnerDeletion: true
                )]
            ),
            spec: PodSpec(
                containers: [container("web", port: 8080), container("sidecar", port: 9090)],
                nodeSelector: ["kubernetes.io/os": "linux"]
            )
        )
    }

    /// What one create costs on the loop thread, step by step, for the realistic Pod.
    static func stepCosts() throws {
        var pod = realisticPod("steps")
        pod.applyDefaults()
        let bytes = try JSONCodec.encode(pod)
        let iterations = 20_000
        func measure(_ name: String, _ body: () throws -> Int) rethrows {
            var sink = 0
            let start = ContinuousClock.now
            for _ in 0..<iterations { sink &+= try body() }
            let micros = (ContinuousClock.now - start).timeInterval * 1e6 / Double(iterations)
            print("  per create: \(name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(String(format: "%6.1f", micros)) µs" + (sink == 42 ? " " : ""))
        }
        try measure("encode (JSONCodec)") { try JSONCodec.encode(pod).count }
        try measure("decode (JSONCodec)") { try JSONCodec.decode(Pod.self, from: bytes).spec?.containers.count ?? 0 }
        measure("validate") { pod.validate().count }
        measure("applyDefaults") {
            var copy = pod
            copy.applyDefaults()
            return copy.spec?.containers.count ?? 0
        }
    }

    private struct Cluster {
        let directory: String
        let loop: EventLoop
        let store: EmbeddedStore
        let server: APIServer

        static func start() async throws -> Cluster {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("skiff-bench-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let loop = try EventLoop(name: "bench-apiserver")
            let store = try await EmbeddedStore(path: directory + "/skiff.db", options: EmbeddedStoreOptions(executor: loop))
            let server = APIServer(store: store, loop: loop, time: SystemTimeSource(loop: loop))
            try await server.start()
            return Cluster(directory: directory, loop: loop, store: store, server: server)
        }

        func stop() async throws {
            await server.stop()
            try await store.close()
            await loop.shutdown()
            try? FileManager.default.removeItem(atPath: directory)
        }
    }

    static func durableCreates(writers: Int, count: Int) async throws {
        let cluster = try await Cluster.start()
        let client = LocalClient(server: cluster.server)
        let template = realisticPod("template")
        let bytes = try JSONCodec.encode(template).count
        let perWriter = count / writers
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Int.self) { group in
            for writer in 0..<writers {
                group.addTask(executorPreference: cluster.loop.taskExecutor) {
                    var pod = template
                    var last = 0
                    for index in 0..<perWriter {
                        pod.metadata.name = "w\(writer)-\(index)"
                        last = Int(try await client.create(pod).metadata.resourceVersion ?? "0") ?? 0
                    }
                    return last
                }
            }
            for try await _ in group {}
        }
        let seconds = (ContinuousClock.now - start).timeInterval
        let total = perWriter * writers
        print(String(format: "durable Pod creates, %2d writer(s): %7.0f creates/s (%d creates of %d-byte Pods in %.2f s)",
                     writers, Double(total) / seconds, total, bytes, seconds))
        try await cluster.stop()
    }

    /// One write delivered to many watchers: latency from the write's acknowledgement to each
    /// watcher receiving it.
    static func watchFanOut(watchers: Int, writes: Int) async throws {
        let cluster = try await Cluster.start()
        let client = LocalClient(server: cluster.server)
        let start = try await client.create(realisticPod("start"))
        var streams: [WatchStream<Pod>] = []
        for _ in 0..<watchers {
            streams.append(try await client.watch(Pod.self, namespace: "default", resourceVersion: start.metadata.resourceVersion))
        }
        let clock = ContinuousClock()
        let origin = clock.now
        let latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
            for stream in streams {
                group.addTask(executorPreference: cluster.loop.taskExecutor) {
                    var received: [Double] = []
                    received.reserveCapacity(writes)
                    while received.count < writes, let event = try await stream.next() {
                        _ = event
                        received.append((clock.now - origin).timeInterval)
                    }
                    return received
                }
            }
            var sentAt: [Double] = []
            for index in 0..<writes {
                _ = try await client.create(realisticPod("fan-\(index)"))
                sentAt.append((clock.now - origin).timeInterval)
            }
            var all: [Double] = []
            for try await received in group {
                for (index, time) in received.enumerated() { all.append(max(0, time - sentAt[index])) }
            }
            return all.sorted()
        }
        func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] * 1e3 }
        print(String(format: "watch fan-out, %d watchers, %d writes: delivery after ack p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                     watchers, writes, percentile(0.5), percentile(0.99), (latencies.last ?? 0) * 1e3))
        for stream in streams { stream.cancel() }
        try await cluster.stop()
    }

    /// Resident memory added per stored Pod (the store's index keeps every value; the watch cache
    /// keeps its history of recent changes).
    ///
    /// Stores `count` Pods in two halves and measures after each, once the watch cache has caught
    /// up and the allocator has returned what no one uses (`malloc_trim`). The first half also
    /// fills the bounded caches (the watch history's last 10,000 changes per kind, the server's
    /// recent objects); the second half is what one more stored Pod costs.
    static func memoryPerPod(count: Int) async throws {
        let cluster = try await Cluster.start()
        let client = LocalClient(server: cluster.server)
        let half = count / 2
        func store(_ range: Range<Int>) async throws {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<64 {
                    group.addTask(executorPreference: cluster.loop.taskExecutor) {
                        for index in stride(from: range.lowerBound + writer, to: range.upperBound, by: 64) {
                            _ = try await client.create(realisticPod("mem-\(index)"))
                        }
                    }
                }
                for try await _ in group {}
            }
            // Measure once the watch cache has caught up with every write, not while events are
            // still queued between the store and the cache.
            let marker = try await client.create(realisticPod("mem-marker-\(range.lowerBound)"))
            let markerRevision = Int64(marker.metadata.resourceVersion ?? "") ?? 1
            let caughtUp = try await client.watch(
                Pod.self, namespace: "default", options: WatchOptions(resourceVersion: String(markerRevision - 1))
            )
            _ = try await caughtUp.next()
            caughtUp.cancel()
        }
        let before = trimmedResidentBytes()
        try await store(0..<half)
        let middle = trimmedResidentBytes()
        try await store(half..<count)
        let after = trimmedResidentBytes()
        print(String(format: "memory: %d Pods stored, RSS +%.1f MiB: %.0f bytes per Pod on average; the second %d cost %.0f bytes per Pod (the first %d, with the bounded caches filling, %.0f)",
                     count, Double(after - before) / 1_048_576, Double(after - before) / Double(count),
                     count - half, Double(after - middle) / Double(count - half), half, Double(middle - before) / Double(half)))
        try await cluster.stop()
    }

    /// Resident bytes after returning the allocator's unused pages to the system (so what is
    /// measured is live data, not allocator slack).
    static func trimmedResidentBytes() -> Int {
        if let symbol = dlsym(nil, "malloc_trim") {
            _ = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)(0)
        }
        return residentBytes()
    }

    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
