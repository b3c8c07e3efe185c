/// Actions that the management system should take in response to container lifecycle events.
public struct Lifecycle: Codable, Sendable, Hashable {
    /// Called immediately after a container is created.
    public var postStart: LifecycleHandler?
    /// Called immediately before a container is terminated.
    public var preStop: LifecycleHandler?
    /// The signal sent to stop the container, such as SIGTERM.
    public var stopSignal: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `Lifecycle`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        postStart: LifecycleHandler? = nil,
        preStop: LifecycleHandler? = nil,
        stopSignal: String? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.postStart = postStart
        self.preStop = preStop
        self.stopSignal = stopSignal
        self.unknownFields = unknownFields
    }
}

/// A specific action that should be taken in a lifecycle hook; exactly one field is set.
public struct LifecycleHandler: Codable, Sendable, Hashable {
    public var exec: ExecAction?
    public var httpGet: HTTPGetAction?
    public var tcpSocket: TCPSocketAction?
    public var sleep: SleepAction?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `LifecycleHandler`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        exec: ExecAction? = nil,
        httpGet: HTTPGetAction? = nil,
        tcpSocket: TCPSocketAction? = nil,
        sleep: SleepAction? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.exec = exec
        self.httpGet = httpGet
        self.tcpSocket = tcpSocket
        self.sleep = sleep
        self.unknownFields = unknownFields
    }
}

/// Sleeps for a number of seconds.
public struct SleepAction: Codable, Sendable, Hashable {
    public var seconds: Int64
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `SleepAction`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        seconds: Int64 = 0,
        unknownFields: UnknownFields? = nil
    ) {
        self.seconds = seconds
        self.unknownFields = unknownFields
    }
}
