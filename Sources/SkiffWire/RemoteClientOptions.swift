import SkiffClient

extension RemoteClient {
    /// How a `RemoteClient` buffers watches, notices a dead server and reconnects.
    public struct Options: Sendable {
        /// How many events a watch may buffer for a slow consumer before it ends with `Expired`.
        public var watchBufferCapacity = 10_000
        /// The largest frame payload accepted from the server.
        public var maxFrameSize = FrameDecoder.defaultMaxPayloadSize
        /// How long a connection attempt waits for the server to answer (client-go's dialer
        /// gives up after 30 s as well); without it an unreachable host takes the OS's ~2 min.
        public var connectTimeout: Duration = .seconds(30)
        /// How often an otherwise quiet connection is pinged.
        public var heartbeatInterval: Duration = .seconds(5)
        /// A connection on which nothing (not even a pong) arrived for this long is dead.
        public var heartbeatTimeout: Duration = .seconds(15)
        /// Delays between reconnection attempts after a connection is lost (the first attempt is
        /// immediate).
        public var reconnectBackoff = ExponentialBackoff(base: .milliseconds(100), cap: .seconds(5))
        /// Sent in the `hello` frame; reserved for authentication.
        public var token: String?

        public init() {}
    }
}
