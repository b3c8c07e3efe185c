import CLibUV
import Glibc

/// A child process started with `uv_spawn` on an event loop: what the kubelet's process runtime
/// runs a container's command as.
///
/// **Isolation.** An actor on its loop.
///
/// **Exit.** `waitForExit()` returns once the process has exited *and* every captured pipe has
/// reached EOF (in either order), so all output is in hand; a grandchild that keeps a captured
/// pipe open therefore delays it until the grandchild exits too. Any number of tasks may wait.
///
/// **Process groups.** With `newProcessGroup` the child leads a new session and process group
/// (`setsid`), so `signal(_:)` reaches it and every descendant that stayed in the group, and a
/// Ctrl-C aimed at Skiff's terminal does not reach it. Without it, only the child is signalled.
///
/// **Not promised.** Loop shutdown does not kill children: stop them first. A child still running
/// at shutdown is left running and unreaped, and its waiters throw `EventLoopClosedError`.
public actor ChildProcess: LoopBound {
    /// Where a child's standard output or standard error goes.
    public enum Output: Sendable, Equatable {
        /// `/dev/null`.
        case discard
        /// The parent's own descriptor.
        case inherit
        /// Appended to the file at this path (created with mode 0644 if missing).
        case appendToFile(String)
        /// Read through a pipe into memory, up to `ChildProcess.maxCapturedBytes` (the rest is
        /// read and dropped, so the child never blocks on a full pipe).
        case capture
    }

    /// How a process ended.
    public enum ExitStatus: Sendable, Equatable, CustomStringConvertible {
        /// `exit(code)`.
        case exited(code: Int32)
        /// Killed by this signal.
        case signaled(Int32)

        /// "exited with code 3", "killed by signal 9".
        public var description: String {
            switch self {
            case .exited(let code): "exited with code \(code)"
            case .signaled(let signal): "killed by signal \(signal)"
            }
        }
    }

    /// Bytes kept per captured stream.
    public static let maxCapturedBytes = 4 * 1024 * 1024

    /// The loop that runs this actor and received the child's exit.
    public nonisolated let loop: EventLoop
    /// The child's process id (and process group id with `newProcessGroup`).
    public nonisolated let pid: Int32
    /// True when the child leads its own process group (`newProcessGroup`).
    public nonisolated let hasProcessGroup: Bool

    private let processHandle: UnsafeMutablePointer<uv_process_t>
    /// Captured stdout (index 0) and stderr (index 1) pipes, nil once closed or not captured.
    private var pipes: [UnsafeMutablePointer<uv_pipe_t>?]
    private var captured: [[UInt8]] = [[], []]
    private var exitStatus: ExitStatus?
    private var isProcessHandleClosed = false
    private var waiters: [UInt64: CheckedContinuation<ExitStatus, any Error>] = [:]
    private var nextWaiterToken: UInt64 = 0

    private init(
        loop: EventLoop, pid: Int32, hasProcessGroup: Bool,
        processHandle: UnsafeMutablePointer<uv_process_t>, pipes: [UnsafeMutablePointer<uv_pipe_t>?]
    ) {
        self.loop = loop
        self.pid = pid
        self.hasProcessGroup = hasProcessGroup
        self.processHandle = processHandle
        self.pipes = pipes
        HandleOwnership.attach(processHandle, owner: self) { [self] in
            self.assumeIsolated { $0.processHandleDidClose() }
        }
        for (index, pipe) in pipes.enumerated() {
            guard let pipe else { continue }
            HandleOwnership.attach(pipe, owner: self) { [self] in
                self.assumeIsolated { $0.pipeDidClose(index) }
            }
        }
    }

    /// Starts `executable` (looked up in `PATH` when it has no slash) with `arguments`.
    ///
    /// - Parameters:
    ///   - environment: the complete environment; nil inherits Skiff's.
    ///   - workingDirectory: nil inherits Skiff's.
    ///   - newProcessGroup: make the child lead a new process group; see the type.
    /// - Throws: `UVError` if the process cannot be started (`ENOENT` for a missing executable
    ///   or working directory, `EACCES`, …) or an output file cannot be opened;
    ///   `EventLoopClosedError` after loop shutdown.
    public static func spawn(
        executable: String,
        arguments: [String] = [],
        environment: [String: String]? = nil,
        workingDirectory: String? = nil,
        stdout: Output = .discard,
        stderr: Output = .discard,
        newProcessGroup: Bool = false,
        on loop: EventLoop
    ) async throws -> ChildProcess {
        try await loop.submit { () throws -> ChildProcess in
            try loop.checkOpen()
            return try spawnOnLoop(
                executable: executable, arguments: arguments, environment: environment,
                workingDirectory: workingDirectory, outputs: [stdout, stderr],
                newProcessGroup: newProcessGroup, loop: loop
            )
        }
    }

    private static func spawnOnLoop(
        executable: String, arguments: [String], environment: [String: String]?,
        workingDirectory: String?, outputs: [Output], newProcessGroup: Bool, loop: EventLoop
    ) throws -> ChildProcess {
        var stdio = [uv_stdio_container_t](repeating: uv_stdio_container_t(), count: 3)
        skiff_stdio_ignore(&stdio[0])
        var pipes: [UnsafeMutablePointer<uv_pipe_t>?] = [nil, nil]
        var openedFiles: [Int32] = []
        // The files are the child's now (or the spawn failed); either way the parent is done.
        defer { for file in openedFiles { close(file) } }
        func closePipes() {
            for case let pipe? in pipes { HandleOwnership.close(pipe) }
        }

        for (index, output) in outputs.enumerated() {
            let descriptor = Int32(index + 1)
            switch output {
            case .discard:
                skiff_stdio_ignore(&stdio[index + 1])
            case .inherit:
                skiff_stdio_inherit_fd(&stdio[index + 1], descriptor)
            case .appendToFile(let path):
                let file = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
                guard file >= 0 else {
                    let error = UVError(code: -errno, operation: "open \(path) for the output of \(executable)")
                    closePipes()
                    throw error
                }
                openedFiles.append(file)
                skiff_stdio_inherit_fd(&stdio[index + 1], file)
            case .capture:
                let pipe = HandleOwnership.allocate(uv_pipe_t.self)
                uv_pipe_init(loop.uvLoop, pipe, 0)
                pipes[index] = pipe
                skiff_stdio_pipe(&stdio[index + 1], pipe)
            }
        }

        let argumentStrings = CStringArray([executable] + arguments)
        let environmentStrings = environment.map { CStringArray($0.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }) }
        let processHandle = HandleOwnership.allocate(uv_process_t.self)
        let result = withExtendedLifetime((argumentStrings, environmentStrings)) {
            stdio.withUnsafeMutableBufferPointer { stdio in
            workingDirectoryCString(workingDirectory) { cwd in
                var options = uv_process_options_t()
                options.exit_cb = { process, status, signal in
                    let child = HandleOwnership.owner(of: process, as: ChildProcess.self)
                    child.assumeIsolated { $0.didExit(status: status, signal: signal) }
                }
                options.file = UnsafePointer(argumentStrings.pointers[0])
                options.args = argumentStrings.base
                options.env = environmentStrings?.base
                options.cwd = cwd
                options.flags = newProcessGroup ? UInt32(UV_PROCESS_DETACHED.rawValue) : 0
                options.stdio_count = 3
                options.stdio = stdio.baseAddress
                return uv_spawn(loop.uvLoop, processHandle, &options)
            }
            }
        }
        guard result == 0 else {
            // libuv requires closing the handle even when the spawn failed.
            HandleOwnership.close(processHandle)
            closePipes()
            throw UVError(code: result, operation: "spawn \(executable)")
        }
        let child = ChildProcess(
            loop: loop, pid: processHandle.pointee.pid, hasProcessGroup: newProcessGroup,
            processHandle: processHandle, pipes: pipes
        )
        child.assumeIsolated { $0.startReadingPipes() }
        return child
    }

    private static func workingDirectoryCString<Result>(
        _ path: String?, _ body: (UnsafePointer<CChar>?) -> Result
    ) -> Result {
        guard let path else { return body(nil) }
        return path.withCString { body($0) }
    }

    // MARK: Signals and exit

    /// Sends `signal` to the child's process group (with `newProcessGroup`) or to the child.
    /// A process (group) that is already gone is not an error; signalling a child without a
    /// group after it exited does nothing (its pid may belong to someone else by now).
    public func signal(_ signal: Int32) throws {
        let result: Int32
        if hasProcessGroup {
            result = kill(-pid, signal) == 0 ? 0 : -errno
        } else {
            guard exitStatus == nil, !isProcessHandleClosed else { return }
            result = uv_process_kill(processHandle, signal)
        }
        if result < 0, result != -ESRCH {
            throw UVError(code: result, operation: "signal \(signal) to process \(pid)")
        }
    }

    /// How the process ended, once it has exited and captured output has reached EOF; see the
    /// type. Throws `CancellationError` if the waiting task is cancelled (the process is not
    /// affected) and `EventLoopClosedError` if the loop shut down first.
    public func waitForExit() async throws -> ExitStatus {
        if let status = completedStatus { return status }
        if isProcessHandleClosed, exitStatus == nil { throw EventLoopClosedError(loopName: loop.name) }
        let token = nextWaiterToken
        nextWaiterToken += 1
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                if Task.isCancelled {
                    continuation.resume(throwing: CancellationError())
                } else {
                    waiters[token] = continuation
                }
            }
        } onCancel: { [loop] in
            loop.execute { self.assumeIsolated { $0.cancelWait(token: token) } }
        }
    }

    /// The captured standard output so far (empty unless `stdout: .capture`).
    public var standardOutput: [UInt8] { captured[0] }
    /// The captured standard error so far (empty unless `stderr: .capture`).
    public var standardError: [UInt8] { captured[1] }

    private var completedStatus: ExitStatus? {
        pipes.allSatisfy { $0 == nil } ? exitStatus : nil
    }

    private func didExit(status: Int64, signal: Int32) {
        exitStatus = signal != 0 ? .signaled(signal) : .exited(code: Int32(truncatingIfNeeded: status))
        HandleOwnership.close(processHandle)
        resumeWaitersIfComplete()
    }

    private func processHandleDidClose() {
        isProcessHandleClosed = true
        if exitStatus == nil {
            // Loop shutdown took the handle before the child exited.
            let waiters = self.waiters
            self.waiters = [:]
            for waiter in waiters.values { waiter.resume(throwing: EventLoopClosedError(loopName: loop.name)) }
        }
    }

    private func resumeWaitersIfComplete() {
        guard let status = completedStatus else { return }
        let waiters = self.waiters
        self.waiters = [:]
        for waiter in waiters.values { waiter.resume(returning: status) }
    }

    private func cancelWait(token: UInt64) {
        waiters.removeValue(forKey: token)?.resume(throwing: CancellationError())
    }

    // MARK: Captured output

    private func startReadingPipes() {
        for case let pipe? in pipes {
            let result = uv_read_start(skiff_stream(pipe), EventLoop.allocateReadBuffer) { stream, count, buffer in
                let child = HandleOwnership.owner(of: stream, as: ChildProcess.self)
                let chunk = count > 0 ? [UInt8](UnsafeRawBufferPointer(start: buffer!.pointee.base, count: count)) : nil
                let streamAddress = UInt(bitPattern: stream)
                child.assumeIsolated { $0.didRead(from: streamAddress, count: count, chunk: chunk) }
            }
            if result < 0 { HandleOwnership.close(pipe) }
        }
    }

    private func didRead(from streamAddress: UInt, count: Int, chunk: [UInt8]?) {
        guard let index = pipes.firstIndex(where: { $0.map { UInt(bitPattern: $0) } == streamAddress }),
              let pipe = pipes[index] else { return }
        if let chunk {
            let room = Self.maxCapturedBytes - captured[index].count
            if room > 0 { captured[index] += chunk.prefix(room) }
        } else if count < 0 {
            // EOF or a read error: either way this stream is finished.
            HandleOwnership.close(pipe)
        }
    }

    private func pipeDidClose(_ index: Int) {
        pipes[index] = nil
        resumeWaitersIfComplete()
    }
}

/// A NULL-terminated `char *[]` (argv, envp) that frees its strings on deinit.
private final class CStringArray {
    let pointers: [UnsafeMutablePointer<CChar>?]
    let base: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

    init(_ strings: [String]) {
        pointers = strings.map { strdup($0) } + [nil]
        base = .allocate(capacity: pointers.count)
        base.initialize(from: pointers, count: pointers.count)
    }

    deinit {
        for case let pointer? in pointers { free(pointer) }
        base.deallocate()
    }
}
