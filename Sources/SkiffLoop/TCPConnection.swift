import CLibUV
import Glibc

/// A TCP connection on an event loop (IPv4), made by `connect(to:on:)` or accepted by a
/// `TCPListener`.
///
/// **Isolation.** An actor on its loop: calls from actors on the same loop are plain calls.
///
/// **Reading.** Bytes arrive as chunks (`read()` or the `inbound` sequence), in order, with
/// one reader at a time. Up to `maxBufferedReadBytes` are held for a slow reader; beyond that the
/// connection stops reading the socket (`uv_read_stop`), so the peer is slowed by TCP flow
/// control instead of memory growing, and resumes once the reader has drained half. The peer's
/// EOF ends the sequence (nil); a socket error is thrown once, then the sequence ends. Cancelling
/// a waiting reader throws `CancellationError` and leaves the connection readable.
///
/// **Writing.** `write` copies the bytes into a pending buffer and returns; every write issued
/// in one loop turn goes out in one `uv_write` at the end of the turn (about 3× the throughput of
/// one `uv_write` per frame). Bytes are sent in call order. When more than
/// `maxBufferedWriteBytes` are waiting for the kernel, `write` suspends until half has drained.
/// A failed write is thrown by a later `write`.
///
/// **Closing.** `close()` sends what was written, then FIN, then releases the socket; it waits
/// until the socket is released, which a peer that never reads can delay until loop shutdown.
/// A connection that is not closed stays open until the loop shuts down (its handle keeps it
/// alive). Calls after close throw `UVError` (`ECANCELED`).
public actor TCPConnection: LoopBound {
    /// The loop that runs this actor and its socket.
    public nonisolated let loop: EventLoop
    /// The peer's address.
    public nonisolated let remoteAddress: SocketAddress

    private let handle: UnsafeMutablePointer<uv_tcp_t>
    private let limits: TCPBufferLimits

    private enum Phase { case connecting, open, closing, closed }
    private var phase: Phase
    private var connectWaiter: CheckedContinuation<Void, any Error>?
    private var closeWaiters: [CheckedContinuation<Void, Never>] = []

    private enum InboundEnd { case endOfFile, failed(any Error) }
    private var received: [[UInt8]] = []
    private var receivedHead = 0
    private var receivedBytes = 0
    private var inboundEnd: InboundEnd?
    private var reader: (token: UInt64, continuation: CheckedContinuation<[UInt8]?, any Error>)?
    private var nextReaderToken: UInt64 = 0
    private var isReading = false
    /// How often a slow reader made the connection stop reading the socket (for tests).
    private(set) var readPauseCount = 0

    private var pendingWrite: [UInt8] = []
    private var isFlushScheduled = false
    private var writeFailure: (any Error)?
    private var writeWaiters: [CheckedContinuation<Void, any Error>] = []

    private init(loop: EventLoop, handle: UnsafeMutablePointer<uv_tcp_t>, remoteAddress: SocketAddress,
                 limits: TCPBufferLimits, phase: Phase) {
        self.loop = loop
        self.handle = handle
        self.remoteAddress = remoteAddress
        self.limits = limits
        self.phase = phase
        HandleOwnership.attach(handle, owner: self) { [self] in
            self.assumeIsolated { $0.didClose() }
        }
    }

    // MARK: Opening

    /// Connects to `address` (IPv4). Throws `UVError` when the connection fails (e.g.
    /// `ECONNREFUSED` for a closed port, `ETIMEDOUT` when `timeout` passes first) and
    /// `EventLoopClosedError` after loop shutdown.
    /// - Parameters:
    ///   - timeout: how long to wait for the peer's answer; nil waits for the OS, which gives up
    ///     on an unreachable host (SYNs dropped) only after about two minutes.
    ///   - time: the clock of `timeout` (the system clock when nil).
    public static func connect(
        to address: SocketAddress, limits: TCPBufferLimits = TCPBufferLimits(), timeout: Duration? = nil,
        time: (any TimeSource)? = nil, on loop: EventLoop
    ) async throws -> TCPConnection {
        let connection = try await loop.submit { () throws -> TCPConnection in
            try loop.checkOpen()
            let handle = HandleOwnership.allocate(uv_tcp_t.self)
            uv_tcp_init(loop.uvLoop, handle)
            return TCPConnection(loop: loop, handle: handle, remoteAddress: address, limits: limits, phase: .connecting)
        }
        try await connection.startConnecting(timeout: timeout, time: time ?? SystemTimeSource(loop: loop))
        return connection
    }

    /// Accepts the connection waiting on `server`; nil if the accept fails (the peer may already
    /// have gone). Loop thread only.
    static func accept(
        from server: UnsafeMutablePointer<uv_tcp_t>, limits: TCPBufferLimits, on loop: EventLoop
    ) -> TCPConnection? {
        let handle = HandleOwnership.allocate(uv_tcp_t.self)
        uv_tcp_init(loop.uvLoop, handle)
        guard uv_accept(skiff_stream(server), skiff_stream(handle)) == 0 else {
            HandleOwnership.close(handle)
            return nil
        }
        let remote = SocketAddress.of(handle, isPeer: true) ?? SocketAddress(host: "0.0.0.0", port: 0)
        // The handle is fresh and owned by the connection from here on; the region checker only
        // sees that it met `server` in `uv_accept`.
        nonisolated(unsafe) let ownedHandle = handle
        let connection = TCPConnection(loop: loop, handle: ownedHandle, remoteAddress: remote, limits: limits, phase: .open)
        connection.assumeIsolated { $0.didOpen() }
        return connection
    }

    private func startConnecting(timeout: Duration?, time: any TimeSource) async throws {
        let request = HandleOwnership.allocate(uv_connect_t.self)
        do {
            var address = try remoteAddress.makeSockaddr(operation: "connect")
            request.pointee.data = Unmanaged.passRetained(self).toOpaque()
            let result = uv_tcp_connect(request, handle, skiff_sockaddr_in(&address)) { request, status in
                let connection = Unmanaged<TCPConnection>.fromOpaque(request!.pointee.data).takeRetainedValue()
                free(request)
                connection.assumeIsolated { $0.didConnect(status: status) }
            }
            if result < 0 {
                Unmanaged<TCPConnection>.fromOpaque(request.pointee.data).release()
                throw UVError(code: result, operation: "connect \(remoteAddress)")
            }
        } catch {
            free(request)
            phase = .closing
            HandleOwnership.close(handle)
            throw error
        }
        let deadline = timeout.map { timeout in
            Task(executorPreference: loop.taskExecutor) { [weak self] in
                do { try await time.sleep(for: timeout) } catch { return }
                await self?.connectTimedOut(after: timeout)
            }
        }
        defer { deadline?.cancel() }
        try await withCheckedThrowingContinuation { connectWaiter = $0 }
    }

    /// Gives up a connection attempt still unanswered: closing the handle cancels the request
    /// (its callback then finds the connection closing).
    private func connectTimedOut(after timeout: Duration) {
        guard phase == .connecting, let waiter = connectWaiter else { return }
        connectWaiter = nil
        phase = .closing
        HandleOwnership.close(handle)
        waiter.resume(throwing: UVError(code: UV_ETIMEDOUT.rawValue, operation: "connect \(remoteAddress): no answer within \(timeout)"))
    }

    private func didConnect(status: Int32) {
        let waiter = connectWaiter
        connectWaiter = nil
        guard phase == .connecting else {
            // Closed while connecting (loop shutdown, or the connect timed out): the waiter was
            // already failed.
            waiter?.resume(throwing: closedError("connect"))
            return
        }
        if status < 0 {
            phase = .closing
            HandleOwnership.close(handle)
            waiter?.resume(throwing: UVError(code: status, operation: "connect \(remoteAddress)"))
            return
        }
        phase = .open
        didOpen()
        waiter?.resume()
    }

    private func didOpen() {
        // Writes are already coalesced per loop turn; Nagle would only add latency.
        uv_tcp_nodelay(handle, 1)
        startReading()
    }

    /// This end's address.
    public var localAddress: SocketAddress? {
        phase == .closed ? nil : SocketAddress.of(handle, isPeer: false)
    }

    // MARK: Reading

    /// The received bytes as a sequence of chunks; see the type's contract. One iterator at a time.
    public nonisolated var inbound: Inbound { Inbound(connection: self) }

    /// The next chunk of received bytes, nil after the peer's EOF or `close()`.
    public func read() async throws -> [UInt8]? {
        if let chunk = takeBufferedChunk() { return chunk }
        switch inboundEnd {
        case .endOfFile?:
            return nil
        case .failed(let error)?:
            inboundEnd = .endOfFile
            throw error
        case nil:
            break
        }
        precondition(reader == nil, "TCPConnection supports one reader at a time")
        let token = nextReaderToken
        nextReaderToken += 1
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                if Task.isCancelled {
                    continuation.resume(throwing: CancellationError())
                } else {
                    reader = (token, continuation)
                }
            }
        } onCancel: { [loop] in
            loop.execute { self.assumeIsolated { $0.cancelRead(token: token) } }
        }
    }

    private func cancelRead(token: UInt64) {
        guard let reader, reader.token == token else { return }
        self.reader = nil
        reader.continuation.resume(throwing: CancellationError())
    }

    /// Received bytes waiting for the reader.
    var bufferedReadBytes: Int { receivedBytes }

    private func takeBufferedChunk() -> [UInt8]? {
        guard receivedHead < received.count else { return nil }
        let chunk = received[receivedHead]
        receivedHead += 1
        receivedBytes -= chunk.count
        if receivedHead == received.count {
            received.removeAll(keepingCapacity: true)
            receivedHead = 0
        }
        if !isReading, inboundEnd == nil, phase == .open, receivedBytes <= limits.maxBufferedReadBytes / 2 {
            startReading()
        }
        return chunk
    }

    private func startReading() {
        guard !isReading else { return }
        let result = uv_read_start(skiff_stream(handle), EventLoop.allocateReadBuffer) { stream, count, buffer in
            let connection = HandleOwnership.owner(of: stream, as: TCPConnection.self)
            let chunk = count > 0 ? [UInt8](UnsafeRawBufferPointer(start: buffer!.pointee.base, count: count)) : nil
            connection.assumeIsolated { $0.didRead(count: count, chunk: chunk) }
        }
        if result < 0 {
            endInbound(.failed(UVError(code: result, operation: "read from \(remoteAddress)")))
        } else {
            isReading = true
        }
    }

    private func stopReading() {
        guard isReading else { return }
        uv_read_stop(skiff_stream(handle))
        isReading = false
    }

    private func didRead(count: Int, chunk: [UInt8]?) {
        if let chunk {
            if let reader {
                self.reader = nil
                reader.continuation.resume(returning: chunk)
                return
            }
            received.append(chunk)
            receivedBytes += chunk.count
            if receivedBytes >= limits.maxBufferedReadBytes {
                stopReading()
                readPauseCount += 1
            }
        } else if count < 0 {
            stopReading()
            endInbound(count == Int(UV_EOF.rawValue)
                ? .endOfFile
                : .failed(UVError(code: Int32(count), operation: "read from \(remoteAddress)")))
        }
    }

    /// Records the end of the inbound bytes; a waiting reader sees it now (nothing is buffered
    /// when a reader waits).
    private func endInbound(_ end: InboundEnd) {
        guard inboundEnd == nil else { return }
        inboundEnd = end
        guard let reader else { return }
        self.reader = nil
        switch end {
        case .endOfFile:
            reader.continuation.resume(returning: nil)
        case .failed(let error):
            inboundEnd = .endOfFile
            reader.continuation.resume(throwing: error)
        }
    }

    // MARK: Writing

    /// Queues `bytes` to be sent at the end of this loop turn; see the type's contract.
    /// Throws the error of an earlier failed write, or `UVError` (`ECANCELED`) after `close()`.
    public func write(_ bytes: [UInt8]) async throws {
        if let writeFailure { throw writeFailure }
        guard phase == .open else { throw closedError("write") }
        guard !bytes.isEmpty else { return }
        if pendingWrite.isEmpty {
            pendingWrite = bytes
        } else {
            pendingWrite.append(contentsOf: bytes)
        }
        if !isFlushScheduled {
            isFlushScheduled = true
            loop.runAtEndOfTurn { [self] in self.assumeIsolated { $0.flush() } }
        }
        if bufferedWriteBytes > limits.maxBufferedWriteBytes {
            try await withCheckedThrowingContinuation { writeWaiters.append($0) }
        }
    }

    /// Bytes written but not yet taken by the kernel.
    var bufferedWriteBytes: Int {
        pendingWrite.count + (phase == .closed ? 0 : uv_stream_get_write_queue_size(skiff_stream(handle)))
    }

    private func flush() {
        isFlushScheduled = false
        guard !pendingWrite.isEmpty else { return }
        guard writeFailure == nil, phase == .open || phase == .closing else {
            pendingWrite = []
            return
        }
        let count = pendingWrite.count
        // One allocation holds the request and a copy of the bytes; freed in the callback.
        let headerSize = MemoryLayout<uv_write_t>.stride
        let raw = malloc(headerSize + count)!
        let request = raw.bindMemory(to: uv_write_t.self, capacity: 1)
        let payload = (raw + headerSize).bindMemory(to: CChar.self, capacity: count)
        pendingWrite.withUnsafeBytes { UnsafeMutableRawPointer(payload).copyMemory(from: $0.baseAddress!, byteCount: count) }
        if count > 64 * 1024 {
            pendingWrite = []
        } else {
            pendingWrite.removeAll(keepingCapacity: true)
        }
        request.pointee.data = Unmanaged.passRetained(self).toOpaque()
        var buffer = uv_buf_init(payload, UInt32(count))
        let result = uv_write(request, skiff_stream(handle), &buffer, 1) { request, status in
            let connection = Unmanaged<TCPConnection>.fromOpaque(request!.pointee.data).takeRetainedValue()
            free(request)
            connection.assumeIsolated { $0.didWrite(status: status) }
        }
        if result < 0 {
            Unmanaged<TCPConnection>.fromOpaque(request.pointee.data).release()
            free(raw)
            didWrite(status: result)
        }
    }

    private func didWrite(status: Int32) {
        if status < 0, status != UV_ECANCELED.rawValue, writeFailure == nil {
            writeFailure = UVError(code: status, operation: "write to \(remoteAddress)")
        }
        if let writeFailure {
            failWriteWaiters(writeFailure)
        } else if bufferedWriteBytes <= limits.maxBufferedWriteBytes / 2 {
            let waiters = writeWaiters
            writeWaiters = []
            for waiter in waiters { waiter.resume() }
        }
    }

    private func failWriteWaiters(_ error: any Error) {
        let waiters = writeWaiters
        writeWaiters = []
        for waiter in waiters { waiter.resume(throwing: error) }
    }

    // MARK: Closing

    /// Sends what was written, then FIN, and releases the socket; see the type's contract.
    /// Idempotent.
    public func close() async {
        switch phase {
        case .closed:
            return
        case .closing:
            break
        case .connecting:
            phase = .closing
            HandleOwnership.close(handle)
        case .open:
            phase = .closing
            flush()
            stopReading()
            endInbound(.endOfFile)
            failWriteWaiters(closedError("write"))
            let request = HandleOwnership.allocate(uv_shutdown_t.self)
            request.pointee.data = Unmanaged.passRetained(self).toOpaque()
            let result = uv_shutdown(request, skiff_stream(handle)) { request, _ in
                // Whatever the outcome (the peer may be gone), the socket is released next.
                let connection = Unmanaged<TCPConnection>.fromOpaque(request!.pointee.data).takeRetainedValue()
                free(request)
                connection.assumeIsolated { connection in
                    if connection.phase != .closed { HandleOwnership.close(connection.handle) }
                }
            }
            if result < 0 {
                Unmanaged<TCPConnection>.fromOpaque(request.pointee.data).release()
                free(request)
                HandleOwnership.close(handle)
            }
        }
        await withCheckedContinuation { closeWaiters.append($0) }
    }

    /// Closes the socket at once, dropping unsent bytes. Loop thread only.
    func closeImmediately() {
        guard phase != .closed else { return }
        phase = .closing
        HandleOwnership.close(handle)
    }

    /// The handle's close callback: the one place where everything still waiting is released.
    private func didClose() {
        phase = .closed
        isReading = false
        pendingWrite = []
        endInbound(.endOfFile)
        failWriteWaiters(closedError("write"))
        if let connectWaiter {
            self.connectWaiter = nil
            connectWaiter.resume(throwing: closedError("connect"))
        }
        let waiters = closeWaiters
        closeWaiters = []
        for waiter in waiters { waiter.resume() }
    }

    private func closedError(_ operation: String) -> UVError {
        UVError(code: UV_ECANCELED.rawValue, operation: "\(operation) \(remoteAddress): connection closed")
    }
}

extension TCPConnection {
    /// The received bytes of a connection as an `AsyncSequence` of chunks (see `TCPConnection`).
    public struct Inbound: AsyncSequence, Sendable {
        /// A chunk of received bytes, as the kernel delivered it (framing is the reader's job).
        public typealias Element = [UInt8]
        let connection: TCPConnection

        /// An iterator that calls `TCPConnection.read()`.
        public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(connection: connection) }

        /// Reads chunks until the end; see `TCPConnection.read()`.
        public struct AsyncIterator: AsyncIteratorProtocol {
            let connection: TCPConnection
            /// The next chunk, nil at the end.
            public mutating func next() async throws -> [UInt8]? { try await connection.read() }
        }
    }
}
