#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A model type that reads itself from a parsed JSON value — the same value its `Decodable`
/// conformance gives through `JSONCodec` — without Codable's containers.
///
/// Why: decoding a Pod through Codable cost ~60 µs (an informer's list, a watch event over the
/// wire, a read-modify-write whose object was not in the server's recent writes); most of it
/// keyed-container boxing and generic metadata lookups. `JSONCodec.decode` tries this path first
/// for conforming types, and so does the Codable decoder for nested conforming values (a list's
/// items, a wire frame's object).
///
/// Contract for conformances:
/// - Accept exactly what the Codable path accepts, and produce an equal value: members by their
///   `CodingKeys` names; `null` or absent optional members are nil; scalars read with the
///   `JSONRead` functions (which share the Codable path's rules, such as `3.0` for an integer).
/// - Keys the type does not model go, in document order, into `unknownFields`
///   (`JSONRead.unknownFields`), as the Codable path keeps them.
/// - **Throw on anything else** (a missing required member, a wrong type, a bad quantity): the
///   codec then decodes the document again with Codable, which either accepts it or reports the
///   error with its field path. So errors never need a path here, and a conformance that is
///   unsure may throw.
/// `JSONReadableTests` checks each conformance against the Codable path.
protocol JSONReadable: Decodable {
    init(json: JSONValue) throws
}

/// Why a `JSONReadable` gave up; never escapes `JSONCodec`.
struct JSONReadableUnsupported: Error {}

/// The reading functions conformances are written with. Each returns nil for `null` (an absent
/// member is simply never read) and throws when the value has another type.
enum JSONRead {
    /// The members of an object.
    @inline(__always)
    static func members(_ value: JSONValue) throws -> JSONObject {
        guard case .object(let object) = value else { throw JSONReadableUnsupported() }
        return object
    }

    /// The members no `case` of a conformance took, as the type keeps them.
    @inline(__always)
    static func unknownFields(_ members: [JSONObject.Element]) -> UnknownFields? {
        members.isEmpty ? nil : UnknownFields(JSONObject(uniqueMembers: members))
    }

    /// A required member's value: present and not null.
    @inline(__always)
    static func required<Value>(_ value: Value?) throws -> Value {
        guard let value else { throw JSONReadableUnsupported() }
        return value
    }

    static func string(_ value: JSONValue) throws -> String? {
        switch value {
        case .string(let text): return text
        case .null: return nil
        default: throw JSONReadableUnsupported()
        }
    }

    static func bool(_ value: JSONValue) throws -> Bool? {
        switch value {
        case .bool(let flag): return flag
        case .null: return nil
        default: throw JSONReadableUnsupported()
        }
    }

    static func integer<Integer: FixedWidthInteger>(_ value: JSONValue, as type: Integer.Type = Integer.self) throws -> Integer? {
        if case .null = value { return nil }
        return try JSONValueDecoder.integer(value, Integer.self, at: [])
    }

    static func double(_ value: JSONValue) throws -> Double? {
        if case .null = value { return nil }
        return try JSONValueDecoder.double(value, at: [])
    }

    static func strings(_ value: JSONValue) throws -> [String]? {
        if case .null = value { return nil }
        return try JSONValueDecoder.strings(value, at: [])
    }

    static func stringMap(_ value: JSONValue) throws -> [String: String]? {
        if case .null = value { return nil }
        return try JSONValueDecoder.stringMap(value, at: [])
    }

    /// A member kept as a JSON tree (`JSONValue?` properties): nil for `null`, as Codable does.
    static func tree(_ value: JSONValue) -> JSONValue? {
        if case .null = value { return nil }
        return value
    }

    static func openEnum<Value: OpenStringEnum>(_ value: JSONValue, as type: Value.Type = Value.self) throws -> Value? {
        try string(value).map(Value.init(rawValue:))
    }

    static func openEnums<Value: OpenStringEnum>(_ value: JSONValue, as type: Value.Type = Value.self) throws -> [Value]? {
        try strings(value).map { $0.map(Value.init(rawValue:)) }
    }

    static func object<Value: JSONReadable>(_ value: JSONValue, as type: Value.Type = Value.self) throws -> Value? {
        if case .null = value { return nil }
        return try Value(json: value)
    }

    static func array<Element: JSONReadable>(_ value: JSONValue, of type: Element.Type = Element.self) throws -> [Element]? {
        switch value {
        case .array(let elements):
            var result: [Element] = []
            result.reserveCapacity(elements.count)
            for element in elements { result.append(try Element(json: element)) }
            return result
        case .null:
            return nil
        default:
            throw JSONReadableUnsupported()
        }
    }

    static func map<Value: JSONReadable>(_ value: JSONValue, of type: Value.Type = Value.self) throws -> [String: Value]? {
        switch value {
        case .object(let object):
            var result: [String: Value] = [:]
            result.reserveCapacity(object.count)
            for member in object.members { result[member.key] = try Value(json: member.value) }
            return result
        case .null:
            return nil
        default:
            throw JSONReadableUnsupported()
        }
    }
}

// Scalar wrappers: each reads what its `init(from:)` reads, and throws on the rest.

extension Quantity: JSONReadable {
    init(json: JSONValue) throws {
        let text: String
        switch json {
        case .string(let string): text = string
        case .integer(let number): text = String(number)
        case .double(let number): text = String(number)
        default: throw JSONReadableUnsupported()
        }
        guard case .success(let parsed) = QuantityParser.parse(text) else { throw JSONReadableUnsupported() }
        self = parsed
    }
}

extension IntOrString: JSONReadable {
    init(json: JSONValue) throws {
        if case .string(let text) = json {
            self = .string(text)
        } else {
            self = .int(try JSONValueDecoder.integer(json, Int32.self, at: []))
        }
    }
}

extension Time: JSONReadable {
    init(json: JSONValue) throws {
        guard case .string(let text) = json else { throw JSONReadableUnsupported() }
        self.init(try RFC3339.parse(text))
    }
}

extension MicroTime: JSONReadable {
    init(json: JSONValue) throws {
        guard case .string(let text) = json else { throw JSONReadableUnsupported() }
        self.init(try RFC3339.parse(text))
    }
}
