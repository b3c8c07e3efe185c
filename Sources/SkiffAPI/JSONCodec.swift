/// Skiff's JSON codec: what manifests, stored values, wire frames and CLI output go through.
///
/// Contract:
/// - `encode` streams bytes directly (no intermediate tree) in Kubernetes' shape: declaration
///   order, nil optionals omitted, `UnknownFields` merged back into their objects, maps with sorted
///   keys, so equal values always give identical bytes. `encodePretty` indents by two spaces.
/// - `decode` parses and decodes; any failure — malformed JSON, wrong type, missing required
///   field, integer out of range, a type's own `DecodingError` — is thrown as
///   `Status.badRequest` whose message and `details.causes[0].field` name the field path
///   (`spec.template.spec.containers[0].ports[0].containerPort: expected integer, got string "80a"`).
///   Unknown keys are not errors: types with an `unknownFields` property keep them.
/// - Encoding failures (a non-finite double) are `Status.badRequest` naming the field too.
/// - Stateless and thread-safe: every call uses its own encoder or decoder.
public enum JSONCodec {
    /// Compact JSON bytes for `value`.
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        try encode(value, pretty: false)
    }

    /// JSON bytes for `value`, one member per line, indented by two spaces (for `-o json`).
    public static func encodePretty<T: Encodable>(_ value: T) throws -> [UInt8] {
        try encode(value, pretty: true)
    }

    /// Appends `value`'s compact JSON — the bytes `encode` gives — to `writer`, so a wire frame can
    /// embed a model object without encoding it into an array of its own first.
    package static func encode<T: Encodable>(_ value: T, into writer: inout JSONWriter) throws {
        if let writable = value as? any JSONWritable {
            let start = writer.bytes.count
            if (try? writable.writeJSON(to: &writer)) != nil { return }
            // Half an object may have been written before the failure.
            writer.bytes.removeSubrange(start...)
        }
        writer.bytes.append(contentsOf: try encode(value))
    }

    /// `value` as a `JSONValue` tree.
    public static func encodeValue<T: Encodable>(_ value: T) throws -> JSONValue {
        // A model object writes its JSON and parses it back ~4× faster than Codable builds the
        // tree (a realistic Pod: ~17 µs against ~68 µs); the bytes are Codable's, so the tree is too.
        if let writable = value as? any JSONWritable {
            var writer = JSONWriter(capacity: 2048)
            if (try? writable.writeJSON(to: &writer)) != nil, let tree = try? JSONValue(parsing: writer.bytes) {
                return tree
            }
        }
        return try encodeValueWithCodable(value)
    }

    /// The Codable path of `encodeValue` (what its fast path is checked against).
    static func encodeValueWithCodable<T: Encodable>(_ value: T) throws -> JSONValue {
        do {
            return try JSONValueEncoder.node(for: value, at: []).value
        } catch {
            throw normalize(error)
        }
    }

    /// Decodes a `T` from JSON bytes.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: some Collection<UInt8>) throws -> T {
        try decode(type, from: try JSONValue(parsing: bytes))
    }

    /// Decodes a `T` from a parsed `JSONValue`.
    public static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        if let readable = T.self as? any JSONReadable.Type {
            if let object = try? readable.init(json: value) { return object as! T }
            return try decodeWithCodable(type, from: value)
        }
        return try decodeWithCodable(type, from: value, nestedReadables: true)
    }

    /// The Codable path (what `JSONReadable` conformances fall back to and are checked against);
    /// with `nestedReadables`, model objects inside the value (a list's items) read themselves.
    static func decodeWithCodable<T: Decodable>(_ type: T.Type, from value: JSONValue, nestedReadables: Bool = false) throws -> T {
        let decoder = JSONValueDecoder(value, usesReadable: nestedReadables)
        do {
            if JSONValueDecoder.isDirect(type) { return try JSONValueDecoder.decodeDirect(type, from: value, at: { [] }) }
            return try T(from: decoder)
        } catch {
            throw normalize(error)
        }
    }

    private static func encode<T: Encodable>(_ value: T, pretty: Bool) throws -> [UInt8] {
        if !pretty, let writable = value as? any JSONWritable {
            var writer = JSONWriter(capacity: 2048)
            // On failure (a non-finite double), Codable below reports it with its field path.
            if (try? writable.writeJSON(to: &writer)) != nil { return writer.compactBytes }
            return try encodeWithCodable(value, pretty: pretty)
        }
        return try encodeWithCodable(value, pretty: pretty, nestedWritables: true)
    }

    /// The Codable path (what `JSONWritable` conformances are checked against); with
    /// `nestedWritables`, model objects inside the value (a list's items) write themselves.
    static func encodeWithCodable<T: Encodable>(_ value: T, pretty: Bool, nestedWritables: Bool = false) throws -> [UInt8] {
        let encoder = JSONStreamEncoder(pretty: pretty, usesWritable: nestedWritables)
        do {
            try encoder.encodeValue(value)
            return encoder.state.pointee.writer.compactBytes
        } catch is JSONStreamEncoder.StreamingUnsupported {
            // An unstreamable pattern or an error: the tree encoder handles the first and
            // reports the second with its field path.
        } catch {
            throw normalize(error)
        }
        return try encodeValue(value).serialized(pretty: pretty)
    }

    /// Every error as a `Status`: `DecodingError`/`EncodingError` from a type's own code keep
    /// their coding path as the field.
    static func normalize(_ error: any Error) -> Status {
        switch error {
        case let status as Status:
            return status
        case let decoding as DecodingError:
            switch decoding {
            case .dataCorrupted(let context):
                return JSONValueDecoder.failure(at: context.codingPath, context.debugDescription)
            case .keyNotFound(let key, let context):
                return JSONValueDecoder.failure(at: context.codingPath + [key], "required field is missing")
            case .typeMismatch(let type, let context):
                return JSONValueDecoder.failure(at: context.codingPath, "expected \(type): \(context.debugDescription)")
            case .valueNotFound(let type, let context):
                return JSONValueDecoder.failure(at: context.codingPath, "expected \(type), got null")
            @unknown default:
                return .badRequest(String(describing: decoding))
            }
        case let encoding as EncodingError:
            switch encoding {
            case .invalidValue(_, let context):
                return JSONValueDecoder.failure(at: context.codingPath, context.debugDescription)
            @unknown default:
                return .badRequest(String(describing: encoding))
            }
        default:
            return .badRequest(String(describing: error))
        }
    }
}
