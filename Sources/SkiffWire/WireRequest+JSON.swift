import SkiffAPI

// The wire's own coding of a request, without Codable's containers: the client encodes one per
// call and the API server decodes one per call on its loop, where Codable's keyed containers
// and generic metadata lookups cost more than the rest of a small request's handling.
// `WireCodingTests` checks both directions against the Codable conformance.

extension WireRequest {
    /// The `request` frame payload: the bytes `JSONCodec.encode(self)` gives, with the body's
    /// bytes copied in as they are.
    public func payload() throws -> [UInt8] {
        var writer = JSONWriter(capacity: 256 + (body?.estimatedSize ?? 0))
        writer.beginObject()
        writer.member("verb", verb.rawValue)
        writer.member("resource", resource)
        writer.member("namespace", namespace)
        writer.member("name", name)
        writer.member("subresource", subresource?.rawValue)
        if let body {
            writer.key("body")
            body.write(to: &writer)
        }
        writer.member("patch", patch)
        writer.member("patchType", patchType?.rawValue)
        try Self.member("listOptions", listOptions, to: &writer)
        try Self.member("watchOptions", watchOptions, to: &writer)
        try Self.member("deleteOptions", deleteOptions, to: &writer)
        try Self.member("logOptions", logOptions, to: &writer)
        writer.endObject()
        return writer.bytes
    }

    /// Decodes a `request` frame payload, accepting what the Codable conformance accepts and
    /// throwing what `JSONCodec.decode(WireRequest.self, from:)` throws. The body stays the
    /// parsed tree, for the handler to read as its kind.
    public init(payload: some Collection<UInt8>) throws {
        let json = try JSONValue(parsing: payload)
        if let request = try? WireRequest(json: json) {
            self = request
            return
        }
        // Whatever the reader refused, Codable refuses too, and says where.
        self = try JSONCodec.decode(WireRequest.self, from: json)
    }

    private static func member(_ key: StaticString, _ options: (some Encodable)?, to writer: inout JSONWriter) throws {
        guard let options else { return }
        writer.key(key)
        try JSONCodec.encode(options, into: &writer)
    }

    /// Reads the members the Codable conformance reads, by the same rules (absent or `null`
    /// optionals are nil, unknown members are ignored); throws on anything else.
    private init(json: JSONValue) throws {
        guard case .object(let members) = json else { throw Unreadable() }
        var verb: Verb?
        var resource: String?
        self.init(verb: .get, resource: "")
        for (key, value) in members {
            switch key {
            case "verb": verb = try Self.rawValue(value)
            case "resource": resource = try Self.string(value)
            case "namespace": namespace = try Self.string(value)
            case "name": name = try Self.string(value)
            case "subresource": subresource = try Self.rawValue(value)
            case "body": body = value.isNull ? nil : WireBody(value)
            case "patch": patch = try Self.string(value)
            case "patchType": patchType = try Self.rawValue(value)
            case "listOptions": listOptions = try Self.options(value)
            case "watchOptions": watchOptions = try Self.options(value)
            case "deleteOptions": deleteOptions = try Self.options(value)
            case "logOptions": logOptions = try Self.options(value)
            default: break
            }
        }
        guard let verb, let resource else { throw Unreadable() }
        self.verb = verb
        self.resource = resource
    }

    /// Why the reader gave up; never escapes `init(payload:)`.
    private struct Unreadable: Error {}

    private static func string(_ value: JSONValue) throws -> String? {
        switch value {
        case .null: return nil
        case .string(let text): return text
        default: throw Unreadable()
        }
    }

    private static func rawValue<Value: RawRepresentable<String>>(_ value: JSONValue) throws -> Value? {
        guard let text = try string(value) else { return nil }
        guard let parsed = Value(rawValue: text) else { throw Unreadable() }
        return parsed
    }

    private static func options<Options: Decodable>(_ value: JSONValue) throws -> Options? {
        if value.isNull { return nil }
        return try JSONCodec.decode(Options.self, from: value)
    }
}
