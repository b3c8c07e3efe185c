/// The status of a container of a pod.
public struct ContainerStatus: Codable, Sendable, Hashable {
    public var name: String
    /// The container's current condition.
    public var state: ContainerState?
    /// The container's last termination condition.
    public var lastState: ContainerState?
    /// Whether the container passes its readiness probe.
    public var ready: Bool
    /// How many times the container has been restarted.
    public var restartCount: Int32
    public var image: String
    public var imageID: String
    /// The container's ID in the runtime, `<type>://<id>`.
    public var containerID: String?
    /// Whether the container has finished its postStart hook and passed its startup probe.
    public var started: Bool?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ContainerStatus`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        name: String = "",
        state: ContainerState? = nil,
        lastState: ContainerState? = nil,
        ready: Bool = false,
        restartCount: Int32 = 0,
        image: String = "",
        imageID: String = "",
        containerID: String? = nil,
        started: Bool? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.name = name
        self.state = state
        self.lastState = lastState
        self.ready = ready
        self.restartCount = restartCount
        self.image = image
        self.imageID = imageID
        self.containerID = containerID
        self.started = started
        self.unknownFields = unknownFields
    }
}

/// The state of a container; at most one field is set, none means waiting.
public struct ContainerState: Codable, Sendable, Hashable {
    public var waiting: ContainerStateWaiting?
    public var running: ContainerStateRunning?
    public var terminated: ContainerStateTerminated?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ContainerState`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        waiting: ContainerStateWaiting? = nil,
        running: ContainerStateRunning? = nil,
        terminated: ContainerStateTerminated? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.waiting = waiting
        self.running = running
        self.terminated = terminated
        self.unknownFields = unknownFields
    }
}

/// A container that is not yet running.
public struct ContainerStateWaiting: Codable, Sendable, Hashable {
    /// Why it is not yet running, such as `ContainerCreating` or `CrashLoopBackOff`.
    public var reason: String?
    public var message: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ContainerStateWaiting`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        reason: String? = nil,
        message: String? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.reason = reason
        self.message = message
        self.unknownFields = unknownFields
    }
}

/// A running container.
public struct ContainerStateRunning: Codable, Sendable, Hashable {
    public var startedAt: Time?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ContainerStateRunning`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        startedAt: Time? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.startedAt = startedAt
        self.unknownFields = unknownFields
    }
}

/// A container that has exited.
public struct ContainerStateTerminated: Codable, Sendable, Hashable {
    public var exitCode: Int32
    public var signal: Int32?
    public var reason: String?
    public var message: String?
    public var startedAt: Time?
    public var finishedAt: Time?
    public var containerID: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ContainerStateTerminated`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        exitCode: Int32 = 0,
        signal: Int32? = nil,
        reason: String? = nil,
        message: String? = nil,
        startedAt: Time? = nil,
        finishedAt: Time? = nil,
        containerID: String? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.exitCode = exitCode
        self.signal = signal
        self.reason = reason
        self.message = message
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.containerID = containerID
        self.unknownFields = unknownFields
    }
}
