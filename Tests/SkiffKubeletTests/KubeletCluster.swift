import Foundation
import Glibc
import SkiffAPI
import SkiffAPIServer
import SkiffAPITesting
import SkiffClient
import SkiffLoop
import SkiffLoopTesting
import SkiffStore
import Testing
@testable import SkiffKubelet

/// A store + API server + one kubelet on a real loop with a manual clock, in a temporary directory.
struct KubeletCluster {
    let harness: APIServerHarness
    let kubelet: Kubelet
    var directory: String { harness.directory }
    var loop: EventLoop { harness.loop }
    var time: ManualTimeSource { harness.time }
    var store: EmbeddedStore { harness.store }
    var server: APIServer { harness.server }
    var client: LocalClient { harness.client }
    var nodeName: String { kubelet.nodeName }

    enum RuntimeKind { case process(bubblewrapPath: String?), simulated }

    static func start(
        runtime kind: RuntimeKind = .process(bubblewrapPath: Bubblewrap.locate()), configure: (inout Kubelet.Options) -> Void = { _ in }
    ) async throws -> KubeletCluster {
        let harness = try await APIServerHarness.start(name: "test-kubelet")
        let (loop, time) = (harness.loop, harness.time)
        let runtime: any ContainerRuntime = switch kind {
        case .process(let bubblewrapPath): ProcessRuntime(loop: loop, time: time, bubblewrapPath: bubblewrapPath)
        case .simulated: SimulatedRuntime(loop: loop, time: time)
        }
        var options = Kubelet.Options(nodeName: "node-1", dataDirectory: harness.directory + "/kubelet")
        options.podCIDR = "127.244.7.0/24"
        options.machine = MachineInfo(cpuCores: 4, memoryBytes: 8 << 30, ephemeralStorageBytes: 100 << 30, architecture: "amd64")
        options.log = { message in if ProcessInfo.processInfo.environment["SKIFF_TEST_LOG"] != nil { print(message) } }
        configure(&options)
        let kubelet = try Kubelet(client: harness.client, loop: loop, time: time, runtime: runtime, options: options)
        await kubelet.start()
        return KubeletCluster(harness: harness, kubelet: kubelet)
    }

    func stop() async throws {
        await kubelet.stop()
        try await harness.stop()
    }

    func pod(_ name: String) async throws -> Pod {
        try await client.get(Pod.self, name: name, namespace: "default")
    }

    func events(about name: String) async throws -> [SkiffAPI.Event] {
        try await client.list(SkiffAPI.Event.self, namespace: "default").items.filter { $0.involvedObject.name == name }
    }

    /// Waits (through a watch) for an event about pod `name` that satisfies `condition`; events
    /// are written in the background, so a test must not expect them the moment a status shows.
    @discardableResult
    func waitForEvent(
        about name: String, timeout: Duration = .seconds(20), sourceLocation: SourceLocation = #_sourceLocation,
        where condition: @escaping @Sendable (SkiffAPI.Event) -> Bool
    ) async throws -> SkiffAPI.Event? {
        let client = self.client
        let loop = self.loop
        let found: SkiffAPI.Event? = try await withThrowingTaskGroup(of: SkiffAPI.Event?.self) { group in
            group.addTask {
                while true {
                    let list = try await client.list(SkiffAPI.Event.self, namespace: "default")
                    if let event = list.items.first(where: { $0.involvedObject.name == name && condition($0) }) { return event }
                    let stream = try await client.watch(SkiffAPI.Event.self, namespace: "default", resourceVersion: list.metadata.resourceVersion)
                    defer { stream.cancel() }
                    do {
                        for try await change in stream where change.object.involvedObject.name == name && condition(change.object) {
                            return change.object
                        }
                    } catch let status as Status where status.code == 410 {
                        continue
                    }
                }
            }
            group.addTask {
                try await loop.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
        if found == nil { Issue.record("no matching event about \(name) in \(timeout)", sourceLocation: sourceLocation) }
        return found
    }

    /// Creates a pod bound to this kubelet's node.
    @discardableResult
    func run(_ name: String, _ containers: [Container], restartPolicy: RestartPolicy? = nil, configure: (inout Pod) -> Void = { _ in }) async throws -> Pod {
        var pod = Pod(
            metadata: ObjectMeta(name: name, namespace: "default"),
            spec: PodSpec(containers: containers, restartPolicy: restartPolicy, nodeName: nodeName)
        )
        configure(&pod)
        return try await client.create(pod)
    }

    /// Waits (through a watch, never polling) until pod `name` satisfies `condition`, and returns
    /// it; nil when it vanished. A real-time limit only turns a hang into a failure.
    @discardableResult
    func waitForPod(
        _ name: String, timeout: Duration = .seconds(20), sourceLocation: SourceLocation = #_sourceLocation,
        until condition: @escaping @Sendable (Pod?) -> Bool
    ) async throws -> Pod? {
        try await waitFor(Pod.self, name, namespace: "default", timeout: timeout, sourceLocation: sourceLocation, until: condition)
    }

    /// Waits (through a watch, never polling) until object `name` satisfies `condition`, and
    /// returns it; nil when it vanished. A real-time limit only turns a hang into a failure.
    @discardableResult
    func waitFor<Object: APIObject>(
        _ type: Object.Type, _ name: String, namespace: String?, timeout: Duration = .seconds(20),
        sourceLocation: SourceLocation = #_sourceLocation, until condition: @escaping @Sendable (Object?) -> Bool
    ) async throws -> Object? {
        let client = self.client
        let loop = self.loop
        let result: Object?? = try await withThrowingTaskGroup(of: Object??.self) { group in
            group.addTask {
                while true {
                    let list = try await client.list(Object.self, namespace: namespace, options: ListOptions(fieldSelector: "metadata.name=\(name)"))
                    var current = list.items.first
                    if condition(current) { return .some(current) }
                    let stream = try await client.watch(
                        Object.self, namespace: namespace, resourceVersion: list.metadata.resourceVersion, fieldSelector: "metadata.name=\(name)"
                    )
                    defer { stream.cancel() }
                    do {
                        for try await event in stream {
                            current = event.type == .deleted ? nil : event.object
                            if condition(current) { return .some(current) }
                        }
                    } catch let status as Status where status.code == 410 {
                        continue
                    }
                }
            }
            group.addTask {
                try await loop.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
        guard let result else {
            Issue.record("\(Object.resourceInfo.kind) \(name) did not reach the expected state in \(timeout)", sourceLocation: sourceLocation)
            throw CancellationError()
        }
        return result
    }

    /// Waits until a file that a container process writes exists, through the exit of a child
    /// process that waits for it (the kubelet's clock is not involved).
    func waitForFile(_ path: String, timeout: Duration = .seconds(20), sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let waiter = try await ChildProcess.spawn(
            executable: "sh", arguments: ["-c", "while [ ! -e \"$0\" ]; do sleep 0.01; done", path], newProcessGroup: true, on: loop
        )
        let loop = self.loop
        let exited = try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask { _ = try await waiter.waitForExit(); return true }
            group.addTask { try await loop.sleep(for: timeout); return false }
            defer { group.cancelAll() }
            return try await group.next() ?? false
        }
        if !exited {
            try? await waiter.signal(SIGKILL)
            Issue.record("\(path) did not appear in \(timeout)", sourceLocation: sourceLocation)
        }
    }

    /// Lets the loop finish what it can, then moves the manual clock.
    func advance(by duration: Duration) async {
        await loop.settle()
        await time.advance(by: duration)
    }
}

func withKubeletCluster(
    runtime: KubeletCluster.RuntimeKind = .process(bubblewrapPath: Bubblewrap.locate()),
    configure: (inout Kubelet.Options) -> Void = { _ in },
    _ body: (KubeletCluster) async throws -> Void
) async throws {
    let cluster = try await KubeletCluster.start(runtime: runtime, configure: configure)
    do {
        try await body(cluster)
    } catch {
        try? await cluster.stop()
        throw error
    }
    try await cluster.stop()
}

/// A container running `sh -c script`.
func shell(_ script: String, name: String = "app") -> Container {
    Container(name: name, image: "busybox", command: ["sh", "-c", script])
}

extension Pod {
    func containerStatus(_ name: String = "app") -> ContainerStatus? {
        status?.containerStatuses?.first { $0.name == name }
    }

    func condition(_ type: PodConditionType) -> ConditionStatus? {
        status?.conditions?.first { $0.type == type }?.status
    }
}
