/// One unit of the Skiff wire protocol: a fixed 10-byte header and a payload.
///
/// Header layout (big-endian): payload length (UInt32), frame type (UInt8), flags (UInt8),
/// stream id (UInt32). Requests and their responses share a stream id, so many requests can be
/// in flight on one connection; a watch is a server-push stream on its own id, cancellable from
/// either side. Stream 0 carries connection-level frames (hello, ping, goAway).
public struct Frame: Sendable, Hashable {
    /// What a frame is for. Unknown values are a protocol error: the connection is closed.
    public enum FrameType: UInt8, Sendable, Hashable, CaseIterable {
        /// First frame each way: protocol version and (later) a token.
        case hello = 1
        case request = 2
        case response = 3
        /// One event of a server-push stream: a watch event, or a chunk of a pod's log.
        case watchEvent = 4
        /// The end of a server-push stream (payload: an optional Status).
        case watchEnd = 5
        /// Either side abandons a stream.
        case cancel = 6
        case ping = 7
        case pong = 8
        /// The sender is closing the connection after the streams it has already accepted.
        case goAway = 9
    }

    /// Flag bits.
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The last frame of its stream from this sender.
        public static let endOfStream = Flags(rawValue: 1 << 0)
        /// The payload is a Kubernetes `Status` (an error), not the normal body: set on a
        /// `response` that failed and on a `watchEnd` that ended with an error.
        public static let status = Flags(rawValue: 1 << 1)
    }

    /// Bytes in the header.
    public static let headerSize = 10

    public var type: FrameType
    public var flags: Flags
    public var streamID: UInt32
    public var payload: [UInt8]

    public init(type: FrameType, flags: Flags = [], streamID: UInt32, payload: [UInt8] = []) {
        self.type = type
        self.flags = flags
        self.streamID = streamID
        self.payload = payload
    }

    /// The frame's bytes, header first.
    public func serialized() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.headerSize + payload.count)
        append(to: &bytes)
        return bytes
    }

    /// Appends the frame's bytes to `buffer` (so a writer can coalesce many frames).
    public func append(to buffer: inout [UInt8]) {
        let length = UInt32(payload.count)
        buffer.append(UInt8(truncatingIfNeeded: length >> 24))
        buffer.append(UInt8(truncatingIfNeeded: length >> 16))
        buffer.append(UInt8(truncatingIfNeeded: length >> 8))
        buffer.append(UInt8(truncatingIfNeeded: length))
        buffer.append(type.rawValue)
        buffer.append(flags.rawValue)
        buffer.append(UInt8(truncatingIfNeeded: streamID >> 24))
        buffer.append(UInt8(truncatingIfNeeded: streamID >> 16))
        buffer.append(UInt8(truncatingIfNeeded: streamID >> 8))
        buffer.append(UInt8(truncatingIfNeeded: streamID))
        buffer.append(contentsOf: payload)
    }
}
