/// The JSON members of an object that its Swift type does not model, kept so the object survives a
/// round trip unchanged (Kubernetes clients such as `kubectl apply` rely on the server keeping
/// every field it was sent).
///
/// Contract with model types: every model struct declares, as its **last** stored property,
/// `public var unknownFields: UnknownFields?`, and uses synthesized (or equivalent) `Codable`.
/// - `JSONCodec` decoding fills it with exactly the object's members whose keys the type's
///   `init(from:)` did not ask for (via `decode`, `decodeIfPresent`, `decodeNil` or `contains`),
///   in their original order; nil when there are none. Each nested struct keeps its own.
/// - `JSONCodec` encoding writes those members into the enclosing object after the modeled
///   fields, never under an `"unknownFields"` key. A member whose key the type models is skipped:
///   the modeled value always wins.
/// - Other coders (Foundation's, Yams') see an ordinary optional property: absent on decode,
///   omitted when nil, so the model types keep working with them (without preservation).
public struct UnknownFields: Codable, Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    /// The preserved members, in order.
    public var members: JSONObject

    public init() { members = JSONObject() }

    public init(_ members: JSONObject) { self.members = members }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        members = JSONObject(elements)
    }

    public var isEmpty: Bool { members.isEmpty }
    public var count: Int { members.count }
    public var keys: [String] { members.keys }

    /// The preserved value for `key`; setting nil removes it.
    public subscript(key: String) -> JSONValue? {
        get { members[key] }
        set { members[key] = newValue }
    }

    public func makeIterator() -> JSONObject.Iterator { members.makeIterator() }

    /// With coders other than `JSONCodec`, the bag is an ordinary nested object. Only a document
    /// with a member literally named `unknownFields` reaches this; a non-object there is ignored
    /// (an empty bag) rather than failing the whole decode.
    public init(from decoder: any Decoder) throws {
        if case .object(let object)? = try? JSONValue(from: decoder) {
            members = object
        } else {
            members = JSONObject()
        }
    }

    public func encode(to encoder: any Encoder) throws {
        try JSONValue.object(members).encode(to: encoder)
    }
}
