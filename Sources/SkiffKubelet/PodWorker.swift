import Foundation
import Glibc
import SkiffAPI
import SkiffClient
import SkiffLoop

/// Runs one pod on this node from acknowledgement to removal (upstream's pod worker + `SyncPod`):
/// prepares the pod directory and volumes, runs init containers in order, then supervises every
/// container — restart policy, CrashLoopBackOff, startup/liveness/readiness probes — and writes
/// the pod status through the status subresource.
///
/// Termination: when the pod gets a `deletionTimestamp` (or vanishes), supervision stops and each
/// running container gets its preStop hook, SIGTERM, the grace period on the injected clock, then
/// SIGKILL. With a deletion pending, the worker writes the final status and then deletes the pod
/// with grace period 0, so the API object disappears only once the processes are gone.
///
/// Status writes are coalesced: a change marks the status dirty and one writer sends the latest
/// whole status, re-reading the pod on `Conflict`. Isolation: an actor on the kubelet's loop.
actor PodWorker: LoopBound {
    static let backOffReason = "CrashLoopBackOff"
    static let configErrorReason = "CreateContainerConfigError"

    nonisolated let loop: EventLoop
    nonisolated let uid: String
    let directory: PodDirectory
    let podIP: String?
    private let context: PodWorkerContext
    private var time: any TimeSource { context.time }
    private var runtime: any ContainerRuntime { context.runtime }

    /// The latest pod seen (informer or own status write).
    private(set) var pod: Pod
    private var initNames: [String] = []
    private var appNames: [String] = []
    private(set) var records: [String: ContainerRecord] = [:]
    private let startTime: Date
    private var isSandboxReady = false
    private var isTerminated = false
    private var isPodGone = false

    private var terminationGrace: Int64?
    private var deletesPodWhenStopped = false
    private var terminationWaiter: CheckedContinuation<Void, Never>?

    private var statusGeneration = 0
    private var writtenGeneration = 0
    private var isWriterStopping = false
    private var writerWaiter: CheckedContinuation<Void, Never>?
    private var flushWaiters: [(generation: Int, continuation: CheckedContinuation<Void, Never>)] = []

    init(pod: Pod, podIP: String?, context: PodWorkerContext) {
        self.pod = pod
        self.uid = pod.metadata.uid ?? ""
        self.podIP = podIP
        self.context = context
        self.loop = context.loop
        self.startTime = pod.status?.startTime?.date ?? context.time.now()
        self.directory = PodDirectory(
            dataDirectory: context.dataDirectory, namespace: pod.metadata.namespace ?? "default",
            name: pod.metadata.name ?? "", uid: pod.metadata.uid ?? ""
        )
        for container in pod.spec?.initContainers ?? [] {
            initNames.append(container.name)
            records[container.name] = ContainerRecord(spec: container, isInit: true)
        }
        for container in pod.spec?.containers ?? [] {
            appNames.append(container.name)
            var record = ContainerRecord(spec: container, isInit: false)
            if !initNames.isEmpty { record.state = ContainerState(waiting: ContainerStateWaiting(reason: "PodInitializing")) }
            records[container.name] = record
        }
    }

    private var restartPolicy: RestartPolicy { pod.spec?.restartPolicy ?? .always }

    // MARK: Requests from the kubelet

    /// A newer version of the pod from the informer.
    func update(_ newer: Pod) {
        guard newer.metadata.uid == uid else { return }
        pod = newer
        if newer.metadata.deletionTimestamp != nil {
            requestTermination(grace: newer.metadata.deletionGracePeriodSeconds ?? newer.spec?.terminationGracePeriodSeconds ?? 30, deletePod: true)
        }
    }

    /// The pod is gone from the API server (deleted with no grace period, or our own final delete).
    func podRemoved() {
        isPodGone = true
        requestTermination(grace: 0, deletePod: false)
    }

    /// Stops the containers without touching the API object (kubelet shutdown).
    func shutdown() {
        isPodGone = true
        requestTermination(grace: 0, deletePod: false)
    }

    private func requestTermination(grace: Int64, deletePod: Bool) {
        if deletePod { deletesPodWhenStopped = true }
        terminationGrace = min(terminationGrace ?? grace, grace)
        terminationWaiter?.resume()
        terminationWaiter = nil
    }

    /// Restart count and handle of a container, for logs and usage.
    func container(_ name: String) -> ContainerRecord? { records[name] }

    var containerNames: [String] { initNames + appNames }

    // MARK: Run

    /// Runs the pod until it has been terminated (see the type); returns when its processes are gone.
    func run() async {
        await withDiscardingTaskGroup { group in
            group.addTask { await self.writeStatuses() }
            await withDiscardingTaskGroup { containers in
                containers.addTask { await self.runContainers() }
                await self.waitForTerminationRequest()
                containers.cancelAll()
            }
            await stopAll()
            isTerminated = true
            statusChanged()
            if deletesPodWhenStopped && !isPodGone {
                await flushStatus()
                await deletePod()
            }
            stopStatusWriter()
        }
    }

    private func waitForTerminationRequest() async {
        if terminationGrace != nil { return }
        await withCheckedContinuation { terminationWaiter = $0 }
    }

    private func runContainers() async {
        do {
            try directory.create()
        } catch {
            context.log("kubelet: cannot create \(directory.path): \(error)")
        }
        guard podIP != nil else {
            // Upstream leaves such a pod in ContainerCreating with FailedCreatePodSandBox events
            // (the kubelet recorded one) until an address frees up; Skiff does not retry yet.
            for name in initNames + appNames {
                setWaiting(name, reason: "ContainerCreating", message: "no pod IP available on node \(context.nodeName)")
            }
            return
        }
        isSandboxReady = true
        statusChanged()
        let volumePaths: [String: String]
        do {
            volumePaths = try await PodVolumes(pod: pod, directory: directory, client: context.client).prepare()
        } catch {
            let message = (error as? ContainerConfigError)?.message ?? "\(error)"
            await context.events.record(pod, type: .warning, reason: "FailedMount", message: "MountVolume.SetUp failed: \(message)")
            for name in initNames + appNames { setWaiting(name, reason: Self.configErrorReason, message: message) }
            return
        }
        for name in initNames {
            guard await superviseInit(name, volumePaths: volumePaths) else { return }
        }
        for name in appNames where !initNames.isEmpty {
            setWaiting(name, reason: "ContainerCreating", message: nil)
        }
        await withDiscardingTaskGroup { group in
            for name in appNames {
                group.addTask { await self.supervise(name, volumePaths: volumePaths) }
            }
        }
    }

    /// Runs an init container to success; false when it failed for good (or termination began).
    private func superviseInit(_ name: String, volumePaths: [String: String]) async -> Bool {
        while !Task.isCancelled {
            guard let exit = await runOnce(name, volumePaths: volumePaths) else {
                if Task.isCancelled { return false }
                continue
            }
            if exit.exitCode == 0 { return true }
            if restartPolicy == .never { return false }
            guard await backOff(name) else { return false }
        }
        return false
    }

    /// Keeps an app container running as its restart policy says.
    private func supervise(_ name: String, volumePaths: [String: String]) async {
        while !Task.isCancelled {
            guard let exit = await runOnce(name, volumePaths: volumePaths) else {
                if Task.isCancelled { return }
                continue
            }
            let restarts = switch restartPolicy {
            case .never: false
            case .onFailure: exit.exitCode != 0
            default: true
            }
            guard restarts else { return }
            guard await backOff(name) else { return }
        }
    }

    /// Starts the container once and waits for it to end; the exit, or nil when the start failed
    /// for a configuration error (after its back-off) or termination began.
    private func runOnce(_ name: String, volumePaths: [String: String]) async -> ContainerExit? {
        guard let record = records[name] else { return nil }
        let handle: ContainerHandle
        do {
            let config = try await configuration(for: record, volumePaths: volumePaths)
            handle = try await runtime.start(config)
        } catch let error as ContainerConfigError {
            setWaiting(name, reason: Self.configErrorReason, message: error.message)
            await context.events.record(pod, container: name, isInitContainer: record.isInit, type: .warning, reason: "Failed", message: "Error: \(error.message)")
            _ = await backOff(name, reason: Self.configErrorReason, message: error.message)
            return nil
        } catch {
            // The runtime could not start this attempt (a missing executable, say): upstream
            // reports it as a StartError exit and restarts with back-off.
            if Task.isCancelled { return nil }
            let now = Time(time.now())
            records[name]?.state = ContainerState(terminated: ContainerStateTerminated(
                exitCode: 128, reason: "StartError", message: "\(error)", startedAt: now, finishedAt: now
            ))
            statusChanged()
            await context.events.record(pod, container: name, isInitContainer: record.isInit, type: .warning, reason: "Failed", message: "Error: \(error)")
            return ContainerExit(exitCode: 128)
        }
        let startedAt = time.now()
        let containerID = "\(runtime.name)://\(handle.id)"
        records[name]?.handle = handle
        records[name]?.containerID = containerID
        records[name]?.runningSince = startedAt
        records[name]?.state = ContainerState(running: ContainerStateRunning(startedAt: Time(startedAt)))
        let hasStartupProbe = record.spec.startupProbe != nil && !record.isInit
        records[name]?.started = !hasStartupProbe
        records[name]?.ready = !record.isInit && record.spec.readinessProbe == nil && !hasStartupProbe
        statusChanged()
        await context.events.record(pod, container: name, isInitContainer: record.isInit, reason: "Started", message: "Started container \(name)")

        let exit: ContainerExit? = await withTaskGroup(of: ContainerExit?.self) { group in
            group.addTask { try? await self.runtime.wait(handle) }
            if !record.isInit {
                group.addTask {
                    await self.probe(name, handle: handle)
                    return nil
                }
            }
            while let result = await group.next() {
                if let result {
                    group.cancelAll()
                    return result
                }
                if Task.isCancelled { break }
            }
            group.cancelAll()
            return nil
        }
        guard let exit, !Task.isCancelled else { return nil }
        recordExit(name, exit, handle: handle)
        return exit
    }

    private func recordExit(_ name: String, _ exit: ContainerExit, handle: ContainerHandle) {
        guard var record = records[name], record.handle == handle else { return }
        let now = time.now()
        record.state = ContainerState(terminated: ContainerStateTerminated(
            exitCode: exit.exitCode, signal: exit.signal, reason: exit.exitCode == 0 ? "Completed" : "Error",
            startedAt: record.runningSince.map { Time($0) }, finishedAt: Time(now), containerID: record.containerID
        ))
        record.ready = record.isInit && exit.exitCode == 0
        record.handle = nil
        records[name] = record
        statusChanged()
        Task(executorPreference: loop.taskExecutor) { [runtime] in await runtime.remove(handle) }
    }

    /// Waits out the crash-loop back-off before the next start; false when termination began.
    private func backOff(_ name: String, reason: String = PodWorker.backOffReason, message: String? = nil) async -> Bool {
        guard var record = records[name] else { return false }
        let ranFor = record.runningSince.map { time.now().timeIntervalSince($0) } ?? 0
        let delay = record.backOff.next(ranFor: ranFor)
        if record.isTerminated { record.lastState = record.state }
        let podName = pod.metadata.name ?? ""
        let namespace = pod.metadata.namespace ?? ""
        let waitingMessage = message ?? "back-off \(Int(delay))s restarting failed container=\(name) pod=\(podName)_\(namespace)(\(uid))"
        record.state = ContainerState(waiting: ContainerStateWaiting(reason: reason, message: waitingMessage))
        record.ready = false
        records[name] = record
        statusChanged()
        if reason == Self.backOffReason {
            await context.events.record(
                pod, container: name, isInitContainer: record.isInit, type: .warning, reason: "BackOff",
                message: "Back-off restarting failed container \(name) in pod \(podName)_\(namespace)(\(uid))"
            )
        }
        do {
            try await time.sleep(for: .milliseconds(Int64(delay * 1000)))
        } catch {
            return false
        }
        if reason == Self.backOffReason { records[name]?.restartCount += 1 }
        return true
    }

    private func setWaiting(_ name: String, reason: String, message: String?) {
        records[name]?.state = ContainerState(waiting: ContainerStateWaiting(reason: reason, message: message))
        records[name]?.ready = false
        statusChanged()
    }

    private func configuration(for record: ContainerRecord, volumePaths: [String: String]) async throws -> ContainerConfig {
        let environment = try await ContainerEnvironment(
            pod: pod, podIP: podIP ?? context.hostIP, hostIP: context.hostIP, nodeName: context.nodeName, client: context.client
        ).resolve(for: record.spec)
        let commandLine = ((record.spec.command ?? []) + (record.spec.args ?? [])).map {
            ContainerEnvironment.expand($0, with: environment)
        }
        return ContainerConfig(
            podNamespace: pod.metadata.namespace ?? "default", podName: pod.metadata.name ?? "", podUID: uid,
            containerName: record.name, image: record.spec.image ?? "", commandLine: commandLine,
            environment: environment, workingDirectory: record.spec.workingDir,
            logPath: directory.logPath(container: record.name, restartCount: record.restartCount),
            mounts: try PodVolumes.mounts(of: record.spec, paths: volumePaths),
            podAnnotations: pod.metadata.annotations ?? [:], restartCount: record.restartCount
        )
    }

    // MARK: Probes

    /// Runs the container's startup probe, then its liveness and readiness probes, until the
    /// task is cancelled (the container exited) or a failing probe killed the container.
    private func probe(_ name: String, handle: ContainerHandle) async {
        guard let spec = records[name]?.spec else { return }
        let prober = Prober(runtime: runtime, loop: loop, time: time, podIP: podIP ?? context.hostIP)
        let startedAt = time.now()
        if let startup = spec.startupProbe {
            let passed = await ProbeLoop(kind: "Startup", probe: startup, startedAt: startedAt).run(
                prober: prober, container: spec, handle: handle, time: time,
                onResult: { result in await self.probeResult(name, kind: "Startup", result) },
                stopWhen: { isSuccess in isSuccess }
            )
            guard passed == true else {
                if passed == false { await kill(name, handle: handle, because: "failed startup probe", probe: startup) }
                return
            }
            records[name]?.started = true
            if spec.readinessProbe == nil { records[name]?.ready = true }
            statusChanged()
        }
        await withDiscardingTaskGroup { group in
            if let liveness = spec.livenessProbe {
                group.addTask {
                    let outcome = await ProbeLoop(kind: "Liveness", probe: liveness, startedAt: startedAt).run(
                        prober: prober, container: spec, handle: handle, time: self.time,
                        onResult: { result in await self.probeResult(name, kind: "Liveness", result) },
                        stopWhen: { isSuccess in !isSuccess }
                    )
                    if outcome == false { await self.kill(name, handle: handle, because: "failed liveness probe", probe: liveness) }
                }
            }
            if let readiness = spec.readinessProbe {
                group.addTask {
                    _ = await ProbeLoop(kind: "Readiness", probe: readiness, startedAt: startedAt).run(
                        prober: prober, container: spec, handle: handle, time: self.time,
                        onResult: { result in await self.probeResult(name, kind: "Readiness", result) },
                        onThreshold: { isSuccess in await self.setReady(name, isSuccess, handle: handle) },
                        stopWhen: { _ in false }
                    )
                }
            }
        }
    }

    private func probeResult(_ name: String, kind: String, _ result: ProbeResult) async {
        guard case .failure(let message) = result else { return }
        await context.events.record(
            pod, container: name, type: .warning, reason: "Unhealthy", message: "\(kind) probe failed: \(message)"
        )
    }

    private func setReady(_ name: String, _ isReady: Bool, handle: ContainerHandle) {
        guard records[name]?.handle == handle, records[name]?.started == true, records[name]?.ready != isReady else { return }
        records[name]?.ready = isReady
        statusChanged()
    }

    /// Stops a container a probe failed, so its restart policy restarts it.
    private func kill(_ name: String, handle: ContainerHandle, because reason: String, probe: Probe) async {
        guard let spec = records[name]?.spec else { return }
        let grace = probe.terminationGracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30
        await context.events.record(pod, container: name, reason: "Killing", message: "Container \(name) \(reason), will be restarted")
        _ = await stop(spec, handle: handle, gracePeriod: grace)
    }

    // MARK: Stopping

    /// preStop, SIGTERM, up to `gracePeriod` seconds on the injected clock, then SIGKILL; returns
    /// how the container ended.
    private func stop(_ spec: Container, handle: ContainerHandle, gracePeriod: Int64) async -> ContainerExit? {
        let deadline = time.now().addingTimeInterval(TimeInterval(max(gracePeriod, 0)))
        if let hook = spec.lifecycle?.preStop, gracePeriod > 0 {
            let prober = Prober(runtime: runtime, loop: loop, time: time, podIP: podIP ?? context.hostIP)
            var result = ProbeResult.success
            if let exec = hook.exec {
                result = await prober.run(exec, handle: handle, timeout: .seconds(gracePeriod))
            } else if let sleep = hook.sleep {
                try? await time.sleep(for: .seconds(min(sleep.seconds, gracePeriod)))
            } else if hook.httpGet != nil || hook.tcpSocket != nil {
                result = await prober.check(Probe(httpGet: hook.httpGet, tcpSocket: hook.tcpSocket, timeoutSeconds: Int32(clamping: gracePeriod)), container: spec, handle: handle)
            }
            if case .failure(let message) = result {
                await context.events.record(pod, container: spec.name, type: .warning, reason: "FailedPreStopHook", message: "PreStopHook failed: \(message)")
            }
        }
        await runtime.signal(handle, SIGTERM)
        let remaining = max(deadline.timeIntervalSince(time.now()), 0)
        if remaining > 0, let exit = try? await withTimeout(.milliseconds(Int64(remaining * 1000)), on: time, { try await self.runtime.wait(handle) }) {
            return exit
        }
        await runtime.signal(handle, SIGKILL)
        return try? await runtime.wait(handle)
    }

    /// Stops every running container of the pod at once, with the termination grace period.
    private func stopAll() async {
        let grace = terminationGrace ?? 0
        let running = records.values.compactMap { record in record.handle.map { (record.spec, $0) } }
        let exits = await withTaskGroup(of: (String, ContainerHandle, ContainerExit?).self) { group in
            for (spec, handle) in running {
                group.addTask {
                    if !(await self.isPodGone) {
                        await self.context.events.record(await self.pod, container: spec.name, reason: "Killing", message: "Stopping container \(spec.name)")
                    }
                    return (spec.name, handle, await self.stop(spec, handle: handle, gracePeriod: grace))
                }
            }
            var exits: [(String, ContainerHandle, ContainerExit?)] = []
            for await exit in group { exits.append(exit) }
            return exits
        }
        for (name, handle, exit) in exits {
            recordExit(name, exit ?? ContainerExit(exitCode: 137, signal: SIGKILL), handle: handle)
        }
        for name in initNames + appNames { records[name]?.ready = false }
    }

    private func deletePod() async {
        let options = DeleteOptions(gracePeriodSeconds: 0, preconditions: DeleteOptions.Preconditions(uid: uid))
        do {
            _ = try await context.client.delete(Pod.self, name: pod.metadata.name ?? "", namespace: pod.metadata.namespace, options: options)
        } catch let status as Status where status.code == 404 || status.code == 409 {
            // Already gone, or a new pod with the same name: nothing of ours left to delete.
        } catch {
            context.log("kubelet: cannot delete pod \(pod.metadata.namespace ?? "")/\(pod.metadata.name ?? ""): \(error)")
        }
    }

    // MARK: Status

    private func statusChanged() {
        statusGeneration += 1
        writerWaiter?.resume()
        writerWaiter = nil
    }

    /// Waits until everything changed so far has been written (or given up on).
    func flushStatus() async {
        let target = statusGeneration
        if writtenGeneration >= target { return }
        await withCheckedContinuation { flushWaiters.append((target, $0)) }
    }

    private func stopStatusWriter() {
        isWriterStopping = true
        writerWaiter?.resume()
        writerWaiter = nil
    }

    private func writeStatuses() async {
        while true {
            if writtenGeneration >= statusGeneration {
                if isWriterStopping { return }
                await withCheckedContinuation { writerWaiter = $0 }
                continue
            }
            let generation = statusGeneration
            await writeStatus()
            writtenGeneration = generation
            let done = flushWaiters.filter { $0.generation <= generation }
            flushWaiters.removeAll { $0.generation <= generation }
            for waiter in done { waiter.continuation.resume() }
        }
    }

    private func computeStatus(previous: PodStatus?) -> PodStatus {
        PodStatusComputation.status(PodStatusComputation.Input(
            previous: previous, initContainers: initNames.compactMap { records[$0] },
            containers: appNames.compactMap { records[$0] }, restartPolicy: restartPolicy, podIP: podIP,
            hostIP: context.hostIP, startTime: startTime, isSandboxReady: isSandboxReady,
            isTerminated: isTerminated, now: time.now()
        ))
    }

    private func writeStatus() async {
        for attempt in 0..<5 {
            if isPodGone { return }
            var target = pod
            let status = computeStatus(previous: target.status)
            if status == target.status { return }
            target.status = status
            do {
                let written = try await context.client.updateStatus(target)
                if written.metadata.uid == uid { pod = written }
                return
            } catch let error as Status where error.code == 409 {
                // Someone else wrote the pod since we read it: re-read and write again.
                guard let fresh = try? await context.client.get(Pod.self, name: pod.metadata.name ?? "", namespace: pod.metadata.namespace),
                      fresh.metadata.uid == uid else { return }
                pod = fresh
            } catch let error as Status where error.code == 404 {
                isPodGone = true
                return
            } catch {
                context.log("kubelet: status of \(pod.metadata.namespace ?? "")/\(pod.metadata.name ?? "") (attempt \(attempt + 1)): \(error)")
            }
        }
    }
}
