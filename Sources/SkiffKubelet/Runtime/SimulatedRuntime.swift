import Glibc
import SkiffLoop

/// A kwok-style runtime: no processes, only state changes on the kubelet's clock, cheap enough for
/// thousands of nodes in one process.
///
/// A container is running `startDelay` after `start`. It runs until signalled, unless the pod
/// asks otherwise with annotations:
/// - `skiff.dev/simulate-run-seconds: "5"` — exits after 5 s of (injected-clock) running;
/// - `skiff.dev/simulate-exit-code: "1"` — the code it exits with (0 by default); with no run
///   time it exits at once.
/// A signal ends it as a killed process would (exit 128 + signal). Exec always succeeds; usage is
/// zero. Isolation: an actor on the kubelet's loop.
public actor SimulatedRuntime: ContainerRuntime, LoopBound {
    /// The annotation with the simulated exit code.
    public static let exitCodeAnnotation = "skiff.dev/simulate-exit-code"
    /// The annotation with the simulated running time in seconds.
    public static let runSecondsAnnotation = "skiff.dev/simulate-run-seconds"

    public nonisolated let loop: EventLoop
    public nonisolated let name = "simulated"
    public nonisolated let servesNetwork = false
    private let time: any TimeSource
    private let startDelay: Duration

    private struct Container {
        var exit: ContainerExit?
        var waiters: [UInt64: CheckedContinuation<ContainerExit, any Error>] = [:]
    }

    private var containers: [String: Container] = [:]
    private var nextID: UInt64 = 0
    private var nextWaiterToken: UInt64 = 0

    /// - Parameter startDelay: how long a container takes to start, on `time`.
    public init(loop: EventLoop, time: any TimeSource, startDelay: Duration = .zero) {
        self.loop = loop
        self.time = time
        self.startDelay = startDelay
    }

    /// Containers started and not yet removed.
    public var containerCount: Int { containers.count }

    public func start(_ config: ContainerConfig) async throws -> ContainerHandle {
        if startDelay > .zero { try await time.sleep(for: startDelay) }
        nextID += 1
        let id = "sim-\(nextID)"
        containers[id] = Container()
        let code = config.podAnnotations[Self.exitCodeAnnotation].flatMap { Int32($0) }
        let seconds = config.podAnnotations[Self.runSecondsAnnotation].flatMap { Double($0) }
        if code != nil || seconds != nil {
            let exit = ContainerExit(exitCode: code ?? 0)
            if let seconds, seconds > 0 {
                Task(executorPreference: loop.taskExecutor) { [time] in
                    try? await time.sleep(for: .milliseconds(Int64(seconds * 1000)))
                    await self.finish(id, exit)
                }
            } else {
                finish(id, exit)
            }
        }
        return ContainerHandle(id: id)
    }

    public func signal(_ handle: ContainerHandle, _ signal: Int32) async {
        if signal == 0 { return }
        finish(handle.id, ContainerExit(exitCode: 128 + signal, signal: signal))
    }

    public func wait(_ handle: ContainerHandle) async throws -> ContainerExit {
        guard let container = containers[handle.id] else { return ContainerExit(exitCode: 137, signal: SIGKILL) }
        if let exit = container.exit { return exit }
        nextWaiterToken += 1
        let token = nextWaiterToken
        let id = handle.id
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                if Task.isCancelled {
                    continuation.resume(throwing: CancellationError())
                } else {
                    containers[id]?.waiters[token] = continuation
                }
            }
        } onCancel: { [loop] in
            loop.execute { self.assumeIsolated { $0.cancelWait(id: id, token: token) } }
        }
    }

    public func isRunning(_ handle: ContainerHandle) async -> Bool {
        containers[handle.id].map { $0.exit == nil } ?? false
    }

    public func exec(_ handle: ContainerHandle, command: [String], timeout: Duration) async throws -> Int32 { 0 }

    public func usage(_ handle: ContainerHandle) async -> ContainerUsage? {
        containers[handle.id]?.exit == nil ? ContainerUsage(cpuSeconds: 0, memoryBytes: 0) : nil
    }

    public func remove(_ handle: ContainerHandle) async {
        finish(handle.id, ContainerExit(exitCode: 137, signal: SIGKILL))
        containers[handle.id] = nil
    }

    private func cancelWait(id: String, token: UInt64) {
        containers[id]?.waiters.removeValue(forKey: token)?.resume(throwing: CancellationError())
    }

    private func finish(_ id: String, _ exit: ContainerExit) {
        guard var container = containers[id], container.exit == nil else { return }
        container.exit = exit
        let waiters = container.waiters
        container.waiters = [:]
        containers[id] = container
        for waiter in waiters.values { waiter.resume(returning: exit) }
    }
}
