/// Turns a byte stream into frames: a pure decoder (bytes in, frames out) with no sockets, so it
/// can be tested and fuzzed on its own.
///
/// Contract: `feed` any split of the stream (one byte at a time or megabytes at once);
/// `nextFrame()` returns each complete frame once, in order, and nil while a frame is incomplete.
/// A header announcing more than `maxPayloadSize` bytes or an unknown frame type throws a
/// `WireProtocolError`, and the decoder stays failed: the connection must be closed, since the
/// stream can no longer be trusted. `finish()` at end of input throws `.truncated` if a frame was
/// cut short. Memory is bounded by one frame plus what was fed and not yet taken.
public struct FrameDecoder: Sendable {
    /// The default payload limit: large enough for a list of thousands of objects, small enough
    /// that a hostile header cannot make the peer allocate without bound.
    public static let defaultMaxPayloadSize = 64 << 20

    public let maxPayloadSize: Int
    private var buffer: [UInt8] = []
    private var readIndex = 0
    private var failure: WireProtocolError?

    public init(maxPayloadSize: Int = FrameDecoder.defaultMaxPayloadSize) {
        self.maxPayloadSize = maxPayloadSize
    }

    /// Bytes received and not yet returned as frames.
    public var bufferedByteCount: Int { buffer.count - readIndex }

    public mutating func feed(_ bytes: some Collection<UInt8>) {
        guard failure == nil else { return }
        if readIndex > 0, readIndex == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            readIndex = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or nil when more bytes are needed.
    public mutating func nextFrame() throws(WireProtocolError) -> Frame? {
        if let failure { throw failure }
        guard bufferedByteCount >= Frame.headerSize else { return nil }
        let start = readIndex
        let length = Int(buffer[start]) << 24 | Int(buffer[start + 1]) << 16 | Int(buffer[start + 2]) << 8 | Int(buffer[start + 3])
        guard length <= maxPayloadSize else {
            return try fail(.frameTooLarge(size: length, limit: maxPayloadSize))
        }
        guard let type = Frame.FrameType(rawValue: buffer[start + 4]) else {
            return try fail(.unknownFrameType(buffer[start + 4]))
        }
        guard bufferedByteCount >= Frame.headerSize + length else { return nil }
        let flags = Frame.Flags(rawValue: buffer[start + 5])
        let streamID = UInt32(buffer[start + 6]) << 24 | UInt32(buffer[start + 7]) << 16
            | UInt32(buffer[start + 8]) << 8 | UInt32(buffer[start + 9])
        let payloadStart = start + Frame.headerSize
        let payload = Array(buffer[payloadStart..<payloadStart + length])
        readIndex = payloadStart + length
        compactIfWorthIt()
        return Frame(type: type, flags: flags, streamID: streamID, payload: payload)
    }

    /// Call at end of input: throws `.truncated` if a partial frame is left.
    public func finish() throws(WireProtocolError) {
        if let failure { throw failure }
        if bufferedByteCount > 0 { throw .truncated(bufferedBytes: bufferedByteCount) }
    }

    private mutating func fail(_ error: WireProtocolError) throws(WireProtocolError) -> Frame? {
        failure = error
        buffer = []
        readIndex = 0
        throw error
    }

    /// Drops consumed bytes once they are most of the buffer, so a long-lived connection does
    /// not keep every byte it ever read.
    private mutating func compactIfWorthIt() {
        if readIndex == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
            readIndex = 0
        } else if readIndex > 1 << 16, readIndex * 2 > buffer.count {
            buffer.removeFirst(readIndex)
            readIndex = 0
        }
    }
}

/// Why a peer's byte stream was rejected; the connection carrying it is closed with this reason.
public enum WireProtocolError: Error, Sendable, Hashable, CustomStringConvertible {
    case frameTooLarge(size: Int, limit: Int)
    case unknownFrameType(UInt8)
    case truncated(bufferedBytes: Int)

    public var description: String {
        switch self {
        case .frameTooLarge(let size, let limit): "frame of \(size) bytes exceeds the limit of \(limit) bytes"
        case .unknownFrameType(let type): "unknown frame type \(type)"
        case .truncated(let bytes): "connection ended inside a frame (\(bytes) bytes of it received)"
        }
    }
}
