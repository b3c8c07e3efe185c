import SkiffAPI
import SkiffClient
import SkiffLoop

/// The `APIClient` of a component in another process: every call is a `request` frame on one
/// multiplexed TCP connection to a `WireServer`.
///
/// **Calls.** Many calls may be in flight at once, each on its own stream id; responses are
/// matched by id, in whatever order the server finishes them. A server error is thrown as the
/// server's `Status`, unchanged (reason, code, message, details).
///
/// **Watches.** Events arrive in a bounded `WatchStream`: a consumer that falls more than
/// `watchBufferCapacity` events behind is ended with `Status` `Expired` and the server is told
/// to stop (`cancel`); cancelling the stream sends `cancel` too. A server-side end (e.g. the
/// server dropped a slow watcher) ends the stream with the server's `Status`.
///
/// **Connection loss.** When the connection ends or breaks, every pending call throws and every
/// watch ends with `Status` `ServiceUnavailable` (503); later calls throw the same at once.
/// There is no reconnect yet: make a new client (and re-list, as after any watch end).
///
/// **Isolation.** An actor on the given loop; put it on the loop of its callers.
public actor RemoteClient: APIClient, LoopBound {
    public nonisolated let loop: EventLoop
    /// The server's address.
    public nonisolated let address: SocketAddress
    /// How many events a watch may buffer for a slow consumer before it ends with `Expired`.
    public nonisolated let watchBufferCapacity: Int

    private let connection: TCPConnection
    private let writer: FrameWriter
    private var decoder: FrameDecoder
    private var nextStreamID: UInt32 = 1
    private var pending: [UInt32: CheckedContinuation<Frame, any Error>] = [:]
    private var watches: [UInt32: WatchSink] = [:]
    private var helloWaiter: CheckedContinuation<Void, any Error>?
    private var hasHello = false
    private var failure: Status?
    private var readTask: Task<Void, Never>?

    /// Where a watch's frames go; type-erased so one table holds watches of every kind.
    private struct WatchSink {
        /// Decodes and enqueues one event payload; false when the watch must end (with `finish`
        /// already called) and the server be told to stop.
        let deliver: @Sendable ([UInt8]) -> Bool
        let finish: @Sendable ((any Error)?) -> Void
    }

    private init(connection: TCPConnection, address: SocketAddress, watchBufferCapacity: Int, maxFrameSize: Int) {
        self.loop = connection.loop
        self.connection = connection
        self.address = address
        self.watchBufferCapacity = max(1, watchBufferCapacity)
        self.writer = FrameWriter(connection: connection)
        self.decoder = FrameDecoder(maxPayloadSize: maxFrameSize)
    }

    /// Connects to a `WireServer` at `address` and exchanges `hello` frames. Throws the TCP
    /// error when the connection fails, or `ServiceUnavailable` when the handshake does.
    public static func connect(
        to address: SocketAddress, watchBufferCapacity: Int = 10_000,
        maxFrameSize: Int = FrameDecoder.defaultMaxPayloadSize, on loop: EventLoop
    ) async throws -> RemoteClient {
        let connection = try await TCPConnection.connect(to: address, on: loop)
        let client = RemoteClient(
            connection: connection, address: address, watchBufferCapacity: watchBufferCapacity, maxFrameSize: maxFrameSize
        )
        do {
            try await client.handshake()
        } catch {
            await client.close()
            throw error
        }
        return client
    }

    /// Closes the connection: pending calls and watches end with `ServiceUnavailable`. Idempotent.
    public func close() async {
        fail(Status.unavailable("the client was closed"))
        readTask?.cancel()
        await connection.close()
    }

    // MARK: APIClient

    public func create<Object: APIObject>(_ object: Object) async throws -> Object {
        let request = WireRequest(
            verb: .create, resource: Object.resourceInfo.qualifiedResource, namespace: object.metadata.namespace,
            name: object.metadata.name, body: try JSONCodec.encodeValue(object)
        )
        return try await call(request, returning: Object.self)
    }

    public func get<Object: APIObject>(_ type: Object.Type, name: String, namespace: String?) async throws -> Object {
        let request = WireRequest(verb: .get, resource: Object.resourceInfo.qualifiedResource, namespace: namespace, name: name)
        return try await call(request, returning: Object.self)
    }

    public func list<Object: APIObject>(
        _ type: Object.Type, namespace: String?, options: ListOptions
    ) async throws -> ObjectList<Object> {
        let request = WireRequest(
            verb: .list, resource: Object.resourceInfo.qualifiedResource, namespace: namespace, listOptions: options
        )
        return try await call(request, returning: ObjectList<Object>.self)
    }

    public func update<Object: APIObject>(_ object: Object) async throws -> Object {
        let request = WireRequest(
            verb: .update, resource: Object.resourceInfo.qualifiedResource, namespace: object.metadata.namespace,
            name: object.metadata.name, body: try JSONCodec.encodeValue(object)
        )
        return try await call(request, returning: Object.self)
    }

    public func updateStatus<Object: HasStatus>(_ object: Object) async throws -> Object {
        let request = WireRequest(
            verb: .update, resource: Object.resourceInfo.qualifiedResource, namespace: object.metadata.namespace,
            name: object.metadata.name, subresource: .status, body: try JSONCodec.encodeValue(object)
        )
        return try await call(request, returning: Object.self)
    }

    public func patch<Object: APIObject>(
        _ type: Object.Type, name: String, namespace: String?, patch: Patch, subresource: Subresource?
    ) async throws -> Object {
        let request = WireRequest(
            verb: .patch, resource: Object.resourceInfo.qualifiedResource, namespace: namespace, name: name,
            subresource: subresource, patch: String(decoding: patch.body, as: UTF8.self), patchType: patch.type
        )
        return try await call(request, returning: Object.self)
    }

    public func delete<Object: APIObject>(
        _ type: Object.Type, name: String, namespace: String?, options: DeleteOptions
    ) async throws -> Object {
        let request = WireRequest(
            verb: .delete, resource: Object.resourceInfo.qualifiedResource, namespace: namespace, name: name,
            deleteOptions: options
        )
        return try await call(request, returning: Object.self)
    }

    public func bind(_ binding: Binding) async throws {
        let request = WireRequest(
            verb: .create, resource: Pod.resourceInfo.qualifiedResource, namespace: binding.metadata.namespace,
            name: binding.metadata.name, subresource: .binding, body: try JSONCodec.encodeValue(binding)
        )
        _ = try await call(request)
    }

    public func getScale<Object: Scalable>(_ type: Object.Type, name: String, namespace: String?) async throws -> Scale {
        let request = WireRequest(
            verb: .get, resource: Object.resourceInfo.qualifiedResource, namespace: namespace, name: name, subresource: .scale
        )
        return try await call(request, returning: Scale.self)
    }

    public func updateScale<Object: Scalable>(_ type: Object.Type, scale: Scale) async throws -> Scale {
        let request = WireRequest(
            verb: .update, resource: Object.resourceInfo.qualifiedResource, namespace: scale.metadata.namespace,
            name: scale.metadata.name, subresource: .scale, body: try JSONCodec.encodeValue(scale)
        )
        return try await call(request, returning: Scale.self)
    }

    public func watch<Object: APIObject>(
        _ type: Object.Type, namespace: String?, options: WatchOptions
    ) async throws -> WatchStream<Object> {
        if let failure { throw failure }
        let id = allocateStreamID()
        let channel = WatchStream<Object>(capacity: watchBufferCapacity) {
            Status.expired("the watch fell too far behind; re-list and watch again")
        }
        // Registered before the request is sent: events may follow the response at once.
        watches[id] = WatchSink(
            deliver: { payload in
                do {
                    let event = try JSONCodec.decode(WireWatchEvent<Object>.self, from: payload).event
                    return channel.send(event) == .enqueued
                } catch {
                    channel.finish(throwing: Status.from(error))
                    return false
                }
            },
            finish: { error in channel.finish(throwing: error) }
        )
        // The consumer cancelled (or the channel overflowed): tell the server, if the watch is
        // still registered (a server-side end has already removed it).
        channel.setOnTermination { [weak self] in
            guard let self else { return }
            Task { await self.watchTerminated(id) }
        }
        let request = WireRequest(
            verb: .watch, resource: Object.resourceInfo.qualifiedResource, namespace: namespace, watchOptions: options
        )
        do {
            _ = try await call(request, streamID: id)
        } catch {
            watches[id] = nil
            channel.cancel()
            throw error
        }
        return channel
    }

    // MARK: Calls

    private func handshake() async throws {
        readTask = Task { await self.readLoop() }
        await writer.setOnFailure { [weak self] error in
            guard let self else { return }
            Task { await self.fail(Status.unavailable("connection to \(self.address) failed: \(error)")) }
        }
        writer.send(Frame(type: .hello, streamID: 0, payload: try JSONCodec.encode(WireHello())))
        if hasHello { return }
        if let failure { throw failure }
        try await withCheckedThrowingContinuation { helloWaiter = $0 }
    }

    private func allocateStreamID() -> UInt32 {
        repeat {
            nextStreamID = nextStreamID == UInt32.max ? 1 : nextStreamID + 1
        } while pending[nextStreamID] != nil || watches[nextStreamID] != nil
        return nextStreamID
    }

    private func call<Result: Decodable>(_ request: WireRequest, returning type: Result.Type) async throws -> Result {
        let payload = try await call(request)
        do {
            return try JSONCodec.decode(Result.self, from: payload)
        } catch {
            throw Status.internalError("undecodable response from \(address): \(Status.from(error).message ?? "")")
        }
    }

    /// Sends `request` and returns the response payload, or throws the server's `Status`.
    private func call(_ request: WireRequest, streamID: UInt32? = nil) async throws -> [UInt8] {
        if let failure { throw failure }
        let id = streamID ?? allocateStreamID()
        let frame = Frame(type: .request, streamID: id, payload: try JSONCodec.encode(request))
        let response = try await withCheckedThrowingContinuation { continuation in
            pending[id] = continuation
            writer.send(frame)
        }
        if response.flags.contains(.status) {
            guard let status = try? JSONCodec.decode(Status.self, from: response.payload) else {
                throw Status.internalError("undecodable error status from \(address)")
            }
            throw status
        }
        return response.payload
    }

    private func watchTerminated(_ id: UInt32) {
        guard watches.removeValue(forKey: id) != nil else { return }
        if failure == nil { writer.send(Frame(type: .cancel, flags: .endOfStream, streamID: id)) }
    }

    // MARK: Reading

    private func readLoop() async {
        do {
            while let chunk = try await connection.read() {
                decoder.feed(chunk)
                while let frame = try decoder.nextFrame() {
                    try handle(frame)
                }
                if failure != nil { break }
            }
            if failure != nil {
                await connection.close()
                return
            }
            try decoder.finish()
            fail(Status.unavailable("connection to \(address) was closed by the server"))
        } catch let status as Status {
            fail(status)
        } catch {
            fail(Status.unavailable("connection to \(address) failed: \(error)"))
        }
        await connection.close()
    }

    private func handle(_ frame: Frame) throws {
        switch frame.type {
        case .hello:
            guard !hasHello, frame.streamID == 0,
                  let hello = try? JSONCodec.decode(WireHello.self, from: frame.payload),
                  hello.version == WireHello.currentVersion
            else {
                throw Status.unavailable("protocol error from \(address): bad hello")
            }
            hasHello = true
            helloWaiter?.resume()
            helloWaiter = nil
        case .response:
            // An unknown id is a call that already failed locally: nothing waits for it.
            pending.removeValue(forKey: frame.streamID)?.resume(returning: frame)
        case .watchEvent:
            guard let sink = watches[frame.streamID] else { return }
            if !sink.deliver(frame.payload) {
                watches[frame.streamID] = nil
                writer.send(Frame(type: .cancel, flags: .endOfStream, streamID: frame.streamID))
            }
        case .watchEnd:
            guard let sink = watches.removeValue(forKey: frame.streamID) else { return }
            if frame.flags.contains(.status) {
                sink.finish((try? JSONCodec.decode(Status.self, from: frame.payload))
                    ?? Status.internalError("undecodable watch end status from \(address)"))
            } else {
                sink.finish(nil)
            }
        case .ping:
            writer.send(Frame(type: .pong, streamID: frame.streamID, payload: frame.payload))
        case .pong, .cancel:
            break
        case .goAway:
            throw Status.unavailable("the server at \(address) is going away")
        case .request:
            throw Status.unavailable("protocol error from \(address): unexpected request frame")
        }
    }

    /// Ends everything with `status` (the first failure wins).
    private func fail(_ status: Status) {
        guard failure == nil else { return }
        failure = status
        writer.shutdown()
        // Also ends a read that is waiting (e.g. after a write failure), so the read loop exits
        // and the socket is released. `close()` is idempotent.
        Task { await self.connection.close() }
        helloWaiter?.resume(throwing: status)
        helloWaiter = nil
        let calls = pending
        pending = [:]
        for continuation in calls.values { continuation.resume(throwing: status) }
        let sinks = watches
        watches = [:]
        for sink in sinks.values { sink.finish(status) }
    }
}
