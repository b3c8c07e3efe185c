import SkiffAPI

/// What runs a pod's containers: the kubelet's only view of processes (Kubernetes' CRI, reduced to
/// what a runtime without images needs).
///
/// Contract:
/// - `start` either returns a handle to a container that has started, or throws: a
///   `ContainerConfigError` when the container can never start as configured (the kubelet reports
///   `CreateContainerConfigError` and does not retry until the pod changes), anything else when
///   this attempt failed (reported as a `StartError` exit and retried with back-off).
/// - `wait` returns once the container has exited, however often it is called; it throws
///   `CancellationError` when the waiting task is cancelled (the container is not affected).
/// - `signal` reaches the container and everything it started (its process group); signalling a
///   container that has exited does nothing.
/// - `remove` forgets a container that has exited; its handle must not be used after.
/// Implementations are actors on the kubelet's loop, so calls from the kubelet do not switch threads.
public protocol ContainerRuntime: Sendable {
    /// The runtime's name: the scheme of container IDs (`process://…`) and the node's
    /// `containerRuntimeVersion`.
    var name: String { get }
    /// Starts one container.
    func start(_ config: ContainerConfig) async throws -> ContainerHandle
    /// Sends `signal` (SIGTERM, SIGKILL, …) to the container's processes.
    func signal(_ handle: ContainerHandle, _ signal: Int32) async
    /// How the container ended, once it has; see the protocol.
    func wait(_ handle: ContainerHandle) async throws -> ContainerExit
    /// True until the container has exited.
    func isRunning(_ handle: ContainerHandle) async -> Bool
    /// Runs `command` inside the container's environment (exec probes, preStop hooks) and returns
    /// its exit code; `timeout` is measured on the kubelet's clock, after which the command is
    /// killed and `ContainerExecTimeout` thrown.
    func exec(_ handle: ContainerHandle, command: [String], timeout: Duration) async throws -> Int32
    /// CPU and memory used by the container now, nil when it has exited or the runtime cannot tell.
    func usage(_ handle: ContainerHandle) async -> ContainerUsage?
    /// Forgets an exited container.
    func remove(_ handle: ContainerHandle) async
    /// True when network probes (httpGet, tcpSocket) can reach the pod; a simulated runtime has
    /// nothing listening, so its probes are treated as successful.
    var servesNetwork: Bool { get }
}

/// One started container, as its runtime knows it.
public struct ContainerHandle: Sendable, Hashable, CustomStringConvertible {
    /// Unique within the runtime; `containerID` in the pod status is `<runtime>://<id>`.
    public var id: String
    /// The process (and process group) id, for runtimes that run processes.
    public var pid: Int32?

    /// Creates a handle.
    public init(id: String, pid: Int32? = nil) {
        self.id = id
        self.pid = pid
    }

    public var description: String { id }
}

/// How a container ended: `exitCode` as Kubernetes reports it (128 + signal for a killed process).
public struct ContainerExit: Sendable, Hashable {
    public var exitCode: Int32
    /// The signal that killed it, if one did.
    public var signal: Int32?

    /// Creates an exit status.
    public init(exitCode: Int32, signal: Int32? = nil) {
        self.exitCode = exitCode
        self.signal = signal
    }
}

/// A container that cannot start as configured (`CreateContainerConfigError`): the message says
/// what to change.
public struct ContainerConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    /// Creates the error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// An exec (probe or hook) that ran longer than its timeout and was killed.
public struct ContainerExecTimeout: Error, Sendable, Equatable {
    /// Creates the error.
    public init() {}
}
