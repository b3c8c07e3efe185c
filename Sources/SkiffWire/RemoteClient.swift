import Foundation
import SkiffAPI
import SkiffClient
import SkiffLoop
import Synchronization

/// The `APIClient` of a component in another process: every call is a `request` frame on one
/// multiplexed TCP connection to a `WireServer`, and the connection is kept alive.
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
/// **Dead peers.** A quiet connection is pinged every `heartbeatInterval`; one on which nothing
/// arrived for `heartbeatTimeout` is declared dead (times on the injected `TimeSource`).
///
/// **Connection loss and reconnection.** When the connection ends, breaks or dies, the calls in
/// flight on it throw `ServiceUnavailable` (503) — they may or may not have been applied — and its
/// watches end with the same status. The client then reconnects at once, and again with
/// `reconnectBackoff` between failed attempts, until `close()`. A call made while an attempt is
/// under way waits for it; a call made while waiting to retry throws 503 at once. Watchers (an
/// `Informer`) resume by watching again from the last resourceVersion they saw, re-listing on
/// `Expired`: nothing is lost and nothing is applied twice.
///
/// **goAway.** When the server says it is going away, new calls go to a new connection while
/// the old one finishes the calls already on it.
///
/// **Isolation.** An actor on the given loop; put it on the loop of its callers.
public actor RemoteClient: APIClient, LoopBound {
    public nonisolated let loop: EventLoop
    /// The server's address.
    public nonisolated let address: SocketAddress
    public nonisolated let options: Options
    /// How many events a watch may buffer for a slow consumer before it ends with `Expired`.
    public nonisolated var watchBufferCapacity: Int { options.watchBufferCapacity }
    private let time: any TimeSource

    /// Where new calls go.
    private enum Link {
        case connected(UInt64)
        /// An attempt is under way; callers wait in `connectWaiters`.
        case connecting
        /// The last attempt failed with this status; callers fail fast until the next attempt.
        case retrying(Status)
        case closed(Status)
    }

    private var link: Link = .connecting
    /// Every live session: the connected one and those finishing after a `goAway`.
    private var sessions: [UInt64: ClientSession] = [:]
    private var nextSessionID: UInt64 = 0
    private var connectWaiters: [CheckedContinuation<Void, Never>] = []
    private var reconnectTask: Task<Void, Never>?
    /// Set first thing in `close()`: streams ending because of it need not tell the server (and
    /// must not leave work on a loop that is about to shut down).
    private nonisolated let isClosing = Atomic<Bool>(false)
    /// How many connections have been established (1 after `connect`).
    public private(set) var connectionCount = 0

    private init(address: SocketAddress, options: Options, time: any TimeSource, loop: EventLoop) {
        self.loop = loop
        self.address = address
        self.options = options
        self.time = time
    }

    /// Connects to a `WireServer` at `address` and exchanges `hello` frames. Throws the TCP
    /// error when the connection fails, or `ServiceUnavailable` when the handshake does; later
    /// losses are repaired by reconnecting (see the type's contract).
    /// - Parameter time: the clock of heartbeats and reconnection back-off (the system clock
    ///   when nil).
    public static func connect(
        to address: SocketAddress, options: Options = Options(), time: (any TimeSource)? = nil, on loop: EventLoop
    ) async throws -> RemoteClient {
        let client = RemoteClient(address: address, options: options, time: time ?? SystemTimeSource(loop: loop), loop: loop)
        try await client.connectFirst()
        return client
    }

    /// A client that connects in the background, retrying with back-off until the server answers:
    /// for a component started before its API server. Calls made before the first connection
    /// wait for an attempt under way or fail fast with `ServiceUnavailable` between attempts;
    /// `waitUntilConnected()` waits for the first (or next) connection.
    public static func connecting(
        to address: SocketAddress, options: Options = Options(), time: (any TimeSource)? = nil, on loop: EventLoop
    ) async -> RemoteClient {
        let client = RemoteClient(address: address, options: options, time: time ?? SystemTimeSource(loop: loop), loop: loop)
        await client.startReconnecting()
        return client
    }

    /// Returns once a connection is established (at once if it is); throws `ServiceUnavailable`
    /// if the client is closed first.
    public func waitUntilConnected() async throws {
        while true {
            switch link {
            case .connected: return
            case .closed(let status): throw status
            case .connecting, .retrying: await withCheckedContinuation { connectWaiters.append($0) }
            }
        }
    }

    /// `connect(to:options:time:on:)` with only the watch buffer changed.
    public static func connect(
        to address: SocketAddress, watchBufferCapacity: Int, on loop: EventLoop
    ) async throws -> RemoteClient {
        var options = Options()
        options.watchBufferCapacity = watchBufferCapacity
        return try await connect(to: address, options: options, on: loop)
    }

    /// Closes every connection and stops reconnecting: pending calls and watches end with
    /// `ServiceUnavailable`, and so does every later call. Idempotent.
    public func close() async {
        isClosing.store(true, ordering: .relaxed)
        let status = Status.unavailable("the client was closed")
        link = .closed(status)
        let reconnecting = reconnectTask
        reconnectTask = nil
        reconnecting?.cancel()
        wakeConnectWaiters()
        let open = sessions
        sessions = [:]
        for session in open.values {
            session.end(with: status)
            session.readTask?.cancel()
            await session.connection.close()
        }
        // Returns only once nothing of this client is left running, so the caller may shut the
        // loop down right after.
        await reconnecting?.value
        for session in open.values {
            await session.readTask?.value
            await session.heartbeatTask?.value
        }
    }

    /// Whether a connection is established right now.
    public var isConnected: Bool {
        if case .connected = link { return true }
        return false
    }

    // MARK: APIClient

    public func create<Object: APIObject>(_ object: Object) async throws -> Object {
        let request = WireRequest(
            verb: .create, resource: Object.resourceInfo.qualifiedResource, namespace: object.metadata.namespace,
            name: object.metadata.name, body: try WireBody(encoding: object)
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
            name: object.metadata.name, body: try WireBody(encoding: object)
        )
        return try await call(request, returning: Object.self)
    }

    public func updateStatus<Object: HasStatus>(_ object: Object) async throws -> Object {
        let request = WireRequest(
            verb: .update, resource: Object.resourceInfo.qualifiedResource, namespace: object.metadata.namespace,
            name: object.metadata.name, subresource: .status, body: try WireBody(encoding: object)
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
            name: binding.metadata.name, subresource: .binding, body: try WireBody(encoding: binding)
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
            name: scale.metadata.name, subresource: .scale, body: try WireBody(encoding: scale)
        )
        return try await call(request, returning: Scale.self)
    }

    public func watch<Object: APIObject>(
        _ type: Object.Type, namespace: String?, options: WatchOptions
    ) async throws -> WatchStream<Object> {
        let request = WireRequest(
            verb: .watch, resource: Object.resourceInfo.qualifiedResource, namespace: namespace, watchOptions: options
        )
        return try await openStream(request, overflow: "the watch fell too far behind; re-list and watch again") { payload in
            try WireWatchEvent<Object>(payload: payload).event
        }
    }

    public func podLogs(name: String, namespace: String?, options: PodLogOptions) async throws -> PodLogStream {
        let request = WireRequest(
            verb: .get, resource: Pod.resourceInfo.qualifiedResource, namespace: namespace, name: name,
            subresource: .log, logOptions: options
        )
        return try await openStream(request, overflow: "the log reader fell too far behind") { $0 }
    }

    public func podMetrics(namespace: String?) async throws -> [PodMetrics] {
        let request = WireRequest(verb: .list, resource: WireRequest.podMetricsResource, namespace: namespace)
        return try await call(request, returning: [PodMetrics].self)
    }

    public func nodeMetrics() async throws -> [NodeMetrics] {
        try await call(WireRequest(verb: .list, resource: WireRequest.nodeMetricsResource), returning: [NodeMetrics].self)
    }

    /// Sends a request answered by a server-push stream and returns the channel its frames are
    /// decoded into; see the type's contract on watches (logs behave the same).
    private func openStream<Element: Sendable>(
        _ request: WireRequest, overflow message: String, decode: @escaping @Sendable ([UInt8]) throws -> Element
    ) async throws -> BoundedChannel<Element> {
        let session = try await connectedSession()
        let id = session.allocateStreamID()
        let sessionID = session.id
        let channel = BoundedChannel<Element>(capacity: watchBufferCapacity) {
            Status.expired(message)
        }
        // Registered before the request is sent: events may follow the response at once.
        session.watches[id] = ClientSession.WatchSink(
            deliver: { payload in
                do {
                    return channel.send(try decode(payload)) == .enqueued
                } catch {
                    channel.finish(throwing: Status.from(error))
                    return false
                }
            },
            finish: { error in channel.finish(throwing: error) }
        )
        // The consumer cancelled (or the channel overflowed): tell the server, if the stream is
        // still registered (a server-side end has already removed it).
        channel.setOnTermination { [weak self] in
            guard let self, !self.isClosing.load(ordering: .relaxed) else { return }
            Task { await self.watchTerminated(id, session: sessionID) }
        }
        do {
            _ = try await send(request, on: session, streamID: id)
        } catch {
            session.watches[id] = nil
            channel.cancel()
            throw error
        }
        return channel
    }

    // MARK: Calls

    private func call<Result: Decodable>(_ request: WireRequest, returning type: Result.Type) async throws -> Result {
        let payload = try await call(request)
        do {
            return try JSONCodec.decode(Result.self, from: payload)
        } catch {
            throw Status.internalError("undecodable response from \(address): \(Status.from(error).message ?? "")")
        }
    }

    /// Sends `request` and returns the response payload, or throws the server's `Status`.
    private func call(_ request: WireRequest) async throws -> [UInt8] {
        let session = try await connectedSession()
        return try await send(request, on: session, streamID: session.allocateStreamID())
    }

    private func send(_ request: WireRequest, on session: ClientSession, streamID id: UInt32) async throws -> [UInt8] {
        let frame = Frame(type: .request, streamID: id, payload: try request.payload())
        if let ending = session.ending { throw ending }
        let response = try await withCheckedThrowingContinuation { continuation in
            session.pending[id] = continuation
            session.writer.send(frame)
        }
        if response.flags.contains(.status) {
            guard let status = try? JSONCodec.decode(Status.self, from: response.payload) else {
                throw Status.internalError("undecodable error status from \(address)")
            }
            throw status
        }
        return response.payload
    }

    private func watchTerminated(_ id: UInt32, session sessionID: UInt64) {
        guard let session = sessions[sessionID], session.watches.removeValue(forKey: id) != nil else { return }
        session.writer.send(Frame(type: .cancel, flags: .endOfStream, streamID: id))
        closeIfDrained(session)
    }

    // MARK: Connecting

    /// The session new calls go to, waiting for a connection attempt under way.
    private func connectedSession() async throws -> ClientSession {
        while true {
            switch link {
            case .connected(let id):
                if let session = sessions[id] { return session }
                // Unreachable: a connected session is removed only together with the link.
                throw Status.unavailable("connection to \(address) was lost")
            case .connecting:
                await withCheckedContinuation { connectWaiters.append($0) }
            case .retrying(let status), .closed(let status):
                throw status
            }
        }
    }

    private func connectFirst() async throws {
        do {
            let session = try await openSession()
            link = .connected(session.id)
        } catch {
            link = .closed(Status.unavailable("cannot connect to \(address): \(error)"))
            throw error
        }
    }

    /// Opens a connection and completes the handshake; the session is registered (so its read
    /// loop and heartbeat can end it) but not yet the one new calls go to.
    private func openSession() async throws -> ClientSession {
        let connection = try await TCPConnection.connect(to: address, timeout: options.connectTimeout, time: time, on: loop)
        nextSessionID += 1
        let session = ClientSession(id: nextSessionID, connection: connection, maxFrameSize: options.maxFrameSize, now: time.now())
        let id = session.id
        sessions[id] = session
        session.readTask = Task { await self.readLoop(session: id) }
        session.heartbeatTask = Task { await self.heartbeat(session: id) }
        await session.writer.setOnFailure { [weak self] error in
            guard let self else { return }
            Task { await self.sessionEnded(id, Status.unavailable("connection to \(self.address) failed: \(error)")) }
        }
        session.writer.send(Frame(type: .hello, streamID: 0, payload: try JSONCodec.encode(WireHello(token: options.token))))
        do {
            if !session.hasHello {
                if let ending = session.ending { throw ending }
                try await withCheckedThrowingContinuation { session.helloWaiter = $0 }
            }
        } catch {
            sessionEnded(id, Status.from(error))
            await connection.close()
            throw error
        }
        connectionCount += 1
        return session
    }

    /// Reconnects until a connection is established or the client is closed.
    private func reconnect() async {
        var attempt = 0
        while !Task.isCancelled {
            if case .closed = link { break }
            link = .connecting
            do {
                let session = try await openSession()
                if case .closed = link {
                    session.end(with: Status.unavailable("the client was closed"))
                    break
                }
                link = .connected(session.id)
                wakeConnectWaiters()
                break
            } catch {
                if case .closed = link { break }
                link = .retrying(Status.unavailable("cannot reach \(address): \(Status.from(error).message ?? "\(error)")"))
                wakeConnectWaiters()
            }
            do {
                try await time.sleep(for: options.reconnectBackoff.delay(forAttempt: attempt))
            } catch {
                break
            }
            attempt += 1
        }
        reconnectTask = nil
    }

    private func startReconnecting() {
        guard reconnectTask == nil else { return }
        if case .closed = link { return }
        link = .connecting
        reconnectTask = Task { await self.reconnect() }
    }

    private func wakeConnectWaiters() {
        let waiters = connectWaiters
        connectWaiters = []
        for waiter in waiters { waiter.resume() }
    }

    /// Ends a session; when it was the one new calls go to, starts reconnecting.
    private func sessionEnded(_ id: UInt64, _ status: Status) {
        guard let session = sessions.removeValue(forKey: id) else { return }
        session.end(with: status)
        if case .connected(let current) = link, current == id {
            startReconnecting()
        }
    }

    private func closeIfDrained(_ session: ClientSession) {
        if session.isGoingAway, session.isIdle {
            sessionEnded(session.id, Status.unavailable("the server at \(address) went away"))
        }
    }

    // MARK: Heartbeat

    private func heartbeat(session id: UInt64) async {
        let timeout = options.heartbeatTimeout.timeInterval
        while let session = sessions[id], !session.isEnded {
            do { try await time.sleep(for: options.heartbeatInterval) } catch { return }
            guard let session = sessions[id], !session.isEnded else { return }
            if time.since(session.lastHeard) >= timeout {
                sessionEnded(id, Status.unavailable("no response from \(address) for \(options.heartbeatTimeout); the connection is dead"))
                return
            }
            session.writer.send(Frame(type: .ping, streamID: 0))
        }
    }

    // MARK: Reading

    private func readLoop(session id: UInt64) async {
        guard let session = sessions[id] else { return }
        do {
            while let chunk = try await session.connection.read() {
                guard !session.isEnded else { break }
                session.lastHeard = time.now()
                session.decoder.feed(chunk)
                while let frame = try session.decoder.nextFrame() {
                    try handle(frame, on: session)
                    if session.isEnded { break }
                }
                if session.isEnded { break }
            }
            if !session.isEnded {
                try session.decoder.finish()
                sessionEnded(id, Status.unavailable("connection to \(address) was closed by the server"))
            }
        } catch let status as Status {
            sessionEnded(id, status)
        } catch {
            sessionEnded(id, Status.unavailable("connection to \(address) failed: \(error)"))
        }
        await session.connection.close()
    }

    private func handle(_ frame: Frame, on session: ClientSession) throws {
        switch frame.type {
        case .hello:
            guard !session.hasHello, frame.streamID == 0,
                  let hello = try? JSONCodec.decode(WireHello.self, from: frame.payload),
                  hello.version == WireHello.currentVersion
            else {
                throw Status.unavailable("protocol error from \(address): bad hello")
            }
            session.hasHello = true
            session.helloWaiter?.resume()
            session.helloWaiter = nil
        case .response:
            // An unknown id is a call that already failed locally: nothing waits for it.
            session.pending.removeValue(forKey: frame.streamID)?.resume(returning: frame)
            closeIfDrained(session)
        case .watchEvent:
            guard let sink = session.watches[frame.streamID] else { return }
            if !sink.deliver(frame.payload) {
                session.watches[frame.streamID] = nil
                session.writer.send(Frame(type: .cancel, flags: .endOfStream, streamID: frame.streamID))
                closeIfDrained(session)
            }
        case .watchEnd:
            guard let sink = session.watches.removeValue(forKey: frame.streamID) else { return }
            if frame.flags.contains(.status) {
                sink.finish((try? JSONCodec.decode(Status.self, from: frame.payload))
                    ?? Status.internalError("undecodable watch end status from \(address)"))
            } else {
                sink.finish(nil)
            }
            closeIfDrained(session)
        case .ping:
            session.writer.send(Frame(type: .pong, streamID: frame.streamID, payload: frame.payload))
        case .pong, .cancel:
            break
        case .goAway:
            session.isGoingAway = true
            if case .connected(let current) = link, current == session.id {
                startReconnecting()
            }
            closeIfDrained(session)
        case .request:
            throw Status.unavailable("protocol error from \(address): unexpected request frame")
        }
    }
}
