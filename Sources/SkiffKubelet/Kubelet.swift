import Foundation
import SkiffAPI
import SkiffClient
import SkiffLoop

/// The node agent (upstream's kubelet), one actor per node, talking to the cluster only through
/// an `APIClient`.
///
/// What it does:
/// - **Registers** its Node (capacity and allocatable from the machine or `Options.machine`;
///   labels `kubernetes.io/hostname`, `kubernetes.io/os`, `kubernetes.io/arch`; addresses;
///   nodeInfo; `Ready=True`), creating it or taking over an existing one, then writes the status
///   through the status subresource (a create drops status).
/// - **Heartbeats**: renews its `Lease` in `kube-node-lease` every quarter of
///   `leaseDurationSeconds` (10 s), and re-writes the node status every
///   `nodeStatusUpdateFrequency` when it changed or when `nodeStatusReportFrequency` has passed.
/// - **Runs pods** bound to it (an informer with `spec.nodeName=<node>`): one `PodWorker` per pod,
///   each with a pod IP from `Options.podCIDR`, released when the pod is gone.
/// - **Logs and usage**: `logs(…)`, `followLogs(…)` and `usage()` read what the workers ran;
///   `podMetrics()` / `nodeMetrics()` turn usage into `metrics.k8s.io` rates.
///
/// All timing (leases, back-off, probes, grace periods) uses the injected `TimeSource`.
/// Isolation: an actor on `loop`; `start()` / `stop()`, or `run()` in a task preferring the loop.
/// `stop()` kills every container (children outlive their parent otherwise) but leaves pods in
/// the API server alone. Not promised: adopting processes of a previous kubelet.
public actor Kubelet: LoopBound {
    public nonisolated let loop: EventLoop
    public nonisolated let nodeName: String
    let client: any APIClient
    let time: any TimeSource
    let runtime: any ContainerRuntime
    let options: Options
    let machine: MachineInfo
    let events: EventRecorder
    private let podInformer: Informer<Pod>
    private var podIPs: PodIPAllocator
    private let context: PodWorkerContext

    private struct WorkerEntry {
        let worker: PodWorker
        let namespace: String
        let name: String
        var isFinished = false
        var isRemoved = false
    }

    private var workers: [String: WorkerEntry] = [:]
    private var uidsByKey: [String: String] = [:]
    private var newWorkers: [PodWorker] = []
    private var newWorkerWaiter: CheckedContinuation<PodWorker?, Never>?
    private var isStopping = false
    private var runTask: Task<Void, Never>?
    private var registrationWaiters: [CheckedContinuation<Void, Never>] = []
    /// The last usage sample of each container (by `ContainerUsageSample.Key`), the start of the
    /// next CPU rate.
    var usageSamples: [ContainerUsageSample.Key: ContainerUsageSample] = [:]

    /// The Node as last written by this kubelet.
    public internal(set) var node: Node?
    /// The Lease as last written by this kubelet.
    public internal(set) var lease: Lease?
    /// Node status writes since start (registration included).
    public internal(set) var nodeStatusUpdateCount = 0
    var lastNodeStatusReport: Date?

    /// - Throws: `PodIPAllocator.InvalidCIDR` when `options.podCIDR` is not an IPv4 CIDR.
    public init(
        client: any APIClient, loop: EventLoop, time: any TimeSource, runtime: any ContainerRuntime, options: Options
    ) throws {
        self.client = client
        self.loop = loop
        self.time = time
        self.runtime = runtime
        self.options = options
        self.nodeName = options.nodeName
        self.machine = options.machine ?? MachineInfo.current(dataDirectory: options.dataDirectory)
        self.podIPs = try PodIPAllocator(cidr: options.podCIDR)
        let events = EventRecorder(
            client: client, loop: loop, time: time, source: EventSource(component: "kubelet", host: options.nodeName),
            writesEventTime: true, capacity: options.eventBufferCapacity
        )
        self.events = events
        self.podInformer = Informer<Pod>(
            client: client, loop: loop, time: time, fieldSelector: "spec.nodeName=\(options.nodeName)"
        )
        self.context = PodWorkerContext(
            client: client, loop: loop, time: time, runtime: runtime, events: events, nodeName: options.nodeName,
            hostIP: options.nodeIP, dataDirectory: options.dataDirectory, log: options.log
        )
    }

    // MARK: Lifecycle

    /// Starts `run()` in a task on the loop; returns once the node is registered and the pod
    /// informer has synced.
    public func start() async {
        guard runTask == nil else { return }
        isStopping = false
        runTask = Task(executorPreference: loop.taskExecutor) { await self.run() }
        if node == nil { await withCheckedContinuation { registrationWaiters.append($0) } }
        await podInformer.waitForSync()
    }

    /// Kills every container (without deleting pods), stops the heartbeats and waits for `run()`.
    public func stop() async {
        isStopping = true
        for entry in workers.values { await entry.worker.shutdown() }
        newWorkerWaiter?.resume(returning: nil)
        newWorkerWaiter = nil
        let task = runTask
        runTask = nil
        // Workers finish once their containers are gone; then the rest is cancelled.
        while workers.values.contains(where: { !$0.isFinished }) && task != nil {
            await withCheckedContinuation { finishWaiters.append($0) }
        }
        task?.cancel()
        await task?.value
        for waiter in registrationWaiters { waiter.resume() }
        registrationWaiters = []
    }

    private var finishWaiters: [CheckedContinuation<Void, Never>] = []

    /// Registers the node, then runs heartbeats, the pod informer, pod workers, log rotation and
    /// the event writer until cancelled (or `stop()`).
    public func run() async {
        await registerNode()
        for waiter in registrationWaiters { waiter.resume() }
        registrationWaiters = []
        await podInformer.addHandler { [weak self] event in await self?.handle(event) }
        await withDiscardingTaskGroup { group in
            group.addTask { await self.podInformer.run() }
            group.addTask { await self.events.run() }
            group.addTask { await self.renewLeasePeriodically() }
            group.addTask { await self.updateNodeStatusPeriodically() }
            group.addTask { await self.rotateLogsPeriodically() }
            while let worker = await nextNewWorker() {
                group.addTask {
                    await worker.run()
                    await self.workerFinished(worker.uid)
                }
            }
            group.cancelAll()
        }
    }

    private func nextNewWorker() async -> PodWorker? {
        if isStopping || Task.isCancelled { return nil }
        if !newWorkers.isEmpty { return newWorkers.removeFirst() }
        return await withCheckedContinuation { newWorkerWaiter = $0 }
    }

    // MARK: Pods

    private func handle(_ event: Informer<Pod>.Event) async {
        switch event {
        case .added(let pod), .updated(_, let pod):
            await podChanged(pod)
        case .deleted(let pod):
            guard let uid = pod.metadata.uid, var entry = workers[uid] else { return }
            entry.isRemoved = true
            workers[uid] = entry
            await entry.worker.podRemoved()
            cleanUpIfDone(uid)
        }
    }

    private func podChanged(_ pod: Pod) async {
        guard let uid = pod.metadata.uid, pod.spec?.nodeName == nodeName else { return }
        if let entry = workers[uid] {
            await entry.worker.update(pod)
            return
        }
        // A finished pod this kubelet did not run (it ran before a restart) stays as it is.
        if pod.status?.phase == .succeeded || pod.status?.phase == .failed, pod.metadata.deletionTimestamp == nil { return }
        guard !isStopping else { return }
        let podIP: String?
        if pod.spec?.hostNetwork == true {
            podIP = options.nodeIP
        } else {
            podIP = podIPs.allocate(for: uid)
            if podIP == nil {
                await events.record(pod, type: .warning, reason: "FailedCreatePodSandBox", message: "no pod IPs left in \(options.podCIDR)")
            }
        }
        let worker = PodWorker(pod: pod, podIP: podIP, context: context)
        let namespace = pod.metadata.namespace ?? "default"
        let name = pod.metadata.name ?? ""
        workers[uid] = WorkerEntry(worker: worker, namespace: namespace, name: name)
        uidsByKey[namespace + "/" + name] = uid
        if pod.metadata.deletionTimestamp != nil { await worker.update(pod) }
        if let waiter = newWorkerWaiter {
            newWorkerWaiter = nil
            waiter.resume(returning: worker)
        } else {
            newWorkers.append(worker)
        }
    }

    private func workerFinished(_ uid: String) {
        workers[uid]?.isFinished = true
        cleanUpIfDone(uid)
        let waiters = finishWaiters
        finishWaiters = []
        for waiter in waiters { waiter.resume() }
    }

    /// Frees a pod's IP and files once its processes are gone and the API object too.
    private func cleanUpIfDone(_ uid: String) {
        guard let entry = workers[uid], entry.isFinished, entry.isRemoved || isStopping else { return }
        guard entry.isRemoved else { return }
        workers[uid] = nil
        let key = entry.namespace + "/" + entry.name
        if uidsByKey[key] == uid { uidsByKey[key] = nil }
        podIPs.release(uid)
        entry.worker.directory.remove()
    }

    /// Pods with a worker on this node (running, finished or terminating).
    public var podCount: Int { workers.count }

    // MARK: Logs and usage

    private func worker(namespace: String, pod: String) throws -> PodWorker {
        guard let uid = uidsByKey[namespace + "/" + pod], let entry = workers[uid] else {
            throw Status.notFound(resource: "pods", name: pod)
        }
        return entry.worker
    }

    private func logFile(namespace: String, pod: String, container: String?, previous: Bool) async throws -> (ContainerLogFile, ContainerRecord) {
        let worker = try worker(namespace: namespace, pod: pod)
        let names = await worker.containerNames
        let appNames = await worker.pod.spec?.containers.map(\.name) ?? []
        let name: String
        if let container {
            guard names.contains(container) else {
                throw Status.badRequest("container \(container) is not valid for pod \(pod)")
            }
            name = container
        } else if appNames.count == 1 {
            name = appNames[0]
        } else {
            throw Status.badRequest("a container name must be specified for pod \(pod), choose one of: [\(appNames.joined(separator: " "))]")
        }
        guard let record = await worker.container(name) else { throw Status.notFound(resource: "pods", name: pod) }
        // Each start writes `<restartCount>.log`; while a crashed container waits to restart, its
        // current log is still the one of the run that crashed, as with upstream's dead container.
        var restartCount = record.restartCount
        if previous {
            restartCount -= 1
            guard restartCount >= 0,
                  FileManager.default.fileExists(atPath: worker.directory.logPath(container: name, restartCount: restartCount))
            else {
                throw Status.badRequest("previous terminated container \"\(name)\" in pod \"\(pod)\" not found")
            }
        }
        return (ContainerLogFile(path: worker.directory.logPath(container: name, restartCount: restartCount)), record)
    }

    /// A container's log (stdout and stderr, interleaved as written), as `kubectl logs` shows it.
    ///
    /// - Parameters:
    ///   - container: required when the pod has several containers.
    ///   - previous: the log of the previous run of a restarted container.
    ///   - tailLines: only the last lines.
    /// - Throws: `Status` NotFound for an unknown pod, BadRequest for an unknown container or a
    ///   `previous` that does not exist.
    public func logs(
        namespace: String, pod: String, container: String? = nil, previous: Bool = false, tailLines: Int? = nil
    ) async throws -> String {
        let (file, _) = try await logFile(namespace: namespace, pod: pod, container: container, previous: previous)
        return String(decoding: file.read(tailLines: tailLines), as: UTF8.self)
    }

    /// Follows a container's current log (`kubectl logs -f`): what is there (or its last
    /// `tailLines`), then new output until the container exits; see `ContainerLogStream`.
    public func followLogs(
        namespace: String, pod: String, container: String? = nil, tailLines: Int? = nil,
        pollInterval: Duration = .milliseconds(250)
    ) async throws -> ContainerLogStream {
        let (file, record) = try await logFile(namespace: namespace, pod: pod, container: container, previous: false)
        let worker = try worker(namespace: namespace, pod: pod)
        let size = UInt64((try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0)
        var start: UInt64 = 0
        if let tailLines {
            start = size - UInt64(ContainerLogFile.tail(file.read(from: 0).0, lines: tailLines).count)
        }
        let handle = record.handle
        let name = record.name
        return ContainerLogStream(file: file, startOffset: start, pollInterval: pollInterval, time: time) {
            guard let handle else { return false }
            return await worker.container(name)?.handle == handle
        }
    }

    /// CPU and memory of every running container on this node, by pod.
    public func usage() async -> [PodUsage] {
        await runningContainers().map { pod in
            PodUsage(
                namespace: pod.namespace, name: pod.name, uid: pod.uid,
                containers: Dictionary(pod.containers.map { ($0.name, $0.usage) }, uniquingKeysWith: { first, _ in first })
            )
        }
    }

    /// One pod's running containers with their usage now, as `runningContainers()` reads them.
    struct RunningPod {
        var namespace: String
        var name: String
        var uid: String
        var containers: [(name: String, containerID: String, runningSince: Date?, usage: ContainerUsage)]
    }

    /// Every pod worker's running containers and their usage now, by pod uid.
    func runningContainers() async -> [RunningPod] {
        var result: [RunningPod] = []
        for (uid, entry) in workers.sorted(by: { $0.key < $1.key }) {
            var pod = RunningPod(namespace: entry.namespace, name: entry.name, uid: uid, containers: [])
            for name in await entry.worker.containerNames {
                guard let record = await entry.worker.container(name), let handle = record.handle,
                      let usage = await runtime.usage(handle) else { continue }
                pod.containers.append((name, record.containerID ?? "", record.runningSince, usage))
            }
            result.append(pod)
        }
        return result
    }

    // MARK: Log rotation

    private func rotateLogsPeriodically() async {
        while !Task.isCancelled {
            do { try await time.sleep(for: options.logRotationInterval) } catch { return }
            for entry in workers.values {
                for name in await entry.worker.containerNames {
                    guard let record = await entry.worker.container(name), record.handle != nil else { continue }
                    let path = entry.worker.directory.logPath(container: name, restartCount: record.restartCount)
                    ContainerLogFile(path: path).rotateIfLarger(than: options.containerLogMaxBytes)
                }
            }
        }
    }
}

/// The resource usage of one pod's running containers (`skiff top`).
public struct PodUsage: Sendable, Hashable {
    public var namespace: String
    public var name: String
    public var uid: String
    /// Usage by container name; a container that is not running is absent.
    public var containers: [String: ContainerUsage]

    /// The pod's total.
    public var total: ContainerUsage {
        containers.values.reduce(ContainerUsage(cpuSeconds: 0, memoryBytes: 0)) {
            ContainerUsage(cpuSeconds: $0.cpuSeconds + $1.cpuSeconds, memoryBytes: $0.memoryBytes + $1.memoryBytes)
        }
    }
}
