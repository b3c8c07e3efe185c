import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffClient
import SkiffLoop
import SkiffScheduler
import SkiffStore
import SkiffWire
import SkiffWireServer

/// The cluster a scheduling workload runs on: a durable `EmbeddedStore`, the `APIServer` and a
/// `Scheduler`, with no kubelets (nodes are API objects only, as in scheduler_perf).
///
/// Local: one loop holds everything and the scheduler uses a `LocalClient` (Skiff's all-in-one
/// process). Remote: the scheduler runs on a second loop and talks to the API server through a
/// `WireServer` on loopback TCP with a `RemoteClient` — the split deployment, within one
/// process so the figures are comparable.
struct SchedulingCluster {
    /// The PriorityClass of upstream's high-priority pods (value 10).
    static let highPriorityClass = "bench-high"

    let directory: String
    let serverLoop: EventLoop
    let schedulerLoop: EventLoop?
    let store: EmbeddedStore
    let server: APIServer
    let wire: WireServer?
    let remote: RemoteClient?
    let scheduler: Scheduler
    /// The client of the workload's own calls (pod and node creation, the bound-pod watch): a
    /// `LocalClient` on the server's loop in both modes, so only the scheduler is split.
    var client: LocalClient { LocalClient(server: server) }

    static func start(remote isRemote: Bool, watchBufferCapacity: Int) async throws -> SchedulingCluster {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("skiff-bench-schedule-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let serverLoop = try EventLoop(name: "bench-apiserver")
        // The API server's own store watch gets the same allowance: under a burst of creates it
        // lags the commits it shares the loop with.
        let store = try await EmbeddedStore(
            path: directory + "/skiff.db",
            options: EmbeddedStoreOptions(watchBufferCapacity: watchBufferCapacity, executor: serverLoop)
        )
        var serverOptions = APIServer.Options()
        // 150,000 pods make 300,000 pod events in a few seconds: a watcher (the scheduler's
        // informer, the bound-pod counter) must not be expired for lagging a burst.
        serverOptions.watchBufferCapacity = watchBufferCapacity
        let server = APIServer(store: store, loop: serverLoop, time: SystemTimeSource(loop: serverLoop), options: serverOptions)
        try await server.start()
        _ = try await LocalClient(server: server).create(PriorityClass(metadata: ObjectMeta(name: highPriorityClass), value: 10))

        var options = Scheduler.Options()
        options.seed = 1
        options.log = { _ in }
        if isRemote {
            let wire = WireServer(server: server, onError: { _ in })
            let address = try await wire.start(host: "127.0.0.1", port: 0)
            let schedulerLoop = try EventLoop(name: "bench-scheduler")
            var clientOptions = RemoteClient.Options()
            clientOptions.watchBufferCapacity = watchBufferCapacity
            let remote = try await RemoteClient.connect(to: address, options: clientOptions, on: schedulerLoop)
            let scheduler = try Scheduler(client: remote, loop: schedulerLoop, time: SystemTimeSource(loop: schedulerLoop), options: options)
            return SchedulingCluster(
                directory: directory, serverLoop: serverLoop, schedulerLoop: schedulerLoop, store: store, server: server,
                wire: wire, remote: remote, scheduler: scheduler
            )
        }
        let scheduler = try Scheduler(
            client: LocalClient(server: server), loop: serverLoop, time: SystemTimeSource(loop: serverLoop), options: options
        )
        return SchedulingCluster(
            directory: directory, serverLoop: serverLoop, schedulerLoop: nil, store: store, server: server,
            wire: nil, remote: nil, scheduler: scheduler
        )
    }

    func stop() async throws {
        await scheduler.stop()
        await remote?.close()
        await wire?.stop()
        await server.stop()
        try await store.close()
        if let schedulerLoop { await schedulerLoop.shutdown() }
        await serverLoop.shutdown()
        try? FileManager.default.removeItem(atPath: directory)
    }
}
