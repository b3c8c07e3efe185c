import CLibUV

/// A listening TCP socket on an event loop (IPv4), made by `bind(host:port:on:)`.
///
/// **Isolation.** An actor on its loop.
///
/// **Accepting.** Connections are handed out in arrival order by `accept()` or the
/// `connections` sequence, one consumer at a time. At most `maxWaitingConnections` accepted
/// connections wait for the consumer; beyond that the listener stops accepting and leaves further
/// connections in the kernel's backlog until the consumer catches up, so a slow consumer costs
/// no memory. Transient accept failures (e.g. out of file descriptors) are skipped: the listener
/// keeps listening. Cancelling a waiting `accept()` throws `CancellationError`.
///
/// **Closing.** `close()` stops listening, closes connections accepted but never handed out,
/// and ends the sequence (nil). Connections already handed out are the caller's to close.
public actor TCPListener: LoopBound {
    /// The loop that runs this actor, its socket and the connections it accepts.
    public nonisolated let loop: EventLoop
    /// The bound address; its port is the real one when bound to port 0.
    public nonisolated let localAddress: SocketAddress

    /// Accepted connections that may wait for the consumer.
    public static let maxWaitingConnections = 16

    private let handle: UnsafeMutablePointer<uv_tcp_t>
    private let limits: TCPBufferLimits
    private var waiting: [TCPConnection] = []
    /// libuv holds a connection we have not `uv_accept`ed yet (and stopped polling until we do).
    private var hasUnacceptedConnection = false
    private var consumer: (token: UInt64, continuation: CheckedContinuation<TCPConnection?, any Error>)?
    private var nextConsumerToken: UInt64 = 0
    private var isClosing = false
    private var isClosed = false
    private var closeWaiters: [CheckedContinuation<Void, Never>] = []

    private init(loop: EventLoop, handle: UnsafeMutablePointer<uv_tcp_t>, localAddress: SocketAddress, limits: TCPBufferLimits) {
        self.loop = loop
        self.handle = handle
        self.localAddress = localAddress
        self.limits = limits
        HandleOwnership.attach(handle, owner: self) { [self] in
            self.assumeIsolated { $0.didClose() }
        }
    }

    /// Binds `host:port` (IPv4; port 0 picks a free port, see `localAddress`) and listens.
    /// Throws `UVError` (`EADDRINUSE`, `EADDRNOTAVAIL`, `EINVAL` for a malformed host, …) and
    /// `EventLoopClosedError` after loop shutdown. `limits` applies to accepted connections.
    public static func bind(
        host: String, port: Int, backlog: Int32 = 511,
        limits: TCPBufferLimits = TCPBufferLimits(), on loop: EventLoop
    ) async throws -> TCPListener {
        let requested = SocketAddress(host: host, port: port)
        return try await loop.submit { () throws -> TCPListener in
            try loop.checkOpen()
            var address = try requested.makeSockaddr(operation: "bind")
            let handle = HandleOwnership.allocate(uv_tcp_t.self)
            uv_tcp_init(loop.uvLoop, handle)
            do {
                try UVError.check(uv_tcp_bind(handle, skiff_sockaddr_in(&address), 0), "bind \(requested)")
                // libuv reports some bind errors (EADDRINUSE) only from uv_listen.
                try UVError.check(uv_listen(skiff_stream(handle), backlog) { server, status in
                    let listener = HandleOwnership.owner(of: server, as: TCPListener.self)
                    listener.assumeIsolated { $0.connectionArrived(status: status) }
                }, "listen \(requested)")
            } catch {
                HandleOwnership.close(handle)
                throw error
            }
            let bound = SocketAddress.of(handle, isPeer: false) ?? requested
            return TCPListener(loop: loop, handle: handle, localAddress: bound, limits: limits)
        }
    }

    /// The accepted connections; see the type's contract.
    public nonisolated var connections: Connections { Connections(listener: self) }

    /// The next accepted connection, nil once the listener is closed.
    public func accept() async throws -> TCPConnection? {
        if let connection = takeWaiting() { return connection }
        if isClosing || isClosed { return nil }
        precondition(consumer == nil, "TCPListener supports one consumer at a time")
        let token = nextConsumerToken
        nextConsumerToken += 1
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                if Task.isCancelled {
                    continuation.resume(throwing: CancellationError())
                } else {
                    consumer = (token, continuation)
                }
            }
        } onCancel: { [loop] in
            loop.execute { self.assumeIsolated { $0.cancelAccept(token: token) } }
        }
    }

    /// Stops listening; see the type's contract. Idempotent.
    public func close() async {
        if isClosed { return }
        isClosing = true
        HandleOwnership.close(handle)
        await withCheckedContinuation { closeWaiters.append($0) }
    }

    private func takeWaiting() -> TCPConnection? {
        if waiting.isEmpty, hasUnacceptedConnection, !isClosing, !isClosed { acceptUnaccepted() }
        guard !waiting.isEmpty else { return nil }
        let connection = waiting.removeFirst()
        if hasUnacceptedConnection, !isClosing, !isClosed { acceptUnaccepted() }
        return connection
    }

    private func connectionArrived(status: Int32) {
        // A negative status is a failed accept(2) (EMFILE, ENOBUFS…); libuv keeps listening.
        guard status == 0, !isClosing else { return }
        hasUnacceptedConnection = true
        if consumer != nil || waiting.count < Self.maxWaitingConnections { acceptUnaccepted() }
    }

    private func acceptUnaccepted() {
        hasUnacceptedConnection = false
        guard let connection = TCPConnection.accept(from: handle, limits: limits, on: loop) else { return }
        if let consumer {
            self.consumer = nil
            consumer.continuation.resume(returning: connection)
        } else {
            waiting.append(connection)
        }
    }

    private func cancelAccept(token: UInt64) {
        guard let consumer, consumer.token == token else { return }
        self.consumer = nil
        consumer.continuation.resume(throwing: CancellationError())
    }

    private func didClose() {
        isClosed = true
        hasUnacceptedConnection = false
        for connection in waiting {
            connection.assumeIsolated { $0.closeImmediately() }
        }
        waiting = []
        if let consumer {
            self.consumer = nil
            consumer.continuation.resume(returning: nil)
        }
        let waiters = closeWaiters
        closeWaiters = []
        for waiter in waiters { waiter.resume() }
    }
}

extension TCPListener {
    /// A listener's accepted connections as an `AsyncSequence` (see `TCPListener`).
    public struct Connections: AsyncSequence, Sendable {
        /// An accepted connection, already reading into its bounded buffer.
        public typealias Element = TCPConnection
        let listener: TCPListener

        /// An iterator that calls `TCPListener.accept()`.
        public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(listener: listener) }

        /// Accepts until the listener closes; see `TCPListener.accept()`.
        public struct AsyncIterator: AsyncIteratorProtocol {
            let listener: TCPListener
            /// The next connection, nil once the listener is closed.
            public mutating func next() async throws -> TCPConnection? { try await listener.accept() }
        }
    }
}
