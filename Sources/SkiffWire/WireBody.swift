import SkiffAPI

/// The object of a create, update or bind (or the `Scale` of a scale update) inside a
/// `WireRequest`, as embedded JSON: the bytes the client's object wrote itself into, or the tree
/// the server parsed them into with the rest of the request.
///
/// Why two forms: the object goes from its type to bytes once on the client (copied into the
/// request as they are) and from the request's parsed tree to its type once on the server, with
/// no JSON round trip in between. Equality compares the JSON (objects ignore member order),
/// whichever form each side holds.
public struct WireBody: Sendable, Hashable, Codable {
    private enum Form: Sendable {
        case bytes([UInt8])
        case tree(JSONValue)
    }

    private let form: Form

    /// `object`'s compact JSON, as `JSONCodec.encode` writes it.
    public init(encoding object: some Encodable) throws {
        form = .bytes(try JSONCodec.encode(object))
    }

    /// A body given as a JSON tree.
    public init(_ tree: JSONValue) {
        form = .tree(tree)
    }

    /// The body as a JSON tree.
    public func tree() throws -> JSONValue {
        switch form {
        case .bytes(let bytes): return try JSONValue(parsing: bytes)
        case .tree(let tree): return tree
        }
    }

    /// The body as a `Body`; one that does not fit is a `BadRequest` naming the field path.
    public func decode<Body: Decodable>(as type: Body.Type) throws -> Body {
        switch form {
        case .bytes(let bytes): return try JSONCodec.decode(Body.self, from: bytes)
        case .tree(let tree): return try JSONCodec.decode(Body.self, from: tree)
        }
    }

    /// Appends the body's JSON to a request being written.
    func write(to writer: inout JSONWriter) {
        switch form {
        case .bytes(let bytes): writer.bytes.append(contentsOf: bytes)
        case .tree(let tree): writer.write(value: tree)
        }
    }

    /// Roughly how many bytes `write(to:)` appends (exact for bytes), to size the request's buffer.
    var estimatedSize: Int {
        switch form {
        case .bytes(let bytes): return bytes.count
        case .tree: return 2048
        }
    }

    // Codable, as the JSON itself: the Codable path of `WireRequest`, which its own coding is
    // checked against and falls back to for errors.

    public init(from decoder: any Decoder) throws {
        form = .tree(try JSONValue(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(try tree())
    }

    public static func == (lhs: WireBody, rhs: WireBody) -> Bool {
        if case .bytes(let left) = lhs.form, case .bytes(let right) = rhs.form, left == right { return true }
        guard let left = try? lhs.tree(), let right = try? rhs.tree() else { return false }
        return left == right
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(try? tree())
    }
}
