import Foundation
import SkiffAPIServer
import SkiffClient
import SkiffControllers
import SkiffKubelet
import SkiffLoop
import SkiffScheduler

/// `skiff up`: a whole cluster in one process — the `apiserver` role plus the scheduler, the
/// controllers and one kubelet per node (real processes, or simulated ones) — every component
/// talking to the API server through an in-process `LocalClient` on the same loop (no sockets
/// between them), while the wire listener serves `skiff` commands and components in other
/// processes.
///
/// Contract: `start` returns once the API server answers and the components have synced their
/// informers; `stop()` stops the components first, then the API server role.
public final class AllInOneCluster: Sendable {
    /// What to run.
    public struct Options: Sendable {
        public var dataDirectory: String
        public var host = "127.0.0.1"
        public var port = 7443
        /// Seed of the scheduler's tie-breaking.
        public var schedulerSeed: UInt64 = 0
        /// How many nodes (one kubelet each): `node-1` … `node-N`, pod CIDRs `127.244.<i>.0/24`.
        public var nodes = 1
        /// Simulated nodes: pods go Running without processes (kwok-style), for big clusters.
        public var simulated = false

        public init(dataDirectory: String) {
            self.dataDirectory = dataDirectory
        }
    }

    public let apiServer: APIServerRole
    public let scheduler: Scheduler
    public let controllers: ControllerManager
    public let kubelets: [Kubelet]

    private init(apiServer: APIServerRole, scheduler: Scheduler, controllers: ControllerManager, kubelets: [Kubelet]) {
        self.apiServer = apiServer
        self.scheduler = scheduler
        self.controllers = controllers
        self.kubelets = kubelets
    }

    /// The in-process client the components use.
    public var client: LocalClient { LocalClient(server: apiServer.server) }

    /// Starts the API server role, then the components on `loop`.
    public static func start(_ options: Options, log: @escaping @Sendable (String) -> Void, on loop: EventLoop) async throws -> AllInOneCluster {
        let time = SystemTimeSource(loop: loop)
        let apiServer = try await APIServerRole.start(
            dataDirectory: options.dataDirectory, host: options.host, port: options.port, time: time, on: loop
        )
        do {
            var schedulerOptions = Scheduler.Options()
            schedulerOptions.seed = options.schedulerSeed
            schedulerOptions.log = log
            let client = LocalClient(server: apiServer.server)
            var kubelets: [Kubelet] = []
            for index in 1...max(1, options.nodes) {
                kubelets.append(try makeKubelet(index: index, options: options, client: client, time: time, log: log, on: loop))
            }
            await apiServer.server.setKubeletClient(LocalKubeletClient(kubelets: kubelets, time: time))
            let scheduler = try Scheduler(client: client, loop: loop, time: time, options: schedulerOptions)
            // Nodes first, so the scheduler's first snapshot has them.
            await withTaskGroup(of: Void.self) { group in
                for kubelet in kubelets { group.addTask { await kubelet.start() } }
            }
            await scheduler.start()
            let controllers = ControllerManager(client: client, loop: loop, time: time)
            await controllers.start()
            return AllInOneCluster(apiServer: apiServer, scheduler: scheduler, controllers: controllers, kubelets: kubelets)
        } catch {
            try? await apiServer.stop()
            throw error
        }
    }

    private static func makeKubelet(
        index: Int, options: Options, client: LocalClient, time: any TimeSource,
        log: @escaping @Sendable (String) -> Void, on loop: EventLoop
    ) throws -> Kubelet {
        let name = "node-\(index)"
        var kubeletOptions = Kubelet.Options(nodeName: name, dataDirectory: options.dataDirectory + "/nodes/" + name)
        kubeletOptions.podCIDR = "127.244.\(index % 256).0/24"
        kubeletOptions.log = { log("\(name): \($0)") }
        let runtime: any ContainerRuntime = options.simulated
            ? SimulatedRuntime(loop: loop, time: time)
            : ProcessRuntime(loop: loop, time: time)
        return try Kubelet(client: client, loop: loop, time: time, runtime: runtime, options: kubeletOptions)
    }

    /// Stops the components (kubelets stop their containers), then the API server role.
    public func stop() async throws {
        await controllers.stop()
        await scheduler.stop()
        await withTaskGroup(of: Void.self) { group in
            for kubelet in kubelets { group.addTask { await kubelet.stop() } }
        }
        await apiServer.server.setKubeletClient(nil)
        try await apiServer.stop()
    }
}
