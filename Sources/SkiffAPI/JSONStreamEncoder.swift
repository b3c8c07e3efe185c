#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The fast `Encoder` behind `JSONCodec.encode`: writes JSON bytes straight into one buffer while
/// `encode(to:)` runs, without building a tree.
///
/// Contract:
/// - Output: keys in the order the type encodes them (declaration order for synthesized code);
///   nil optionals omitted (synthesized `encodeIfPresent`); `UnknownFields` merged into the
///   enclosing object (see `UnknownFields`); `Dictionary` maps with sorted keys; `Date` as an
///   RFC 3339 string; a value that encodes nothing as `{}`.
/// - Streaming needs containers to be written in order. Containers are closed lazily — when an
///   enclosing container writes again or the value that opened them finishes — so synthesized
///   code, single-value wrappers and `nestedContainer` used in order all stream. Anything else
///   (writing to a closed container, `superEncoder()`, two kinds of container for one value) and
///   every error (a non-finite double) makes it give up: `JSONCodec` then discards the bytes and
///   re-encodes with the tree-building `JSONValueEncoder`, which handles any pattern and reports
///   errors with their field path. For speed this encoder does not track `codingPath` (always
///   empty here).
/// - Single-threaded: one instance encodes one value.
final class JSONStreamEncoder: Encoder {
    /// Thrown when the value cannot be streamed; never escapes `JSONCodec`.
    struct StreamingUnsupported: Error {}

    /// The mutable state, behind a pointer: containers share it, and pointer access avoids the
    /// dynamic exclusivity checks that class stored properties would cost on every byte written.
    let state: UnsafeMutablePointer<JSONStreamState>

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// With `usesWritable` (compact output only), a nested `JSONWritable` value writes itself.
    init(pretty: Bool, usesWritable: Bool = true) {
        state = .allocate(capacity: 1)
        state.initialize(to: JSONStreamState(pretty: pretty, usesWritable: usesWritable && !pretty))
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let id = state.pointee.openContainer(isObject: true, sortsKeys: DictionaryKeyOrdering.isDictionaryKey(type))
        return KeyedEncodingContainer(JSONStreamKeyedContainer<Key>(encoder: self, frameID: id))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONStreamUnkeyedContainer(encoder: self, frameID: state.pointee.openContainer(isObject: false, sortsKeys: false))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONStreamSingleValueContainer(encoder: self)
    }

    /// Encodes `value` into the slot just opened by a key, a comma or the document start.
    func encodeValue<T: Encodable>(_ value: T) throws {
        if try state.pointee.encodeDirectly(value) { return }
        let saved = state.pointee.slot
        state.pointee.slot = .empty
        try value.encode(to: self)
        try state.pointee.finishSlot()
        state.pointee.slot = saved
    }

    /// A single-value container delegating to another `Encodable` (wrappers, `RawRepresentable`).
    func encodeSingle<T: Encodable>(_ value: T) throws {
        guard case .empty = state.pointee.slot else { throw StreamingUnsupported() }
        try encodeValue(value)
        state.pointee.slot = .scalar
    }
}

/// What `JSONStreamEncoder` and its containers share.
struct JSONStreamState {
    struct Frame {
        let id: Int
        let isObject: Bool
        var count = 0
        /// For dictionaries: where each member starts (before its separator) and its key.
        var members: [(key: String, start: Int)]? = nil
    }

    /// What the value currently being encoded has written into its slot so far.
    enum Slot {
        case empty
        case scalar
        case container(id: Int, isObject: Bool)
    }

    var writer: JSONWriter
    var frames: [Frame] = []
    var nextFrameID = 0
    var slot = Slot.empty
    /// Whether `JSONWritable` values write themselves (see `encodeDirectly`).
    let usesWritable: Bool

    init(pretty: Bool, usesWritable: Bool) {
        self.usesWritable = usesWritable
        writer = JSONWriter(indent: pretty ? 2 : 0, capacity: 2048)
        frames.reserveCapacity(16)
    }

    /// Opens `{` or `[` for the current value, or returns the container it already opened;
    /// -1 (which fails on first use) when the value already wrote something else.
    mutating func openContainer(isObject: Bool, sortsKeys: Bool) -> Int {
        switch slot {
        case .empty:
            let id = openNested(isObject: isObject, sortsKeys: sortsKeys)
            slot = .container(id: id, isObject: isObject)
            return id
        case .container(let id, let wasObject) where wasObject == isObject:
            return id
        default:
            return -1
        }
    }

    /// Opens a container right here (after a key or a comma).
    mutating func openNested(isObject: Bool, sortsKeys: Bool = false) -> Int {
        let id = nextFrameID
        nextFrameID += 1
        writer.write(isObject ? UInt8(ascii: "{") : UInt8(ascii: "["))
        frames.append(Frame(id: id, isObject: isObject, members: sortsKeys ? [] : nil))
        return id
    }

    /// Makes frame `id` the innermost open one, closing nested containers left open above it.
    @inline(__always)
    mutating func makeCurrent(_ id: Int) throws {
        if let last = frames.last, last.id == id { return }
        guard let index = frames.lastIndex(where: { $0.id == id }) else { throw JSONStreamEncoder.StreamingUnsupported() }
        while frames.count - 1 > index { closeInnermost() }
    }

    mutating func closeInnermost() {
        guard let frame = frames.popLast() else { return }
        // Hash order is often already key order (half of all two-entry maps): no rewrite then.
        if let members = frame.members, members.count > 1, !Self.isSortedByKey(members) { sortMembers(members) }
        if frame.count > 0 { writer.newline(depth: frames.count) }
        writer.write(frame.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }

    private static func isSortedByKey(_ members: [(key: String, start: Int)]) -> Bool {
        for index in 1..<members.count where !(members[index - 1].key < members[index].key) { return false }
        return true
    }

    /// Rewrites a dictionary's members (already written, in hash order) in key order.
    private mutating func sortMembers(_ members: [(key: String, start: Int)]) {
        let depth = frames.count + 1
        let indentWidth = writer.indent > 0 ? 1 + depth * writer.indent : 0
        let regionStart = members[0].start
        let region = Array(writer.bytes[regionStart...])
        var bodies: [(key: String, bytes: ArraySlice<UInt8>)] = []
        bodies.reserveCapacity(members.count)
        for (index, member) in members.enumerated() {
            let end = index + 1 < members.count ? members[index + 1].start : writer.bytes.count
            // Skip the separator this member was written with: "," (not first) and the indentation.
            let skip = (index > 0 ? 1 : 0) + indentWidth
            bodies.append((member.key, region[(member.start - regionStart + skip)..<(end - regionStart)]))
        }
        bodies.sort { $0.key < $1.key }
        writer.bytes.removeSubrange(regionStart...)
        for (index, body) in bodies.enumerated() {
            if index > 0 { writer.write(UInt8(ascii: ",")) }
            writer.newline(depth: depth)
            writer.bytes.append(contentsOf: body.bytes)
        }
    }

    /// Starts the next element of frame `id`: makes it current, writes separator and indentation.
    @inline(__always)
    mutating func beginElement(_ id: Int) throws {
        try makeCurrent(id)
        let index = frames.count - 1
        if frames[index].count > 0 { writer.write(UInt8(ascii: ",")) }
        frames[index].count += 1
        writer.newline(depth: frames.count)
    }

    /// Writes `"key":` as the next member of frame `id`.
    @inline(__always)
    mutating func beginMember(_ id: Int, key: String) throws {
        try makeCurrent(id)
        let index = frames.count - 1
        if frames[index].members != nil { frames[index].members?.append((key, writer.bytes.count)) }
        if frames[index].count > 0 { writer.write(UInt8(ascii: ",")) }
        frames[index].count += 1
        writer.newline(depth: frames.count)
        writer.write(string: key)
        writer.writeColon()
    }

    /// After a value's `encode(to:)`: closes what it opened, or writes `{}` if it wrote nothing.
    mutating func finishSlot() throws {
        switch slot {
        case .empty:
            writer.write("{}")
        case .scalar:
            break
        case .container(let id, _):
            guard let index = frames.lastIndex(where: { $0.id == id }) else { throw JSONStreamEncoder.StreamingUnsupported() }
            while frames.count > index { closeInnermost() }
        }
    }

    /// Claims the slot for a scalar written by a single-value container.
    mutating func claimScalarSlot() throws {
        guard case .empty = slot else { throw JSONStreamEncoder.StreamingUnsupported() }
        slot = .scalar
    }

    mutating func write(double value: Double) throws {
        // Non-finite numbers have no JSON form; the tree encoder reports them with their path.
        guard value.isFinite else { throw JSONStreamEncoder.StreamingUnsupported() }
        writer.write(double: value)
    }

    /// Scalars and trees written without a nested `encode(to:)`; false for everything else.
    @inline(__always)
    mutating func encodeDirectly<T: Encodable>(_ value: T) throws -> Bool {
        if T.self == String.self, let text = value as? String {
            writer.write(string: text)
        } else if T.self == Int32.self, let number = value as? Int32 {
            writer.write(integer: Int64(number))
        } else if T.self == Int64.self, let number = value as? Int64 {
            writer.write(integer: number)
        } else if T.self == Int.self, let number = value as? Int {
            writer.write(integer: Int64(number))
        } else if T.self == Bool.self, let flag = value as? Bool {
            flag ? writer.write("true") : writer.write("false")
        } else if T.self == Double.self, let number = value as? Double {
            try write(double: number)
        } else if T.self == [String: String].self, let map = value as? [String: String] {
            writer.write(stringMap: map, depth: frames.count)
        } else if T.self == [String].self, let strings = value as? [String] {
            writer.write(strings: strings, depth: frames.count)
        } else if T.self == JSONValue.self, let tree = value as? JSONValue {
            writer.write(value: tree, depth: frames.count)
        } else if T.self == Date.self, let date = value as? Date {
            writer.write(UInt8(ascii: "\""))
            RFC3339.append(date, fractionalDigits: 0, to: &writer.bytes)
            writer.write(UInt8(ascii: "\""))
        } else if usesWritable, let writable = value as? any JSONWritable {
            // A list, a watch event or a wire frame around model objects: the objects write
            // themselves. A failure makes the whole document fall back to Codable.
            do {
                try writable.writeJSON(to: &writer)
            } catch {
                throw JSONStreamEncoder.StreamingUnsupported()
            }
        } else {
            return false
        }
        return true
    }
}

/// Keyed container of `JSONStreamEncoder`: one JSON object, written member by member.
struct JSONStreamKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONStreamEncoder
    let frameID: Int

    var codingPath: [any CodingKey] { [] }

    @inline(__always)
    private func begin(_ key: Key) throws {
        try encoder.state.pointee.beginMember(frameID, key: key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws {
        try begin(key)
        encoder.state.pointee.writer.write("null")
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        try begin(key)
        value ? encoder.state.pointee.writer.write("true") : encoder.state.pointee.writer.write("false")
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        try begin(key)
        encoder.state.pointee.writer.write(string: value)
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        try begin(key)
        try encoder.state.pointee.write(double: value)
    }

    mutating func encode(_ value: Float, forKey key: Key) throws {
        try begin(key)
        try encoder.state.pointee.write(double: Double(value))
    }

    mutating func encode(_ value: Int, forKey key: Key) throws { try integer(Int64(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try integer(Int64(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try integer(Int64(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try integer(Int64(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try unsigned(UInt64(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try unsigned(UInt64(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try unsigned(UInt64(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try unsigned(UInt64(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try unsigned(value, key) }

    private func integer(_ value: Int64, _ key: Key) throws {
        try begin(key)
        encoder.state.pointee.writer.write(integer: value)
    }

    private func unsigned(_ value: UInt64, _ key: Key) throws {
        try begin(key)
        encoder.state.pointee.writer.write(unsigned: value)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if T.self == UnknownFields.self {
            try merge(value, ownKey: key)
            return
        }
        try begin(key)
        try encoder.encodeValue(value)
    }

    // Optionals: nil is omitted, as Kubernetes' `omitempty` does for pointers.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    /// Writes the unknown members into this object; members the type models are skipped.
    /// Kept out of line so the generic fast path needs no `UnknownFields` cast metadata.
    @inline(never)
    private func merge<T>(_ value: T, ownKey: Key) throws {
        guard let unknown = value as? UnknownFields else { return }
        for member in unknown.members {
            if member.key != ownKey.stringValue, Key(stringValue: member.key) != nil { continue }
            try encoder.state.pointee.beginMember(frameID, key: member.key)
            encoder.state.pointee.writer.write(value: member.value, depth: encoder.state.pointee.frames.count)
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let id: Int
        do {
            try begin(key)
            id = encoder.state.pointee.openNested(isObject: true, sortsKeys: DictionaryKeyOrdering.isDictionaryKey(keyType))
        } catch {
            id = -1  // fails on first use, and the codec falls back to the tree encoder
        }
        return KeyedEncodingContainer(JSONStreamKeyedContainer<NestedKey>(encoder: encoder, frameID: id))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let id: Int
        do {
            try begin(key)
            id = encoder.state.pointee.openNested(isObject: false)
        } catch {
            id = -1
        }
        return JSONStreamUnkeyedContainer(encoder: encoder, frameID: id)
    }

    mutating func superEncoder() -> any Encoder { JSONStreamUnsupportedEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { JSONStreamUnsupportedEncoder() }
}

/// Unkeyed container of `JSONStreamEncoder`: one JSON array, written element by element.
struct JSONStreamUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: JSONStreamEncoder
    let frameID: Int
    private(set) var count = 0

    init(encoder: JSONStreamEncoder, frameID: Int) {
        self.encoder = encoder
        self.frameID = frameID
    }

    var codingPath: [any CodingKey] { [] }

    @inline(__always)
    private mutating func begin() throws {
        try encoder.state.pointee.beginElement(frameID)
        count += 1
    }

    mutating func encodeNil() throws {
        try begin()
        encoder.state.pointee.writer.write("null")
    }

    mutating func encode(_ value: String) throws {
        try begin()
        encoder.state.pointee.writer.write(string: value)
    }

    mutating func encode(_ value: Bool) throws {
        try begin()
        value ? encoder.state.pointee.writer.write("true") : encoder.state.pointee.writer.write("false")
    }

    mutating func encode(_ value: Int) throws {
        try begin()
        encoder.state.pointee.writer.write(integer: Int64(value))
    }

    mutating func encode(_ value: Int32) throws {
        try begin()
        encoder.state.pointee.writer.write(integer: Int64(value))
    }

    mutating func encode(_ value: Int64) throws {
        try begin()
        encoder.state.pointee.writer.write(integer: value)
    }

    mutating func encode(_ value: Double) throws {
        try begin()
        try encoder.state.pointee.write(double: value)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try begin()
        try encoder.encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let id: Int
        do {
            try begin()
            id = encoder.state.pointee.openNested(isObject: true, sortsKeys: DictionaryKeyOrdering.isDictionaryKey(keyType))
        } catch {
            id = -1
        }
        return KeyedEncodingContainer(JSONStreamKeyedContainer<NestedKey>(encoder: encoder, frameID: id))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let id: Int
        do {
            try begin()
            id = encoder.state.pointee.openNested(isObject: false)
        } catch {
            id = -1
        }
        return JSONStreamUnkeyedContainer(encoder: encoder, frameID: id)
    }

    mutating func superEncoder() -> any Encoder { JSONStreamUnsupportedEncoder() }
}

/// Single-value container of `JSONStreamEncoder`: fills the slot of the value being encoded.
struct JSONStreamSingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONStreamEncoder

    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws {
        try encoder.state.pointee.claimScalarSlot()
        encoder.state.pointee.writer.write("null")
    }

    mutating func encode(_ value: Bool) throws {
        try encoder.state.pointee.claimScalarSlot()
        value ? encoder.state.pointee.writer.write("true") : encoder.state.pointee.writer.write("false")
    }

    mutating func encode(_ value: String) throws {
        try encoder.state.pointee.claimScalarSlot()
        encoder.state.pointee.writer.write(string: value)
    }

    mutating func encode(_ value: Double) throws {
        try encoder.state.pointee.claimScalarSlot()
        try encoder.state.pointee.write(double: value)
    }

    mutating func encode(_ value: Float) throws {
        try encoder.state.pointee.claimScalarSlot()
        try encoder.state.pointee.write(double: Double(value))
    }

    mutating func encode(_ value: Int) throws { try integer(Int64(value)) }
    mutating func encode(_ value: Int8) throws { try integer(Int64(value)) }
    mutating func encode(_ value: Int16) throws { try integer(Int64(value)) }
    mutating func encode(_ value: Int32) throws { try integer(Int64(value)) }
    mutating func encode(_ value: Int64) throws { try integer(value) }
    mutating func encode(_ value: UInt) throws { try unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { try unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { try unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { try unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { try unsigned(value) }

    private func integer(_ value: Int64) throws {
        try encoder.state.pointee.claimScalarSlot()
        encoder.state.pointee.writer.write(integer: value)
    }

    private func unsigned(_ value: UInt64) throws {
        try encoder.state.pointee.claimScalarSlot()
        encoder.state.pointee.writer.write(unsigned: value)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encoder.encodeSingle(value)
    }
}

/// Returned by `superEncoder()`, which cannot be streamed: its first use throws, so `JSONCodec`
/// falls back to the tree encoder (where `superEncoder()` works).
private struct JSONStreamUnsupportedEncoder: Encoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(JSONStreamKeyedContainer<Key>(encoder: JSONStreamEncoder(pretty: false), frameID: -1))
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONStreamUnkeyedContainer(encoder: JSONStreamEncoder(pretty: false), frameID: -1)
    }
    func singleValueContainer() -> any SingleValueEncodingContainer {
        // A slot already claimed: any write throws `StreamingUnsupported`.
        let encoder = JSONStreamEncoder(pretty: false)
        encoder.state.pointee.slot = .scalar
        return JSONStreamSingleValueContainer(encoder: encoder)
    }
}
