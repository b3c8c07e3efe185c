import SkiffWire
import Testing
import SkiffLoop

@Suite("Wire frames: encoding and the pure decoder")
struct FrameDecoderTests {
    private let frames: [Frame] = [
        Frame(type: .hello, streamID: 0, payload: Array(#"{"version":1}"#.utf8)),
        Frame(type: .request, streamID: 1, payload: Array(repeating: 7, count: 300)),
        Frame(type: .response, flags: .endOfStream, streamID: 1, payload: []),
        Frame(type: .watchEvent, streamID: 0xFFFF_FFFF, payload: [0, 1, 2]),
        Frame(type: .ping, streamID: 0),
    ]

    private func stream() -> [UInt8] { frames.flatMap { $0.serialized() } }

    @Test func headerLayoutIsBigEndian() {
        let bytes = Frame(type: .request, flags: .endOfStream, streamID: 0x0102_0304, payload: [9, 9]).serialized()
        #expect(bytes == [0, 0, 0, 2, 2, 1, 1, 2, 3, 4, 9, 9])
    }

    @Test func everySplitOfTheStreamDecodesTheSameFrames() throws {
        let bytes = stream()
        for split in 0...bytes.count {
            var decoder = FrameDecoder()
            var decoded: [Frame] = []
            decoder.feed(bytes[..<split])
            while let frame = try decoder.nextFrame() { decoded.append(frame) }
            decoder.feed(bytes[split...])
            while let frame = try decoder.nextFrame() { decoded.append(frame) }
            #expect(decoded == frames, "split at \(split)")
            try decoder.finish()
        }
    }

    @Test func oneByteAtATime() throws {
        var decoder = FrameDecoder()
        var decoded: [Frame] = []
        for byte in stream() {
            decoder.feed(CollectionOfOne(byte))
            while let frame = try decoder.nextFrame() { decoded.append(frame) }
        }
        #expect(decoded == frames)
        #expect(decoder.bufferedByteCount == 0)
    }

    @Test func anOversizedHeaderIsRejectedBeforeItsPayloadArrives() {
        var decoder = FrameDecoder(maxPayloadSize: 1024)
        decoder.feed([0x7F, 0xFF, 0xFF, 0xFF, 2, 0, 0, 0, 0, 1])
        #expect(throws: WireProtocolError.frameTooLarge(size: 0x7FFF_FFFF, limit: 1024)) { try decoder.nextFrame() }
        #expect(decoder.bufferedByteCount == 0, "nothing of the hostile stream is kept")
        decoder.feed(Frame(type: .ping, streamID: 0).serialized())
        #expect(throws: WireProtocolError.self) { try decoder.nextFrame() }
    }

    @Test func unknownFrameTypesAreRejected() {
        var decoder = FrameDecoder()
        decoder.feed([0, 0, 0, 0, 200, 0, 0, 0, 0, 1])
        #expect(throws: WireProtocolError.unknownFrameType(200)) { try decoder.nextFrame() }
    }

    @Test func aTruncatedFrameIsReportedAtTheEnd() throws {
        var decoder = FrameDecoder()
        let bytes = Frame(type: .request, streamID: 3, payload: [1, 2, 3, 4]).serialized()
        decoder.feed(bytes.dropLast())
        #expect(try decoder.nextFrame() == nil)
        #expect(throws: WireProtocolError.truncated(bufferedBytes: bytes.count - 1)) { try decoder.finish() }
    }

    /// Seeded random mutations of a valid stream: the decoder only ever returns frames, waits, or
    /// throws a protocol error — never traps — and never holds more than it was fed.
    @Test func fuzzedStreamsNeverCrash() {
        var generator = SplitMix64(seed: 0x5EED_F00D)
        let valid = stream()
        for _ in 0..<5_000 {
            var bytes = valid
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: Int.random(in: 0...bytes.count, using: &generator))
                default: if bytes.count > 1 { bytes.remove(at: Int.random(in: 0..<bytes.count, using: &generator)) }
                }
            }
            var decoder = FrameDecoder(maxPayloadSize: 4096)
            var offset = 0
            decoding: while offset < bytes.count {
                let chunk = Int.random(in: 1...64, using: &generator)
                decoder.feed(bytes[offset..<min(bytes.count, offset + chunk)])
                offset += chunk
                do {
                    while try decoder.nextFrame() != nil {}
                } catch {
                    break decoding
                }
                #expect(decoder.bufferedByteCount <= bytes.count)
            }
        }
    }
}
