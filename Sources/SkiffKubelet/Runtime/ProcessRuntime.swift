import Foundation
import SkiffLoop

/// The runtime that runs a container's `command` + `args` as a child process (`uv_spawn`), in its
/// own process group, with the container's environment and working directory, stdout and stderr
/// appended to its log file. The `image` is recorded in status, never pulled.
///
/// Volume mounts need a mount namespace: when bubblewrap (`bwrap`) is installed the process runs
/// under it with the host filesystem bound at `/` and each volume bound at its `mountPath`;
/// without it a container with mounts fails with a `ContainerConfigError`, never silently. Note
/// that `--bind / /` makes bwrap create a missing mount point on the host filesystem.
///
/// Isolation: an actor on the kubelet's loop. Exec timeouts use the injected clock.
public actor ProcessRuntime: ContainerRuntime, LoopBound {
    /// The message of a container that has no command.
    public static let noCommandMessage = "container has no command; Skiff runs commands, it does not pull images"
    /// The message of a container with volume mounts on a machine without bubblewrap.
    public static let needsBubblewrapMessage = "volume mounts need bubblewrap (apt-get install bubblewrap)"
    /// The PATH a container gets when its environment does not set one (as container images do).
    static let defaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

    public nonisolated let loop: EventLoop
    public nonisolated let name = "process"
    public nonisolated let servesNetwork = true
    /// The bubblewrap executable used for containers with volume mounts; nil when none.
    public nonisolated let bubblewrapPath: String?
    private let time: any TimeSource
    private var processes: [String: (process: ChildProcess, config: ContainerConfig)] = [:]

    /// - Parameters:
    ///   - bubblewrapPath: bwrap to sandbox containers with mounts; by default the one on `PATH`.
    public init(loop: EventLoop, time: any TimeSource, bubblewrapPath: String? = Bubblewrap.locate()) {
        self.loop = loop
        self.time = time
        self.bubblewrapPath = bubblewrapPath
    }

    public func start(_ config: ContainerConfig) async throws -> ContainerHandle {
        guard !config.commandLine.isEmpty else { throw ContainerConfigError(Self.noCommandMessage) }
        let invocation = try invocation(for: config.commandLine, config: config)
        try FileManager.default.createDirectory(
            atPath: (config.logPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true
        )
        let process = try await ChildProcess.spawn(
            executable: invocation.executable, arguments: invocation.arguments,
            environment: environment(of: config), workingDirectory: invocation.workingDirectory,
            stdout: .appendToFile(config.logPath), stderr: .appendToFile(config.logPath),
            newProcessGroup: true, on: loop
        )
        let id = "\(config.podUID.prefix(8))-\(config.containerName)-\(config.restartCount)-\(process.pid)"
        processes[id] = (process, config)
        return ContainerHandle(id: id, pid: process.pid)
    }

    public func signal(_ handle: ContainerHandle, _ signal: Int32) async {
        try? await processes[handle.id]?.process.signal(signal)
    }

    public func wait(_ handle: ContainerHandle) async throws -> ContainerExit {
        guard let process = processes[handle.id]?.process else { return ContainerExit(exitCode: 137, signal: SIGKILL) }
        return Self.exit(from: try await process.waitForExit())
    }

    public func isRunning(_ handle: ContainerHandle) async -> Bool {
        guard let pid = handle.pid, processes[handle.id] != nil else { return false }
        return ProcessUsage.isAlive(pid: pid)
    }

    public func exec(_ handle: ContainerHandle, command: [String], timeout: Duration) async throws -> Int32 {
        guard let config = processes[handle.id]?.config else { throw ContainerConfigError("container \(handle) is not running") }
        guard !command.isEmpty else { throw ContainerConfigError("exec with an empty command") }
        let invocation = try invocation(for: command, config: config)
        let process = try await ChildProcess.spawn(
            executable: invocation.executable, arguments: invocation.arguments,
            environment: environment(of: config), workingDirectory: invocation.workingDirectory,
            newProcessGroup: true, on: loop
        )
        do {
            let status = try await withTimeout(timeout, on: time) { try await process.waitForExit() }
            return Self.exit(from: status).exitCode
        } catch is TimeoutError {
            try? await process.signal(SIGKILL)
            throw ContainerExecTimeout()
        }
    }

    public func usage(_ handle: ContainerHandle) async -> ContainerUsage? {
        guard let pid = handle.pid, processes[handle.id] != nil else { return nil }
        return ProcessUsage.ofProcessGroup(pid)
    }

    public func remove(_ handle: ContainerHandle) async {
        processes[handle.id] = nil
    }

    // MARK: Command lines

    private struct Invocation {
        var executable: String
        var arguments: [String]
        var workingDirectory: String?
    }

    private func invocation(for commandLine: [String], config: ContainerConfig) throws -> Invocation {
        guard !config.mounts.isEmpty else {
            return Invocation(
                executable: commandLine[0], arguments: Array(commandLine.dropFirst()),
                workingDirectory: config.workingDirectory
            )
        }
        guard let bubblewrapPath else { throw ContainerConfigError(Self.needsBubblewrapMessage) }
        // The working directory may exist only inside the sandbox (a mount path): bwrap enters it.
        let arguments = Bubblewrap.arguments(mounts: config.mounts, workingDirectory: config.workingDirectory) + commandLine
        return Invocation(executable: bubblewrapPath, arguments: arguments, workingDirectory: nil)
    }

    private func environment(of config: ContainerConfig) -> [String: String] {
        var environment = config.environment
        if environment["PATH"] == nil { environment["PATH"] = Self.defaultPath }
        if environment["HOME"] == nil { environment["HOME"] = "/root" }
        if environment["HOSTNAME"] == nil { environment["HOSTNAME"] = config.podName }
        return environment
    }

    static func exit(from status: ChildProcess.ExitStatus) -> ContainerExit {
        switch status {
        case .exited(let code): ContainerExit(exitCode: code)
        case .signaled(let signal): ContainerExit(exitCode: 128 + signal, signal: signal)
        }
    }
}
