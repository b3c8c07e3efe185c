import Foundation
import SkiffAPI
import SkiffLoop

/// One TCP connection of a `RemoteClient` and everything that lives and dies with it: the calls
/// waiting for a response, the watches relayed on it, the frame decoder and writer.
///
/// Why a separate object: a `RemoteClient` outlives its connections. When a connection is lost,
/// exactly the calls and watches on it fail, and a new session takes over; after the server's
/// `goAway`, the old session finishes its calls while new ones go to the next session.
///
/// Owned and mutated only by its `RemoteClient` actor (never sent elsewhere); tasks refer to a
/// session by its `id`.
final class ClientSession {
    /// Where one watch's frames go; type-erased so one table holds watches of every kind.
    struct WatchSink {
        /// Decodes and enqueues one event payload; false when the watch must end (with `finish`
        /// already called) and the server be told to stop.
        let deliver: @Sendable ([UInt8]) -> Bool
        let finish: @Sendable ((any Error)?) -> Void
    }

    let id: UInt64
    let connection: TCPConnection
    let writer: FrameWriter
    var decoder: FrameDecoder
    var pending: [UInt32: CheckedContinuation<Frame, any Error>] = [:]
    var watches: [UInt32: WatchSink] = [:]
    var hasHello = false
    var helloWaiter: CheckedContinuation<Void, any Error>?
    /// The server sent `goAway`: no new calls here; closed once the last call and watch end.
    var isGoingAway = false
    /// Why the session ended, once it has.
    var ending: Status?
    /// When the last bytes arrived from the server: the heartbeat's evidence the peer is alive.
    var lastHeard: Date
    var readTask: Task<Void, Never>?
    var heartbeatTask: Task<Void, Never>?
    private var nextStreamID: UInt32 = 0

    init(id: UInt64, connection: TCPConnection, maxFrameSize: Int, now: Date) {
        self.id = id
        self.connection = connection
        self.writer = FrameWriter(connection: connection)
        self.decoder = FrameDecoder(maxPayloadSize: maxFrameSize)
        self.lastHeard = now
    }

    var isEnded: Bool { ending != nil }

    /// Nothing left in flight: a going-away session may close.
    var isIdle: Bool { pending.isEmpty && watches.isEmpty }

    /// A stream id not in use on this connection (0 is the connection's own stream).
    func allocateStreamID() -> UInt32 {
        repeat {
            nextStreamID = nextStreamID == UInt32.max ? 1 : nextStreamID + 1
        } while pending[nextStreamID] != nil || watches[nextStreamID] != nil
        return nextStreamID
    }

    /// Ends the session with `status`: every waiting call throws it, every watch ends with it,
    /// the socket is closed. Returns false if it had already ended.
    @discardableResult
    func end(with status: Status) -> Bool {
        guard ending == nil else { return false }
        ending = status
        writer.shutdown()
        heartbeatTask?.cancel()
        // Also ends a read that is waiting (e.g. after a write failure), so the read loop exits
        // and the socket is released. `close()` is idempotent.
        let connection = connection
        Task { await connection.close() }
        helloWaiter?.resume(throwing: status)
        helloWaiter = nil
        let calls = pending
        pending = [:]
        for continuation in calls.values { continuation.resume(throwing: status) }
        let sinks = watches
        watches = [:]
        for sink in sinks.values { sink.finish(status) }
        return true
    }
}
