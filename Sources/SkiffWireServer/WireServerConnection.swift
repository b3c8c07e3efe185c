import Foundation
import SkiffAPI
import SkiffLoop
import SkiffWire

/// One client connection of a `WireServer`: reads frames, runs each request concurrently
/// against its handler, relays watches and logs, and writes the answers.
///
/// Contract: the first frame from the client must be `hello` with the current version. Any
/// protocol error — a bad frame header (too large, unknown type), a payload that is not a
/// `WireRequest`, a frame the client may not send, a reused or zero stream id — closes this
/// connection only, reported to `onError`; in-flight requests and watches on it are cancelled.
/// A request that fails is answered with its `Status` (flag `status`), never a close.
///
/// A client that sends nothing (not even a ping) for `idleTimeout` is presumed dead and closed.
/// `goAway()` tells the client to go elsewhere, answers requests that arrive after it with
/// `ServiceUnavailable` (unprocessed, so safe to retry), finishes the requests already accepted,
/// flushes, and closes; watches end with the connection.
actor WireServerConnection: LoopBound {
    nonisolated let loop: EventLoop
    private let connection: TCPConnection
    private let writer: FrameWriter
    private let handler: any WireRequestServing
    private let onError: @Sendable (String) -> Void
    private let time: any TimeSource
    private let idleTimeout: Duration
    private var decoder: FrameDecoder
    private var hasHello = false
    private var isClosed = false
    private var isGoingAway = false
    private var lastHeard: Date
    private var watchdogTask: Task<Void, Never>?
    /// The task serving each stream in flight (a request or a watch relay).
    /// The token tells a finished task whether its id was since cancelled and reused.
    private var streams: [UInt32: (token: UInt64, isStream: Bool, task: Task<Void, Never>)] = [:]
    private var nextToken: UInt64 = 0
    private var readTask: Task<Void, Never>?
    private var closeWaiters: [CheckedContinuation<Void, Never>] = []

    init(
        connection: TCPConnection, handler: any WireRequestServing, maxFrameSize: Int,
        time: any TimeSource, idleTimeout: Duration, onError: @escaping @Sendable (String) -> Void
    ) {
        self.loop = connection.loop
        self.time = time
        self.idleTimeout = idleTimeout
        self.lastHeard = time.now()
        self.connection = connection
        self.writer = FrameWriter(connection: connection)
        self.handler = handler
        self.onError = onError
        self.decoder = FrameDecoder(maxPayloadSize: maxFrameSize)
    }

    /// Sends the server's hello and starts reading; returns at once. `onClosed` runs once when
    /// the connection has been closed for any reason.
    func start(onClosed: @escaping @Sendable () -> Void) {
        do {
            writer.send(Frame(type: .hello, streamID: 0, payload: try JSONCodec.encode(WireHello())))
        } catch {
            onError("cannot encode hello: \(error)")
        }
        readTask = Task {
            await self.readLoop()
            onClosed()
        }
        watchdogTask = Task { await self.watchdog() }
    }

    /// Closes the connection and cancels its streams; returns once the socket is released.
    func close() async {
        await shut(reason: nil)
    }

    /// Says goodbye (see the type's contract); returns once the connection is closed.
    func goAway() async {
        guard !isClosed, !isGoingAway else { return }
        isGoingAway = true
        writer.send(Frame(type: .goAway, streamID: 0))
        let accepted = streams.values.filter { !$0.isStream }.map(\.task)
        for task in accepted { await task.value }
        await writer.flush()
        await shut(reason: nil)
    }

    /// Closes a connection on which nothing arrived for `idleTimeout`.
    private func watchdog() async {
        let timeout = idleTimeout.timeInterval
        while !isClosed {
            let quiet = time.since(lastHeard)
            if quiet >= timeout {
                await shut(reason: "nothing received for \(idleTimeout); the client is presumed dead")
                return
            }
            do { try await time.sleep(for: .nanoseconds(Int64((timeout - quiet) * 1e9))) } catch { return }
        }
    }

    private func readLoop() async {
        do {
            while !isClosed, let chunk = try await connection.read() {
                lastHeard = time.now()
                decoder.feed(chunk)
                while !isClosed, let frame = try decoder.nextFrame() {
                    try handle(frame)
                }
            }
            if !isClosed { try decoder.finish() }
            await shut(reason: nil)
        } catch {
            await shut(reason: "\(error)")
        }
    }

    private func handle(_ frame: Frame) throws(WireServerProtocolError) {
        if !hasHello {
            guard frame.type == .hello, frame.streamID == 0,
                  let hello = try? JSONCodec.decode(WireHello.self, from: frame.payload)
            else { throw WireServerProtocolError("the first frame must be a hello") }
            guard hello.version == WireHello.currentVersion else {
                throw WireServerProtocolError("unsupported protocol version \(hello.version)")
            }
            hasHello = true
            return
        }
        switch frame.type {
        case .request:
            let id = frame.streamID
            guard id != 0 else { throw WireServerProtocolError("a request on stream 0") }
            guard streams[id] == nil else { throw WireServerProtocolError("stream \(id) is already in use") }
            if isGoingAway {
                sendStatus(Status.unavailable("the server is going away; retry on a new connection"), type: .response, on: id)
                return
            }
            let request: WireRequest
            do {
                request = try WireRequest(payload: frame.payload)
            } catch {
                throw WireServerProtocolError("undecodable request on stream \(id): \(Status.from(error).message ?? "")")
            }
            let token = nextToken
            nextToken += 1
            streams[id] = (token, request.isStream, Task { await self.serve(request, on: id, token: token) })
        case .cancel:
            streams.removeValue(forKey: frame.streamID)?.task.cancel()
        case .ping:
            writer.send(Frame(type: .pong, streamID: frame.streamID, payload: frame.payload))
        case .pong:
            break
        case .goAway:
            throw WireServerProtocolError("the client is going away")
        case .hello, .response, .watchEvent, .watchEnd:
            throw WireServerProtocolError("a client may not send \(frame.type) frames here")
        }
    }

    private func serve(_ request: WireRequest, on id: UInt32, token: UInt64) async {
        defer { if streams[id]?.token == token { streams[id] = nil } }
        let outcome: WireOutcome
        do {
            outcome = try await handler.handle(request)
        } catch {
            sendStatus(Status.from(error), type: .response, on: id)
            return
        }
        switch outcome {
        case .payload(let payload):
            writer.send(Frame(type: .response, flags: .endOfStream, streamID: id, payload: payload))
        case .stream(let relay):
            await self.relay(relay, on: id)
        }
    }

    /// Established: an empty response, then each event, then `watchEnd`. A cancelled task (the
    /// client's `cancel`, or the connection closing) ends the server-side channel, which ends
    /// the loop with nil.
    private func relay(_ relay: WireStreamRelay, on id: UInt32) async {
        writer.send(Frame(type: .response, streamID: id))
        do {
            while let payload = try await relay.next(self) {
                // Back-pressure: a slow client suspends this relay, the server-side channel
                // fills, and the API server ends it with Expired instead of growing memory.
                await writer.enqueueWithBackPressure(Frame(type: .watchEvent, streamID: id, payload: payload))
            }
            if !Task.isCancelled {
                writer.send(Frame(type: .watchEnd, flags: .endOfStream, streamID: id))
            }
        } catch {
            relay.cancel()
            sendStatus(Status.from(error), type: .watchEnd, on: id)
        }
    }

    private func sendStatus(_ status: Status, type: Frame.FrameType, on id: UInt32) {
        do {
            writer.send(Frame(type: type, flags: [.endOfStream, .status], streamID: id, payload: try JSONCodec.encode(status)))
        } catch {
            onError("cannot encode a status for stream \(id): \(error)")
        }
    }

    private func shut(reason: String?) async {
        if isClosed {
            if reason == nil { return }
        } else {
            isClosed = true
            if let reason { onError("closing connection from \(connection.remoteAddress): \(reason)") }
            let tasks = streams
            streams = [:]
            for stream in tasks.values { stream.task.cancel() }
            writer.shutdown()
            readTask?.cancel()
            watchdogTask?.cancel()
        }
        await connection.close()
    }
}

/// Why a client's frames were rejected; the connection is closed with this reason.
struct WireServerProtocolError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
