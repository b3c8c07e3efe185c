import SkiffAPI

// The wire's own coding of a watch event, without Codable's containers: the API server encodes
// one per event per remote watcher and the watcher decodes each on its loop. `WireCodingTests`
// checks both directions against the Codable conformance.

extension WireWatchEvent {
    /// The `watchEvent` frame payload: the bytes `JSONCodec.encode(self)` gives. The object's
    /// bytes come from the shared encoding when the event has one (made there by the first
    /// watcher to need them).
    public func payload() throws -> [UInt8] {
        var writer: JSONWriter
        if let sharedEncoding {
            let object = try sharedEncoding.bytes { try JSONCodec.encode(self.object) }
            writer = JSONWriter(capacity: object.count + 32)
            writeOpening(to: &writer)
            writer.bytes.append(contentsOf: object)
        } else {
            writer = JSONWriter(capacity: 2048)
            writeOpening(to: &writer)
            try JSONCodec.encode(object, into: &writer)
        }
        writer.write(UInt8(ascii: "}"))
        return writer.bytes
    }

    private func writeOpening(to writer: inout JSONWriter) {
        writer.write("{\"type\":")
        writer.write(string: type.rawValue)
        writer.write(",\"object\":")
    }

    /// Decodes a `watchEvent` frame payload, accepting what the Codable conformance accepts and
    /// throwing what `JSONCodec.decode(WireWatchEvent.self, from:)` throws.
    public init(payload: some Collection<UInt8>) throws {
        let json = try JSONValue(parsing: payload)
        if let event = try? WireWatchEvent(json: json) {
            self = event
            return
        }
        // Whatever the reader refused, Codable refuses too, and says where (`object.spec…`).
        self = try JSONCodec.decode(WireWatchEvent.self, from: json)
    }

    /// Reads `type` and `object` (required, not null; other members ignored); throws on anything
    /// else. The object reads itself (`JSONCodec.decode`).
    private init(json: JSONValue) throws {
        guard case .object(let members) = json,
              case .string(let name)? = members["type"], let type = WatchEventType(rawValue: name),
              let object = members["object"], !object.isNull
        else { throw Unreadable() }
        self.init(type: type, object: try JSONCodec.decode(Object.self, from: object))
    }

    /// Why the reader gave up; never escapes `init(payload:)`.
    private struct Unreadable: Error {}
}
