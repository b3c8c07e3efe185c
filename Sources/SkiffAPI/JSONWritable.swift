#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A model type that writes its own compact JSON — byte for byte what its `Codable` conformance
/// gives through `JSONCodec` — without Codable's containers.
///
/// Why: a stored Pod is encoded on the API server's loop thread for every write (create,
/// binding, status), and Codable's existential containers and generic metadata lookups were
/// most of that time. `JSONCodec.encode` (compact) uses this path whenever the value conforms;
/// pretty output and every type without a conformance keep the Codable path.
///
/// Contract for conformances:
/// - Members in the type's `CodingKeys` order, under the same keys; nil optionals omitted.
/// - A value whose `unknownFields` is non-nil writes itself with `writer.writeCodable(self)`:
///   merging preserved members (and skipping modeled keys) is the Codable path's job.
/// - Throw (any error) when the value cannot be written, such as a non-finite double: the codec
///   then re-encodes the whole document with Codable, which reports the error with its path.
/// `JSONWritableTests` checks each conformance against the Codable bytes.
protocol JSONWritable: Encodable {
    func writeJSON(to writer: inout JSONWriter) throws
}

/// Why a `JSONWritable` gave up; never escapes `JSONCodec`.
struct JSONWritableUnsupported: Error {}

// The member and element helpers conformances are written with. Compact output only: a member
// starts with a comma unless it is the first in its object, which the last byte written tells.
extension JSONWriter {
    @inline(__always)
    package mutating func beginObject() { write(UInt8(ascii: "{")) }

    @inline(__always)
    package mutating func endObject() { write(UInt8(ascii: "}")) }

    /// `,"key":` (without the comma for the object's first member).
    @inline(__always)
    package mutating func key(_ key: StaticString) {
        if bytes.last != UInt8(ascii: "{") { write(UInt8(ascii: ",")) }
        write(UInt8(ascii: "\""))
        write(key)
        write("\":")
    }

    package mutating func member(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        self.key(key)
        write(string: value)
    }

    mutating func member(_ key: StaticString, _ value: Bool?) {
        guard let value else { return }
        self.key(key)
        value ? write("true") : write("false")
    }

    mutating func member(_ key: StaticString, _ value: Int32?) {
        guard let value else { return }
        self.key(key)
        write(integer: Int64(value))
    }

    mutating func member(_ key: StaticString, _ value: Int64?) {
        guard let value else { return }
        self.key(key)
        write(integer: value)
    }

    mutating func member(_ key: StaticString, _ value: Int?) {
        guard let value else { return }
        self.key(key)
        write(integer: Int64(value))
    }

    mutating func member(_ key: StaticString, _ value: Double?) throws {
        guard let value else { return }
        guard value.isFinite else { throw JSONWritableUnsupported() }
        self.key(key)
        write(double: value)
    }

    mutating func member(_ key: StaticString, _ value: [String]?) {
        guard let value else { return }
        self.key(key)
        write(strings: value, depth: 0)
    }

    mutating func member(_ key: StaticString, _ value: [String: String]?) {
        guard let value else { return }
        self.key(key)
        write(stringMap: value, depth: 0)
    }

    mutating func member(_ key: StaticString, _ value: JSONValue?) {
        guard let value else { return }
        self.key(key)
        write(value: value)
    }

    mutating func member<Value: JSONWritable>(_ key: StaticString, _ value: Value?) throws {
        guard let value else { return }
        self.key(key)
        try value.writeJSON(to: &self)
    }

    mutating func member<Value: OpenStringEnum>(_ key: StaticString, _ value: Value?) {
        guard let value else { return }
        self.key(key)
        write(string: value.rawValue)
    }

    mutating func member<Element: OpenStringEnum>(_ key: StaticString, _ value: [Element]?) {
        guard let value else { return }
        self.key(key)
        write(UInt8(ascii: "["))
        for (index, element) in value.enumerated() {
            if index > 0 { write(UInt8(ascii: ",")) }
            write(string: element.rawValue)
        }
        write(UInt8(ascii: "]"))
    }

    mutating func member<Element: JSONWritable>(_ key: StaticString, _ value: [Element]?) throws {
        guard let value else { return }
        self.key(key)
        try write(array: value)
    }

    /// A map with keys sorted, as Go writes maps (`resources.limits`, …).
    mutating func member<Value: JSONWritable>(_ key: StaticString, _ value: [String: Value]?) throws {
        guard let value else { return }
        self.key(key)
        write(UInt8(ascii: "{"))
        var first = true
        for (key, element) in value.sorted(by: { $0.key < $1.key }) {
            if !first { write(UInt8(ascii: ",")) }
            first = false
            write(string: key)
            write(UInt8(ascii: ":"))
            try element.writeJSON(to: &self)
        }
        write(UInt8(ascii: "}"))
    }

    mutating func write<Element: JSONWritable>(array: [Element]) throws {
        write(UInt8(ascii: "["))
        for (index, element) in array.enumerated() {
            if index > 0 { write(UInt8(ascii: ",")) }
            try element.writeJSON(to: &self)
        }
        write(UInt8(ascii: "]"))
    }

    /// `value` through the Codable stream encoder (compact), appended here. For values with
    /// preserved unknown members and types without a conformance.
    mutating func writeCodable<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONStreamEncoder(pretty: false, usesWritable: false)
        try encoder.encodeValue(value)
        bytes.append(contentsOf: encoder.state.pointee.writer.bytes)
    }
}

// Scalar wrappers: each writes the JSON string its `encode(to:)` writes.

extension Quantity: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws { writer.write(string: description) }
}

extension IntOrString: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        switch self {
        case .int(let number): writer.write(integer: Int64(number))
        case .string(let text): writer.write(string: text)
        }
    }
}

extension Time: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.write(UInt8(ascii: "\""))
        RFC3339.append(date, fractionalDigits: 0, to: &writer.bytes)
        writer.write(UInt8(ascii: "\""))
    }
}

extension MicroTime: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.write(UInt8(ascii: "\""))
        RFC3339.append(date, fractionalDigits: 6, to: &writer.bytes)
        writer.write(UInt8(ascii: "\""))
    }
}
