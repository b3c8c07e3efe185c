import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffClient
import SkiffLoop
import SkiffScheduler

/// Runs one `SchedulingWorkload` on a fresh `SchedulingCluster`, as scheduler_perf does:
/// create the nodes, start the scheduler, create the init pods (and wait for them to be bound
/// unless they cannot be), then create the measured pods at full speed — `creators` concurrent
/// writers, each with one create in flight — and wait until every measured pod is bound.
///
/// Only the measured phase is timed. CPU seconds cover the measured phase; peak RSS is the
/// process's high-water mark since the run started (reset first).
struct SchedulingRun {
    var workload: SchedulingWorkload
    var remote: Bool
    /// Concurrent pod creators.
    var creators = 256
    /// Give up waiting for bindings after this long (the result then says how many were bound).
    var timeout: Duration = .seconds(300)

    func run() async throws -> SchedulingResult {
        ProcessUsage.resetPeakResident()
        let watchBuffer = max(100_000, 4 * (workload.initPods + workload.measurePods))
        let cluster = try await SchedulingCluster.start(remote: remote, watchBufferCapacity: watchBuffer)
        let client = cluster.client
        let loop = cluster.serverLoop
        let workload = self.workload

        for namespace in workload.extraNamespaces {
            _ = try await client.create(Namespace(metadata: ObjectMeta(name: namespace)))
        }
        try await createNodes(client: client, loop: loop)

        let origin = ContinuousClock.now
        let observer = BindingObserver(loop: loop, origin: origin, measurePods: workload.measurePods)
        let stream = try await client.watch(Pod.self, namespace: nil, options: WatchOptions(
            resourceVersion: String(try await cluster.store.currentRevision())
        ))
        let observing = Task(executorPreference: loop.taskExecutor) { await observer.observe(stream) }

        await cluster.scheduler.start()

        // Init pods.
        _ = try await createPods(workload.initPods, prefix: "i", shape: workload.initShape, namespace: workload.initNamespace,
                                 client: client, loop: loop, origin: origin)
        if workload.waitForInitPods {
            let count = workload.initPods
            try await waitOrTimeOut(observer) { initBound, _ in initBound >= count }
        }

        // Measured pods. SKIFF_BENCH_TRACE=1 prints progress every 250 ms (where time goes).
        let scheduler = cluster.scheduler
        let tracer = ProcessInfo.processInfo.environment["SKIFF_BENCH_TRACE"] == nil ? nil : Task(executorPreference: loop.taskExecutor) {
            while !Task.isCancelled {
                try? await loop.sleep(for: .milliseconds(250))
                let now = (ContinuousClock.now - origin).timeInterval
                let scheduled = await scheduler.scheduledCount
                let queue = await scheduler.queueCounts
                let bound = await observer.measureBound
                let inFlight = await scheduler.bindingsInFlight
                print(String(format: "  t=%.2f bind returned=%d in flight=%d active=%d bound seen=%d", now, scheduled, inFlight, queue.active, bound))
            }
        }
        let cpuBefore = ProcessUsage.cpuSeconds()
        let start = (ContinuousClock.now - origin).timeInterval
        let createdAt = try await createPods(
            workload.measurePods, prefix: "m", shape: workload.measureShape, namespace: workload.measureNamespace,
            client: client, loop: loop, origin: origin
        )
        let count = workload.measurePods
        try await waitOrTimeOut(observer) { _, measureBound in measureBound >= count }
        tracer?.cancel()
        let cpuSeconds = ProcessUsage.cpuSeconds() - cpuBefore
        let peak = ProcessUsage.peakResidentBytes()
        let boundAt = await observer.measureBoundAt

        stream.cancel()
        observing.cancel()
        try await cluster.stop()

        let throughput = SchedulingResult.throughput(boundAt: boundAt, start: start)
        var latencies: [Double] = []
        latencies.reserveCapacity(boundAt.count)
        for (index, bound) in boundAt.enumerated() where !bound.isNaN {
            latencies.append(max(0, bound - createdAt[index]) * 1e3)
        }
        latencies.sort()
        return SchedulingResult(
            workload: workload.name, mode: remote ? "remote" : "local", nodes: workload.nodes,
            initPods: workload.initPods, measurePods: workload.measurePods, boundPods: latencies.count,
            seconds: throughput.seconds, podsPerSecond: throughput.average,
            windowP50: throughput.p50, windowP90: throughput.p90, windowP99: throughput.p99,
            latencyP50: SchedulingResult.percentile(latencies, 0.5), latencyP90: SchedulingResult.percentile(latencies, 0.9),
            latencyP99: SchedulingResult.percentile(latencies, 0.99),
            peakRSSMiB: Double(peak) / 1_048_576, cpuSeconds: cpuSeconds, upstreamThreshold: workload.upstreamThreshold
        )
    }

    private func waitOrTimeOut(_ observer: BindingObserver, until isDone: @escaping @Sendable (Int, Int) -> Bool) async throws {
        let timeout = self.timeout
        let alarm = Task(executorPreference: observer.loop.taskExecutor) {
            try? await observer.loop.sleep(for: timeout)
            if !Task.isCancelled { await observer.releaseWaiters() }
        }
        defer { alarm.cancel() }
        try await observer.wait(until: isDone)
    }

    /// Nodes are created, then given their status (a create drops it), 64 at a time.
    private func createNodes(client: LocalClient, loop: EventLoop) async throws {
        let workload = self.workload
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<64 {
                group.addTask(executorPreference: loop.taskExecutor) {
                    for index in stride(from: writer, to: workload.nodes, by: 64) {
                        let node = workload.node(index)
                        var created = try await client.create(node)
                        created.status = node.status
                        _ = try await client.updateStatus(created)
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    /// Creates `count` pods named `<prefix>-<index>` with `creators` writers; returns when each
    /// create was acknowledged, in seconds since `origin`, by index.
    private func createPods(
        _ count: Int, prefix: String, shape: SchedulingWorkload.PodShape, namespace: String,
        client: LocalClient, loop: EventLoop, origin: ContinuousClock.Instant
    ) async throws -> [Double] {
        guard count > 0 else { return [] }
        let writers = min(creators, count)
        var createdAt = Array(repeating: Double.nan, count: count)
        try await withThrowingTaskGroup(of: [(Int, Double)].self) { group in
            for writer in 0..<writers {
                group.addTask(executorPreference: loop.taskExecutor) {
                    var done: [(Int, Double)] = []
                    for index in stride(from: writer, to: count, by: writers) {
                        let pod = SchedulingWorkload.pod(shape, name: "\(prefix)-\(index)", namespace: namespace)
                        _ = try await client.create(pod)
                        done.append((index, (ContinuousClock.now - origin).timeInterval))
                    }
                    return done
                }
            }
            for try await done in group {
                for (index, time) in done { createdAt[index] = time }
            }
        }
        return createdAt
    }
}
