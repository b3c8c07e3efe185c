/// A health check performed against a container to determine whether it is alive or ready to receive traffic.
public struct Probe: Codable, Sendable, Hashable {
    /// Runs a command in the container.
    public var exec: ExecAction?
    /// Performs an HTTP GET.
    public var httpGet: HTTPGetAction?
    /// Opens a TCP connection.
    public var tcpSocket: TCPSocketAction?
    /// Calls the gRPC health service.
    public var grpc: GRPCAction?
    /// Seconds after the container has started before probes are initiated.
    public var initialDelaySeconds: Int32?
    /// Seconds after which the probe times out; defaults to 1.
    public var timeoutSeconds: Int32?
    /// How often to perform the probe, in seconds; defaults to 10.
    public var periodSeconds: Int32?
    /// Consecutive successes for the probe to be considered successful after having failed; defaults to 1.
    public var successThreshold: Int32?
    /// Consecutive failures for the probe to be considered failed after having succeeded; defaults to 3.
    public var failureThreshold: Int32?
    /// Grace period for a container killed after a failed liveness or startup probe.
    public var terminationGracePeriodSeconds: Int64?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `Probe`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        exec: ExecAction? = nil,
        httpGet: HTTPGetAction? = nil,
        tcpSocket: TCPSocketAction? = nil,
        grpc: GRPCAction? = nil,
        initialDelaySeconds: Int32? = nil,
        timeoutSeconds: Int32? = nil,
        periodSeconds: Int32? = nil,
        successThreshold: Int32? = nil,
        failureThreshold: Int32? = nil,
        terminationGracePeriodSeconds: Int64? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.exec = exec
        self.httpGet = httpGet
        self.tcpSocket = tcpSocket
        self.grpc = grpc
        self.initialDelaySeconds = initialDelaySeconds
        self.timeoutSeconds = timeoutSeconds
        self.periodSeconds = periodSeconds
        self.successThreshold = successThreshold
        self.failureThreshold = failureThreshold
        self.terminationGracePeriodSeconds = terminationGracePeriodSeconds
        self.unknownFields = unknownFields
    }
}

/// A command executed in the container.
public struct ExecAction: Codable, Sendable, Hashable {
    public var command: [String]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates an `ExecAction`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        command: [String]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.command = command
        self.unknownFields = unknownFields
    }
}

/// An HTTP GET request.
public struct HTTPGetAction: Codable, Sendable, Hashable {
    /// Path to access on the HTTP server; defaults to `/`.
    public var path: String?
    /// Number or name of the port to access on the container.
    public var port: IntOrString
    /// Host name to connect to; defaults to the pod IP.
    public var host: String?
    /// HTTP (the default) or HTTPS.
    public var scheme: URIScheme?
    /// Custom headers to set in the request.
    public var httpHeaders: [HTTPHeader]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `HTTPGetAction`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        path: String? = nil,
        port: IntOrString = .int(0),
        host: String? = nil,
        scheme: URIScheme? = nil,
        httpHeaders: [HTTPHeader]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.path = path
        self.port = port
        self.host = host
        self.scheme = scheme
        self.httpHeaders = httpHeaders
        self.unknownFields = unknownFields
    }
}

/// A custom header of an HTTP probe.
public struct HTTPHeader: Codable, Sendable, Hashable {
    public var name: String
    public var value: String
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `HTTPHeader`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        name: String = "",
        value: String = "",
        unknownFields: UnknownFields? = nil
    ) {
        self.name = name
        self.value = value
        self.unknownFields = unknownFields
    }
}

/// The scheme of an HTTP probe.
public struct URIScheme: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let http: Self = "HTTP"
    public static let https: Self = "HTTPS"

    public static let knownValues: [Self] = [.http, .https]
}

/// A TCP connection attempt.
public struct TCPSocketAction: Codable, Sendable, Hashable {
    /// Number or name of the port to access on the container.
    public var port: IntOrString
    /// Host name to connect to; defaults to the pod IP.
    public var host: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `TCPSocketAction`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        port: IntOrString = .int(0),
        host: String? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.port = port
        self.host = host
        self.unknownFields = unknownFields
    }
}

/// A call to the gRPC health checking service.
public struct GRPCAction: Codable, Sendable, Hashable {
    public var port: Int32
    public var service: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `GRPCAction`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        port: Int32 = 0,
        service: String? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.port = port
        self.service = service
        self.unknownFields = unknownFields
    }
}
