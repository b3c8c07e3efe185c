#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The `Decoder` behind `JSONCodec`: decodes `Decodable` types from a `JSONValue` tree.
///
/// Contract:
/// - One instance decodes one document, single-threaded; nested values reuse it (the current
///   value and coding path are pushed and popped around each nested `init(from:)`), so decoding a
///   struct costs one container allocation, not a decoder per field.
/// - Errors are `Status.badRequest` naming the field path Kubernetes-style
///   (`spec.containers[0].ports[0].containerPort: expected integer, got string "80a"`, with
///   `details.causes[0].field` set to the path). Missing non-optional keys are errors; unknown keys
///   are not (they are collected into `UnknownFields`, see there). Integers out of range for the
///   target type are errors; whole-number doubles (`3.0`) decode into integer types, as in
///   Kubernetes. `null` for an optional is nil; for a non-optional it is a type error.
/// - `Date` decodes from an RFC 3339 string (as `Time` does), never from a number.
final class JSONValueDecoder: Decoder, SingleValueDecodingContainer {
    /// The value being decoded by the innermost `init(from:)`.
    private(set) var current: JSONValue
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// Whether nested `JSONReadable` values read themselves (see `decodeNested`).
    let usesReadable: Bool

    init(_ value: JSONValue, codingPath: [any CodingKey] = [], usesReadable: Bool = true) {
        current = value
        self.codingPath = codingPath
        self.usesReadable = usesReadable
    }

    // MARK: Decoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = current else {
            throw Self.mismatch("object", current, at: codingPath)
        }
        return KeyedDecodingContainer(
            JSONKeyedDecodingContainer<Key>(decoder: self, members: object.members, depth: codingPath.count, extraPath: [])
        )
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = current else {
            throw Self.mismatch("array", current, at: codingPath)
        }
        return JSONUnkeyedDecodingContainer(decoder: self, elements: elements, depth: codingPath.count, extraPath: [])
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    // MARK: SingleValueDecodingContainer (the decoder's current value)

    func decodeNil() -> Bool { current.isNull }
    func decode(_ type: Bool.Type) throws -> Bool { try Self.bool(current, at: codingPath) }
    func decode(_ type: String.Type) throws -> String { try Self.string(current, at: codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try Self.double(current, at: codingPath) }
    func decode(_ type: Float.Type) throws -> Float { Float(try Self.double(current, at: codingPath)) }
    func decode(_ type: Int.Type) throws -> Int { try Self.integer(current, Int.self, at: codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try Self.integer(current, Int8.self, at: codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try Self.integer(current, Int16.self, at: codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try Self.integer(current, Int32.self, at: codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try Self.integer(current, Int64.self, at: codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try Self.integer(current, UInt.self, at: codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try Self.integer(current, UInt8.self, at: codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try Self.integer(current, UInt16.self, at: codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try Self.integer(current, UInt32.self, at: codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try Self.integer(current, UInt64.self, at: codingPath) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        // Same value, same path: a wrapper delegating to what it wraps.
        if Self.isDirect(type) { return try Self.decodeDirect(type, from: current, at: { self.codingPath }) }
        return try T(from: self)
    }

    // MARK: Nested values

    /// Decodes `value` (found under `key`, below `extraPath`) as a `T`.
    @inline(__always)
    func decodeNested<T: Decodable>(
        _ type: T.Type, from value: JSONValue, extraPath: [any CodingKey], key: any CodingKey
    ) throws -> T {
        if Self.isDirect(type) {
            return try Self.decodeDirect(type, from: value, at: { self.codingPath + extraPath + [key] })
        }
        // A model object inside a list, a watch event or a wire frame reads itself; when it
        // cannot, Codable below decodes it or reports the error with its full path.
        if usesReadable, let readable = T.self as? any JSONReadable.Type, let object = try? readable.init(json: value) {
            return object as! T
        }
        let saved = current
        let depth = codingPath.count
        if !extraPath.isEmpty { codingPath.append(contentsOf: extraPath) }
        codingPath.append(key)
        current = value
        defer {
            current = saved
            codingPath.removeLast(codingPath.count - depth)
        }
        // Lists and maps skip the standard library's generic `Codable` path (see
        // `JSONDecodableList`); the conformance is only looked up when the shape matches.
        switch value {
        case .array(let elements):
            if let listType = T.self as? any JSONDecodableList.Type {
                return try listType.decodeElements(elements, with: self) as! T
            }
        case .object(let members):
            if let mapType = T.self as? any JSONDecodableMap.Type {
                return try mapType.decodeMembers(members, with: self) as! T
            }
        default:
            break
        }
        return try T(from: self)
    }

    /// Whether `T` is decoded by `decodeDirect` (scalars and `JSONValue`) rather than by a nested
    /// `init(from:)`. Metatype comparisons only: this runs for every value.
    @inline(__always)
    static func isDirect<T>(_ type: T.Type) -> Bool {
        T.self == String.self || T.self == Int32.self || T.self == Int64.self || T.self == Int.self
            || T.self == Bool.self || T.self == Double.self || T.self == [String: String].self
            || T.self == [String].self || T.self == JSONValue.self || T.self == Date.self
    }

    /// Decodes a type for which `isDirect` holds. The casts cannot fail (the type was just
    /// compared); they are written as casts rather than returning `T?`, because binding a generic
    /// optional costs a metadata lookup per call.
    static func decodeDirect<T>(_ type: T.Type, from value: JSONValue, at path: () -> [any CodingKey]) throws -> T {
        if T.self == String.self { return try string(value, at: path()) as! T }
        if T.self == Int32.self { return try integer(value, Int32.self, at: path()) as! T }
        if T.self == Int64.self { return try integer(value, Int64.self, at: path()) as! T }
        if T.self == Int.self { return try integer(value, Int.self, at: path()) as! T }
        if T.self == Bool.self { return try bool(value, at: path()) as! T }
        if T.self == Double.self { return try double(value, at: path()) as! T }
        if T.self == [String: String].self { return try stringMap(value, at: path()) as! T }
        if T.self == [String].self { return try strings(value, at: path()) as! T }
        if T.self == JSONValue.self { return value as! T }
        return try date(value, at: path()) as! T
    }

    /// Labels, annotations, selectors: built in one pass instead of through `Dictionary`'s
    /// keyed-container decoding.
    static func stringMap(_ value: JSONValue, at path: @autoclosure () -> [any CodingKey]) throws -> [String: String] {
        guard case .object(let object) = value else { throw mismatch("object", value, at: path()) }
        var map: [String: String] = [:]
        map.reserveCapacity(object.count)
        for member in object.members {
            guard case .string(let text) = member.value else {
                throw mismatch("string", member.value, at: path() + [JSONCodingKey(mapKey: member.key)])
            }
            map[member.key] = text
        }
        return map
    }

    /// Commands, args, finalizers: built in one pass.
    static func strings(_ value: JSONValue, at path: @autoclosure () -> [any CodingKey]) throws -> [String] {
        guard case .array(let elements) = value else { throw mismatch("array", value, at: path()) }
        var result: [String] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard case .string(let text) = element else {
                throw mismatch("string", element, at: path() + [JSONCodingKey(index: index)])
            }
            result.append(text)
        }
        return result
    }

    // MARK: Scalars

    static func string(_ value: JSONValue, at path: @autoclosure () -> [any CodingKey]) throws -> String {
        guard case .string(let text) = value else { throw mismatch("string", value, at: path()) }
        return text
    }

    static func bool(_ value: JSONValue, at path: @autoclosure () -> [any CodingKey]) throws -> Bool {
        guard case .bool(let flag) = value else { throw mismatch("boolean", value, at: path()) }
        return flag
    }

    static func double(_ value: JSONValue, at path: @autoclosure () -> [any CodingKey]) throws -> Double {
        switch value {
        case .double(let number): return number
        case .integer(let number): return Double(number)
        default: throw mismatch("number", value, at: path())
        }
    }

    static func integer<I: FixedWidthInteger>(
        _ value: JSONValue, _ type: I.Type, at path: @autoclosure () -> [any CodingKey]
    ) throws -> I {
        switch value {
        case .integer(let number):
            if let exact = I(exactly: number) { return exact }
        case .double(let number):
            // Kubernetes accepts whole-number floats such as `3.0` for integer fields.
            if number.rounded(.towardZero) == number {
                if let exact = I(exactly: number) { return exact }
            } else {
                throw mismatch("integer", value, at: path())
            }
        default:
            throw mismatch("integer", value, at: path())
        }
        throw failure(at: path(), "number \(value) is out of range for \(integerName(I.self))")
    }

    static func date(_ value: JSONValue, at path: @autoclosure () -> [any CodingKey]) throws -> Date {
        guard case .string(let text) = value else { throw mismatch("RFC 3339 time string", value, at: path()) }
        do {
            return try RFC3339.parse(text)
        } catch let status as Status {
            throw failure(at: path(), status.message ?? "invalid time")
        }
    }

    private static func integerName<I: FixedWidthInteger>(_ type: I.Type) -> String {
        (I.isSigned ? "int" : "uint") + String(I.bitWidth)
    }

    // MARK: Errors

    static func mismatch(_ expected: String, _ value: JSONValue, at path: [any CodingKey]) -> Status {
        let got: String
        switch value {
        case .string(let text):
            let shown = text.count > 64 ? String(text.prefix(64)) + "…" : text
            got = "string " + String(decoding: JSONValue.string(shown).serialized(), as: UTF8.self)
        case .integer, .double: got = "number \(value)"
        case .bool(let flag): got = "boolean \(flag)"
        case .null: got = "null"
        case .array: got = "array"
        case .object: got = "object"
        }
        return failure(at: path, "expected \(expected), got \(got)")
    }

    static func failure(at path: [any CodingKey], _ message: String) -> Status {
        let field = path.fieldPath
        return field.isEmpty ? .badRequest(message) : .badRequest("\(field): \(message)", field: field)
    }
}

/// The keyed container of `JSONValueDecoder`. It records which members the type asked for, so the
/// rest can be handed over as `UnknownFields`.
final class JSONKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    private let decoder: JSONValueDecoder
    private let members: [(key: String, value: JSONValue)]
    /// Length of the decoder's coding path when this container was made; the path of this object.
    private let depth: Int
    /// Keys between the decoder's path and this container (only for `nestedContainer`).
    private let extraPath: [any CodingKey]
    /// Members asked for: bit i of word i/64.
    private var asked: UInt64 = 0
    private var askedBeyond64: [UInt64] = []
    /// Where the next lookup starts: synthesized code asks in declaration order, and objects we
    /// wrote ourselves have that order, so most lookups hit on the first comparison.
    private var cursor = 0

    init(decoder: JSONValueDecoder, members: [(key: String, value: JSONValue)], depth: Int, extraPath: [any CodingKey]) {
        self.decoder = decoder
        self.members = members
        self.depth = depth
        self.extraPath = extraPath
    }

    var codingPath: [any CodingKey] { Array(decoder.codingPath.prefix(depth)) + extraPath }

    var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

    /// Finds `key`'s member and marks it as asked for.
    @inline(__always)
    private func lookup(_ key: Key) -> JSONValue? {
        let name = key.stringValue
        let count = members.count
        var index = cursor
        for _ in 0..<count {
            if index == count { index = 0 }
            if members[index].key == name {
                if index < 64 {
                    asked |= 1 << UInt64(index)
                } else {
                    markBeyond64(index)
                }
                cursor = index + 1
                return members[index].value
            }
            index += 1
        }
        return nil
    }

    private func markBeyond64(_ index: Int) {
        let word = index / 64 - 1
        if askedBeyond64.count <= word { askedBeyond64.append(contentsOf: repeatElement(0, count: word + 1 - askedBeyond64.count)) }
        askedBeyond64[word] |= 1 << UInt64(index % 64)
    }

    private func wasAsked(_ index: Int) -> Bool {
        if index < 64 { return asked & (1 << UInt64(index)) != 0 }
        let word = index / 64 - 1
        return word < askedBeyond64.count && askedBeyond64[word] & (1 << UInt64(index % 64)) != 0
    }

    /// The members nobody asked for, in order; nil when there are none.
    private func unknownFields() -> UnknownFields? {
        var unknown: [(key: String, value: JSONValue)] = []
        for index in members.indices where !wasAsked(index) {
            unknown.append(members[index])
        }
        return unknown.isEmpty ? nil : UnknownFields(JSONObject(uniqueMembers: unknown))
    }

    private func path(_ key: Key) -> [any CodingKey] { codingPath + [key] }

    private func required(_ key: Key) throws -> JSONValue {
        guard let value = lookup(key) else {
            throw JSONValueDecoder.failure(at: path(key), "required field is missing")
        }
        return value
    }

    func contains(_ key: Key) -> Bool { lookup(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let value = lookup(key) else { return true }
        return value.isNull
    }

    // Scalars: no nested decoder, no path building unless there is an error.
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try JSONValueDecoder.bool(required(key), at: path(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try JSONValueDecoder.string(required(key), at: path(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try JSONValueDecoder.double(required(key), at: path(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try JSONValueDecoder.double(required(key), at: path(key))) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try integer(key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try integer(key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try integer(key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try integer(key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try integer(key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try integer(key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(key) }

    private func integer<I: FixedWidthInteger>(_ key: Key) throws -> I {
        try JSONValueDecoder.integer(required(key), I.self, at: path(key))
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        if T.self == UnknownFields.self { return unknownFields(as: type) ?? (UnknownFields() as! T) }
        return try decoder.decodeNested(type, from: required(key), extraPath: extraPath, key: key)
    }

    /// The unknown members as a `T` (which is `UnknownFields`); out of line so the generic hot
    /// paths need no optional-cast metadata.
    @inline(never)
    private func unknownFields<T>(as type: T.Type) -> T? {
        unknownFields() as? T
    }

    // Optionals: absent or null is nil.
    private func present(_ key: Key) -> JSONValue? {
        guard let value = lookup(key), !value.isNull else { return nil }
        return value
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let value = present(key) else { return nil }
        return try JSONValueDecoder.bool(value, at: path(key))
    }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let value = present(key) else { return nil }
        return try JSONValueDecoder.string(value, at: path(key))
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        guard let value = present(key) else { return nil }
        return try JSONValueDecoder.double(value, at: path(key))
    }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
        guard let value = present(key) else { return nil }
        return Float(try JSONValueDecoder.double(value, at: path(key)))
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try optionalInteger(key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try optionalInteger(key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try optionalInteger(key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try optionalInteger(key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try optionalInteger(key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try optionalInteger(key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try optionalInteger(key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try optionalInteger(key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try optionalInteger(key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try optionalInteger(key) }

    private func optionalInteger<I: FixedWidthInteger>(_ key: Key) throws -> I? {
        guard let value = present(key) else { return nil }
        return try JSONValueDecoder.integer(value, I.self, at: path(key))
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        if T.self == UnknownFields.self { return unknownFields(as: type) }
        guard let value = present(key) else { return nil }
        return try decoder.decodeNested(type, from: value, extraPath: extraPath, key: key)
    }

    // MARK: Nested containers

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        let value = try required(key)
        guard case .object(let object) = value else { throw JSONValueDecoder.mismatch("object", value, at: path(key)) }
        return KeyedDecodingContainer(
            JSONKeyedDecodingContainer<NestedKey>(decoder: decoder, members: object.members, depth: depth, extraPath: extraPath + [key])
        )
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        let value = try required(key)
        guard case .array(let elements) = value else { throw JSONValueDecoder.mismatch("array", value, at: path(key)) }
        return JSONUnkeyedDecodingContainer(decoder: decoder, elements: elements, depth: depth, extraPath: extraPath + [key])
    }

    func superDecoder() throws -> any Decoder {
        let key = JSONCodingKey(stringValue: "super")
        return JSONValueDecoder(lookupAny(key.stringValue) ?? .null, codingPath: codingPath + [key])
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        JSONValueDecoder(lookup(key) ?? .null, codingPath: path(key))
    }

    private func lookupAny(_ name: String) -> JSONValue? {
        members.first { $0.key == name }?.value
    }
}

/// The unkeyed container of `JSONValueDecoder`: walks an array front to back.
final class JSONUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    private let decoder: JSONValueDecoder
    private let elements: [JSONValue]
    private let depth: Int
    private let extraPath: [any CodingKey]
    private(set) var currentIndex = 0

    init(decoder: JSONValueDecoder, elements: [JSONValue], depth: Int, extraPath: [any CodingKey]) {
        self.decoder = decoder
        self.elements = elements
        self.depth = depth
        self.extraPath = extraPath
    }

    var codingPath: [any CodingKey] { Array(decoder.codingPath.prefix(depth)) + extraPath }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private var indexPath: [any CodingKey] { codingPath + [JSONCodingKey(index: currentIndex)] }

    private func next() throws -> JSONValue {
        guard currentIndex < elements.count else {
            throw JSONValueDecoder.failure(at: indexPath, "unexpected end of array")
        }
        return elements[currentIndex]
    }

    func decodeNil() throws -> Bool {
        guard currentIndex < elements.count, elements[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }

    func decode(_ type: String.Type) throws -> String {
        let value = try JSONValueDecoder.string(next(), at: indexPath)
        currentIndex += 1
        return value
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        let value = try JSONValueDecoder.bool(next(), at: indexPath)
        currentIndex += 1
        return value
    }

    func decode(_ type: Int.Type) throws -> Int {
        let value = try JSONValueDecoder.integer(next(), Int.self, at: indexPath)
        currentIndex += 1
        return value
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try decoder.decodeNested(type, from: next(), extraPath: extraPath, key: JSONCodingKey(index: currentIndex))
        currentIndex += 1
        return value
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let value = try next()
        guard case .object(let object) = value else { throw JSONValueDecoder.mismatch("object", value, at: indexPath) }
        let key = JSONCodingKey(index: currentIndex)
        currentIndex += 1
        return KeyedDecodingContainer(
            JSONKeyedDecodingContainer<NestedKey>(decoder: decoder, members: object.members, depth: depth, extraPath: extraPath + [key])
        )
    }

    func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let value = try next()
        guard case .array(let nested) = value else { throw JSONValueDecoder.mismatch("array", value, at: indexPath) }
        let key = JSONCodingKey(index: currentIndex)
        currentIndex += 1
        return JSONUnkeyedDecodingContainer(decoder: decoder, elements: nested, depth: depth, extraPath: extraPath + [key])
    }

    func superDecoder() throws -> any Decoder {
        let value = try next()
        let path = indexPath
        currentIndex += 1
        return JSONValueDecoder(value, codingPath: path)
    }
}
