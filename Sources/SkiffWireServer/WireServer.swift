import Glibc
import SkiffAPI
import SkiffAPIServer
import SkiffLoop
import SkiffWire

/// Exposes an `APIServer` (or any `WireRequestServing`, such as a node agent) over the Skiff
/// wire protocol to `RemoteClient`s.
///
/// Contract: `start(host:port:)` listens (port 0 picks a free port: see `port`). Each accepted
/// connection exchanges `hello` frames, then every `request` frame is served concurrently on its
/// stream id (see `WireRequest`, `WireWatchEvent`). A connection that sends bad input (an
/// oversized or unknown frame, garbage, an undecodable request) is closed and reported to
/// `onError`; the server and its other connections carry on, and nothing is written for the bad
/// input. An unknown resource or any API error is answered with a `Status`, not a close.
/// A connection on which the client sent nothing for `idleTimeout` (clients ping every few
/// seconds) is closed as dead. `stop()` closes the listener, sends every connection `goAway`,
/// lets the requests already accepted finish, and closes.
///
/// **Isolation.** An actor on the API server's (or the given) loop.
public actor WireServer: LoopBound {
    public nonisolated let loop: EventLoop
    private let handler: any WireRequestServing
    private let maxFrameSize: Int
    private let onError: @Sendable (String) -> Void
    private let time: any TimeSource
    private let idleTimeout: Duration
    private var listener: TCPListener?
    private var acceptTask: Task<Void, Never>?
    private var connections: [ObjectIdentifier: WireServerConnection] = [:]
    /// The bound port, once started.
    public private(set) var port: Int?

    /// - Parameters:
    ///   - maxFrameSize: the largest frame payload a client may send.
    ///   - time: the clock of idle time-outs (the system clock when nil).
    ///   - idleTimeout: how long a silent client is kept (clients ping every 5 s by default).
    ///   - onError: where protocol errors and closed connections are reported (stderr by default).
    public init(
        server: APIServer, registry: KindRegistry = KindRegistry(),
        maxFrameSize: Int = FrameDecoder.defaultMaxPayloadSize,
        time: (any TimeSource)? = nil, idleTimeout: Duration = .seconds(30),
        onError: @escaping @Sendable (String) -> Void = WireServer.printToStandardError
    ) {
        self.init(
            handler: WireRequestHandler(server: server, registry: registry), loop: server.loop,
            maxFrameSize: maxFrameSize, time: time, idleTimeout: idleTimeout, onError: onError
        )
    }

    /// A server of something other than an API server (a node agent's `KubeletRequestHandler`),
    /// with the same connection contract; the parameters are those of `init(server:…)`.
    public init(
        handler: any WireRequestServing, loop: EventLoop,
        maxFrameSize: Int = FrameDecoder.defaultMaxPayloadSize,
        time: (any TimeSource)? = nil, idleTimeout: Duration = .seconds(30),
        onError: @escaping @Sendable (String) -> Void = WireServer.printToStandardError
    ) {
        self.loop = loop
        self.time = time ?? SystemTimeSource(loop: loop)
        self.idleTimeout = idleTimeout
        self.handler = handler
        self.maxFrameSize = maxFrameSize
        self.onError = onError
    }

    /// The default error report: one line on stderr.
    public static let printToStandardError: @Sendable (String) -> Void = { message in
        var stream = StandardError()
        print("skiff wire: \(message)", to: &stream)
    }

    /// Binds and starts accepting; returns the bound address. Throws the bind error.
    @discardableResult
    public func start(host: String, port: Int) async throws -> SocketAddress {
        start(listener: try await TCPListener.bind(host: host, port: port, on: loop))
    }

    /// Starts accepting on a listener bound by the caller (who needed its port first: a node
    /// agent publishes it in its Node before serving); returns its address.
    @discardableResult
    public func start(listener: TCPListener) -> SocketAddress {
        self.listener = listener
        self.port = listener.localAddress.port
        acceptTask = Task { await self.acceptLoop(listener) }
        return listener.localAddress
    }

    /// Stops listening, says `goAway` on every connection, finishes their accepted requests and
    /// closes them. Idempotent.
    public func stop() async {
        acceptTask?.cancel()
        acceptTask = nil
        if let listener {
            self.listener = nil
            await listener.close()
        }
        let open = connections
        connections = [:]
        await withTaskGroup(of: Void.self) { group in
            for connection in open.values { group.addTask { await connection.goAway() } }
        }
    }

    /// Open client connections (for tests and metrics).
    public var connectionCount: Int { connections.count }

    private func acceptLoop(_ listener: TCPListener) async {
        while !Task.isCancelled {
            let accepted: TCPConnection?
            do {
                accepted = try await listener.accept()
            } catch {
                return  // cancelled by stop()
            }
            guard let accepted else { return }
            let connection = WireServerConnection(
                connection: accepted, handler: handler, maxFrameSize: maxFrameSize, time: time,
                idleTimeout: idleTimeout, onError: onError
            )
            let key = ObjectIdentifier(connection)
            connections[key] = connection
            await connection.start { [weak self] in
                guard let self else { return }
                Task { await self.forget(key) }
            }
        }
    }

    private func forget(_ key: ObjectIdentifier) {
        connections[key] = nil
    }
}

/// stderr as a `TextOutputStream`, for `print(_:to:)`.
private struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        // One write(2) per line on fd 2: no shared `FILE *` state to race on.
        var bytes = Array(string.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
