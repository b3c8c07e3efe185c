#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The tree-building `Encoder` behind `JSONCodec.encodeValue`, and the fallback for encoding
/// patterns the streaming encoder cannot handle (out-of-order containers, `superEncoder`).
///
/// Contract: the same output rules as `JSONStreamEncoder` (nil optionals omitted, declaration
/// order, `UnknownFields` merged, sorted map keys, `Date` as RFC 3339, non-finite doubles throw
/// `Status.badRequest`), but any container use is accepted, at the cost of a node per value.
/// Encoding the same key twice keeps the last value in the first position. `Dictionary` members
/// are sorted by key when the tree is finished (see `DictionaryKeyOrdering`).
final class JSONValueEncoder: Encoder {
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// What the value encoded into this encoder; nil if it encoded nothing.
    fileprivate var storage: EncodedNode?

    /// False only inside `DictionaryKeyOrdering`'s probe, which runs while the dictionary key type
    /// is still being determined.
    private let detectsDictionaries: Bool

    init(codingPath: [any CodingKey] = [], detectsDictionaries: Bool = true) {
        self.codingPath = codingPath
        self.detectsDictionaries = detectsDictionaries
    }

    /// The encoded tree; a value that encoded nothing is an empty object.
    var result: JSONValue { storage?.value ?? .object(JSONObject()) }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: ObjectNode
        if case .object(let existing)? = storage {
            object = existing
        } else {
            object = ObjectNode()
            storage = .object(object)
        }
        if detectsDictionaries, DictionaryKeyOrdering.isDictionaryKey(type) { object.sortsKeys = true }
        return KeyedEncodingContainer(TreeKeyedContainer<Key>(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array: ArrayNode
        if case .array(let existing)? = storage {
            array = existing
        } else {
            array = ArrayNode()
            storage = .array(array)
        }
        return TreeUnkeyedContainer(array: array, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        TreeSingleValueContainer(encoder: self)
    }

    /// Encodes one value as a node.
    static func node<T: Encodable>(for value: T, at path: [any CodingKey]) throws -> EncodedNode {
        if T.self == String.self, let text = value as? String { return .value(.string(text)) }
        if T.self == Int32.self, let number = value as? Int32 { return .value(.integer(Int64(number))) }
        if T.self == Int64.self, let number = value as? Int64 { return .value(.integer(number)) }
        if T.self == Int.self, let number = value as? Int { return .value(.integer(Int64(number))) }
        if T.self == Bool.self, let flag = value as? Bool { return .value(.bool(flag)) }
        if T.self == Double.self, let number = value as? Double { return .value(try double(number, at: path)) }
        if T.self == Float.self, let number = value as? Float { return .value(try double(Double(number), at: path)) }
        if T.self == JSONValue.self, let tree = value as? JSONValue { return .value(tree) }
        if T.self == [String].self, let strings = value as? [String] { return .value(.array(strings.map { .string($0) })) }
        if T.self == Date.self, let date = value as? Date {
            return .value(.string(RFC3339.format(date, fractionalDigits: 0)))
        }
        let encoder = JSONValueEncoder(codingPath: path)
        try value.encode(to: encoder)
        return encoder.storage ?? .object(ObjectNode())
    }

    static func double(_ value: Double, at path: [any CodingKey]) throws -> JSONValue {
        guard value.isFinite else { throw JSONValueDecoder.failure(at: path, "json: unsupported value: \(value)") }
        return .double(value)
    }

    static func integer<I: BinaryInteger>(_ value: I) -> JSONValue {
        if let exact = Int64(exactly: value) { return .integer(exact) }
        return .double(Double(value))
    }
}

/// A value under construction: containers are reference types so that containers handed out
/// earlier keep writing into the right place.
enum EncodedNode {
    case value(JSONValue)
    case object(ObjectNode)
    case array(ArrayNode)
    case deferred(JSONValueEncoder)

    var value: JSONValue {
        switch self {
        case .value(let value): return value
        case .object(let object):
            var result = JSONObject()
            result.reserveCapacity(object.members.count)
            let members = object.sortsKeys ? object.members.sorted { $0.key < $1.key } : object.members
            for (key, node) in members { result.appendUnique(key, node.value) }
            return .object(result)
        case .array(let array): return .array(array.elements.map(\.value))
        case .deferred(let encoder): return encoder.result
        }
    }
}

final class ObjectNode {
    var members: [(key: String, node: EncodedNode)] = []
    /// A `Dictionary`'s members, written in key order.
    var sortsKeys = false

    func set(_ key: String, _ node: EncodedNode) {
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].node = node
        } else {
            members.append((key, node))
        }
    }
}

final class ArrayNode {
    var elements: [EncodedNode] = []
}

private struct TreeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: ObjectNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { object.set(key.stringValue, .value(.null)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { object.set(key.stringValue, .value(.bool(value))) }
    mutating func encode(_ value: String, forKey key: Key) throws { object.set(key.stringValue, .value(.string(value))) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        object.set(key.stringValue, .value(try JSONValueEncoder.double(value, at: codingPath + [key])))
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        object.set(key.stringValue, .value(try JSONValueEncoder.double(Double(value), at: codingPath + [key])))
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { object.set(key.stringValue, .value(JSONValueEncoder.integer(value))) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { object.set(key.stringValue, .value(JSONValueEncoder.integer(value))) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { object.set(key.stringValue, .value(JSONValueEncoder.integer(value))) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { object.set(key.stringValue, .value(JSONValueEncoder.integer(value))) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { object.set(key.stringValue, .value(JSONValueEncoder.integer(value))) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { object.set(key.stringValue, .value(JSONValueEncoder.integer(value))) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { object.set(key.stringValue, .value(JSONValueEncoder.integer(value))) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { object.set(key.stringValue, .value(JSONValueEncoder.integer(value))) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { object.set(key.stringValue, .value(JSONValueEncoder.integer(value))) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { object.set(key.stringValue, .value(JSONValueEncoder.integer(value))) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if T.self == UnknownFields.self, let unknown = value as? UnknownFields {
            // Merged into this object; members the type models are skipped (the model wins).
            for member in unknown.members {
                if member.key != key.stringValue, Key(stringValue: member.key) != nil { continue }
                object.set(member.key, .value(member.value))
            }
            return
        }
        object.set(key.stringValue, try JSONValueEncoder.node(for: value, at: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectNode()
        nested.sortsKeys = DictionaryKeyOrdering.isDictionaryKey(keyType)
        object.set(key.stringValue, .object(nested))
        return KeyedEncodingContainer(TreeKeyedContainer<NestedKey>(object: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = ArrayNode()
        object.set(key.stringValue, .array(nested))
        return TreeUnkeyedContainer(array: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        let key = JSONCodingKey(stringValue: "super")
        let encoder = JSONValueEncoder(codingPath: codingPath + [key])
        object.set(key.stringValue, .deferred(encoder))
        return encoder
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let encoder = JSONValueEncoder(codingPath: codingPath + [key])
        object.set(key.stringValue, .deferred(encoder))
        return encoder
    }
}

private struct TreeUnkeyedContainer: UnkeyedEncodingContainer {
    let array: ArrayNode
    let codingPath: [any CodingKey]
    var count: Int { array.elements.count }

    private var nextKey: JSONCodingKey { JSONCodingKey(index: array.elements.count) }

    mutating func encodeNil() throws { array.elements.append(.value(.null)) }
    mutating func encode(_ value: Bool) throws { array.elements.append(.value(.bool(value))) }
    mutating func encode(_ value: String) throws { array.elements.append(.value(.string(value))) }
    mutating func encode(_ value: Double) throws {
        array.elements.append(.value(try JSONValueEncoder.double(value, at: codingPath + [nextKey])))
    }
    mutating func encode(_ value: Float) throws {
        array.elements.append(.value(try JSONValueEncoder.double(Double(value), at: codingPath + [nextKey])))
    }
    mutating func encode(_ value: Int) throws { array.elements.append(.value(JSONValueEncoder.integer(value))) }
    mutating func encode(_ value: Int8) throws { array.elements.append(.value(JSONValueEncoder.integer(value))) }
    mutating func encode(_ value: Int16) throws { array.elements.append(.value(JSONValueEncoder.integer(value))) }
    mutating func encode(_ value: Int32) throws { array.elements.append(.value(JSONValueEncoder.integer(value))) }
    mutating func encode(_ value: Int64) throws { array.elements.append(.value(JSONValueEncoder.integer(value))) }
    mutating func encode(_ value: UInt) throws { array.elements.append(.value(JSONValueEncoder.integer(value))) }
    mutating func encode(_ value: UInt8) throws { array.elements.append(.value(JSONValueEncoder.integer(value))) }
    mutating func encode(_ value: UInt16) throws { array.elements.append(.value(JSONValueEncoder.integer(value))) }
    mutating func encode(_ value: UInt32) throws { array.elements.append(.value(JSONValueEncoder.integer(value))) }
    mutating func encode(_ value: UInt64) throws { array.elements.append(.value(JSONValueEncoder.integer(value))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        array.elements.append(try JSONValueEncoder.node(for: value, at: codingPath + [nextKey]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let key = nextKey
        let nested = ObjectNode()
        nested.sortsKeys = DictionaryKeyOrdering.isDictionaryKey(keyType)
        array.elements.append(.object(nested))
        return KeyedEncodingContainer(TreeKeyedContainer<NestedKey>(object: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let key = nextKey
        let nested = ArrayNode()
        array.elements.append(.array(nested))
        return TreeUnkeyedContainer(array: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = JSONValueEncoder(codingPath: codingPath + [nextKey])
        array.elements.append(.deferred(encoder))
        return encoder
    }
}

private struct TreeSingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func set(_ value: JSONValue) { encoder.storage = .value(value) }

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { set(try JSONValueEncoder.double(value, at: codingPath)) }
    mutating func encode(_ value: Float) throws { set(try JSONValueEncoder.double(Double(value), at: codingPath)) }
    mutating func encode(_ value: Int) throws { set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: Int8) throws { set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: Int16) throws { set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: Int32) throws { set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: Int64) throws { set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt) throws { set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt8) throws { set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt16) throws { set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt32) throws { set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt64) throws { set(JSONValueEncoder.integer(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.storage = try JSONValueEncoder.node(for: value, at: codingPath)
    }
}
