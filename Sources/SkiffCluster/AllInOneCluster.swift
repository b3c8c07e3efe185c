import Foundation
import SkiffAPIServer
import SkiffClient
import SkiffLoop
import SkiffScheduler

/// `skiff up`: a whole cluster in one process — the `apiserver` role plus every component,
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

        public init(dataDirectory: String) {
            self.dataDirectory = dataDirectory
        }
    }

    public let apiServer: APIServerRole
    public let scheduler: Scheduler

    private init(apiServer: APIServerRole, scheduler: Scheduler) {
        self.apiServer = apiServer
        self.scheduler = scheduler
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
            let scheduler = try Scheduler(client: LocalClient(server: apiServer.server), loop: loop, time: time, options: schedulerOptions)
            await scheduler.start()
            return AllInOneCluster(apiServer: apiServer, scheduler: scheduler)
        } catch {
            try? await apiServer.stop()
            throw error
        }
    }

    /// Stops the components, then the API server role.
    public func stop() async throws {
        await scheduler.stop()
        try await apiServer.stop()
    }
}
