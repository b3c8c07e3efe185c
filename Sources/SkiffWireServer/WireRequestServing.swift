import SkiffWire

/// What a `WireServer` serves: one decoded `WireRequest` in, a payload or a stream out. The API
/// server's handler is one; a node agent's (`KubeletRequestHandler`) is another.
///
/// Contract: `handle` may be called concurrently, once per request stream; a failure is thrown as
/// the `Status` the peer gets (anything else becomes InternalError). Handlers never close the
/// connection: protocol errors are the connection's business.
public protocol WireRequestServing: Sendable {
    /// Serves one request.
    func handle(_ request: WireRequest) async throws -> WireOutcome
}

/// The result of a request: a response payload, or an established stream to relay.
public enum WireOutcome: Sendable {
    case payload([UInt8])
    case stream(WireStreamRelay)
}

/// A watch (its event type erased) or a log, so a connection can relay streams of every kind.
public struct WireStreamRelay: Sendable {
    /// The next frame payload (a `WireWatchEvent`, or log bytes); nil at the end; throws the
    /// end Status.
    public let next: @Sendable (isolated any Actor) async throws -> [UInt8]?
    /// Stops the source (the peer cancelled, or the connection closed).
    public let cancel: @Sendable () -> Void

    /// A relay pulling from `next` and stopped by `cancel`.
    public init(next: @escaping @Sendable (isolated any Actor) async throws -> [UInt8]?, cancel: @escaping @Sendable () -> Void) {
        self.next = next
        self.cancel = cancel
    }
}
