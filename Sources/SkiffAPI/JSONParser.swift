/// Parses RFC 8259 JSON text into a `JSONValue`, byte by byte.
///
/// Contract: accepts exactly one JSON value surrounded by optional whitespace; everything else is
/// a thrown `Status.badRequest` whose message names the problem and where it is (line, column and
/// byte offset) — never a crash. Nesting deeper than `maximumDepth` is rejected so hostile input
/// cannot exhaust the stack. Strings: all escapes including `\u` surrogate pairs; raw control
/// characters are rejected; a lone surrogate escape or invalid UTF-8 becomes U+FFFD, as Go's
/// `encoding/json` does. Numbers follow the RFC grammar strictly (no leading zeros, `+`, `NaN`,
/// `.5` or `1.`); a number too large for a `Double` is rejected. Duplicate keys: the last wins.
struct JSONParser: ~Copyable {
    /// How deep arrays and objects may nest.
    static let maximumDepth = 512

    private let input: UnsafeBufferPointer<UInt8>
    private var position = 0

    private init(_ input: UnsafeBufferPointer<UInt8>) {
        self.input = input
    }

    /// Parses `bytes` as one JSON document.
    static func parse(_ bytes: some Collection<UInt8>) throws -> JSONValue {
        if let result = try bytes.withContiguousStorageIfAvailable({ try parse(buffer: $0) }) {
            return result
        }
        return try Array(bytes).withUnsafeBufferPointer { try parse(buffer: $0) }
    }

    static func parse(buffer: UnsafeBufferPointer<UInt8>) throws -> JSONValue {
        var parser = JSONParser(buffer)
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        if parser.position < buffer.count {
            throw parser.failure("invalid character \(describe(buffer[parser.position])) after top-level value")
        }
        return value
    }

    // MARK: - Values

    private mutating func parseValue(depth: Int) throws -> JSONValue {
        guard position < input.count else { throw failure("unexpected end of JSON input") }
        switch input[position] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        case let byte: throw failure("invalid character \(Self.describe(byte)) looking for beginning of value")
        }
    }

    private mutating func parseObject(depth: Int) throws -> JSONValue {
        guard depth <= Self.maximumDepth else {
            throw failure("exceeded maximum nesting depth of \(Self.maximumDepth)")
        }
        position += 1  // {
        var members: [(key: String, value: JSONValue)] = []
        members.reserveCapacity(8)
        skipWhitespace()
        if position < input.count, input[position] == UInt8(ascii: "}") {
            position += 1
            return .object(JSONObject(uniqueMembers: members))
        }
        // Duplicate detection: a linear scan for small objects, a dictionary once they grow. A
        // 64-bit fingerprint of (length, last byte) per key seen skips almost every comparison.
        var indexByKey: [String: Int]? = nil
        var fingerprints: UInt64 = 0
        while true {
            guard position < input.count else { throw failure("unexpected end of JSON input") }
            guard input[position] == UInt8(ascii: "\"") else {
                throw failure("invalid character \(Self.describe(input[position])) looking for beginning of object key string")
            }
            let key = try parseString()
            skipWhitespace()
            guard position < input.count else { throw failure("unexpected end of JSON input") }
            guard input[position] == UInt8(ascii: ":") else {
                throw failure("invalid character \(Self.describe(input[position])) after object key")
            }
            position += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)

            var existing: Int? = nil
            if indexByKey == nil, members.count >= 24 {
                var index: [String: Int] = [:]
                for (offset, member) in members.enumerated() { index[member.key] = offset }
                indexByKey = index
            }
            if indexByKey != nil {
                existing = indexByKey?[key]
                if existing == nil { indexByKey?[key] = members.count }
            } else {
                let utf8 = key.utf8
                let bit: UInt64 = 1 << UInt64((utf8.count &* 7 &+ Int(utf8.last ?? 0)) & 63)
                if fingerprints & bit != 0 { existing = members.firstIndex { $0.key == key } }
                fingerprints |= bit
            }
            if let existing {
                members[existing].value = value
            } else {
                members.append((key, value))
            }

            skipWhitespace()
            guard position < input.count else { throw failure("unexpected end of JSON input") }
            switch input[position] {
            case UInt8(ascii: ","):
                position += 1
                skipWhitespace()
            case UInt8(ascii: "}"):
                position += 1
                return .object(JSONObject(uniqueMembers: members))
            case let byte:
                throw failure("invalid character \(Self.describe(byte)) after object key:value pair")
            }
        }
    }

    private mutating func parseArray(depth: Int) throws -> JSONValue {
        guard depth <= Self.maximumDepth else {
            throw failure("exceeded maximum nesting depth of \(Self.maximumDepth)")
        }
        position += 1  // [
        var elements: [JSONValue] = []
        elements.reserveCapacity(4)
        skipWhitespace()
        if position < input.count, input[position] == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            guard position < input.count else { throw failure("unexpected end of JSON input") }
            switch input[position] {
            case UInt8(ascii: ","):
                position += 1
                skipWhitespace()
            case UInt8(ascii: "]"):
                position += 1
                return .array(elements)
            case let byte:
                throw failure("invalid character \(Self.describe(byte)) after array element")
            }
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws {
        let count = literal.utf8CodeUnitCount
        let bytes = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        for offset in 0..<count {
            guard position + offset < input.count else { throw failure("unexpected end of JSON input") }
            guard input[position + offset] == bytes[offset] else {
                position += offset
                throw failure("invalid character \(Self.describe(input[position])) in literal \(literal)")
            }
        }
        position += count
    }

    // MARK: - Strings

    /// Parses a string starting at its opening quote; leaves `position` after the closing quote.
    private mutating func parseString() throws -> String {
        position += 1  // opening quote
        let start = position
        // Fast path: no escapes — one scan and one String initialisation.
        while position < input.count {
            let byte = input[position]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: input[start..<position]), as: UTF8.self)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw failure("invalid character \(Self.describe(byte)) in string literal") }
            position += 1
        }
        guard position < input.count else { throw failure("unexpected end of JSON input") }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(position - start + 16)
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<position]))
        while position < input.count {
            let byte = input[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: bytes, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &bytes)
            case 0..<0x20:
                throw failure("invalid character \(Self.describe(byte)) in string literal")
            default:
                bytes.append(byte)
                position += 1
            }
        }
        throw failure("unexpected end of JSON input")
    }

    private mutating func parseEscape(into bytes: inout [UInt8]) throws {
        position += 1  // backslash
        guard position < input.count else { throw failure("unexpected end of JSON input") }
        let escape = input[position]
        position += 1
        switch escape {
        case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): bytes.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): bytes.append(0x08)
        case UInt8(ascii: "f"): bytes.append(0x0C)
        case UInt8(ascii: "n"): bytes.append(0x0A)
        case UInt8(ascii: "r"): bytes.append(0x0D)
        case UInt8(ascii: "t"): bytes.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = UInt32(try parseHex4())
            if (0xD800...0xDBFF).contains(scalar) {
                // A high surrogate must be followed by `\u` and a low surrogate to form one scalar.
                if position + 1 < input.count, input[position] == UInt8(ascii: "\\"), input[position + 1] == UInt8(ascii: "u") {
                    let save = position
                    position += 2
                    let low = UInt32(try parseHex4())
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        // Not a pair: the high surrogate alone is replaced, the next escape re-read.
                        position = save
                        scalar = 0xFFFD
                    }
                } else {
                    scalar = 0xFFFD
                }
            } else if (0xDC00...0xDFFF).contains(scalar) {
                scalar = 0xFFFD
            }
            appendUTF8(Unicode.Scalar(scalar) ?? "\u{FFFD}", to: &bytes)
        default:
            position -= 1
            throw failure("invalid character \(Self.describe(escape)) in string escape code")
        }
    }

    private mutating func parseHex4() throws -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard position < input.count else { throw failure("unexpected end of JSON input") }
            let byte = input[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("invalid character \(Self.describe(byte)) in \\u hexadecimal character escape")
            }
            value = value << 4 | UInt16(digit)
            position += 1
        }
        return value
    }

    private func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (value >> 12)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (value >> 18)))
            bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    // MARK: - Numbers

    private mutating func parseNumber() throws -> JSONValue {
        let start = position
        var isNegative = false
        if input[position] == UInt8(ascii: "-") {
            isNegative = true
            position += 1
        }
        guard position < input.count else { throw failure("unexpected end of JSON input") }
        var magnitude: UInt64 = 0
        var fitsInteger = true
        let first = input[position]
        if first == UInt8(ascii: "0") {
            position += 1
            if position < input.count, isDigit(input[position]) {
                throw failure("invalid character \(Self.describe(input[position])) after leading zero in numeric literal")
            }
        } else if isDigit(first) {
            while position < input.count, isDigit(input[position]) {
                let digit = UInt64(input[position] - UInt8(ascii: "0"))
                let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times10.addingReportingOverflow(digit)
                if overflow1 || overflow2 { fitsInteger = false }
                magnitude = sum
                position += 1
            }
        } else {
            throw failure("invalid character \(Self.describe(first)) in numeric literal")
        }
        var isInteger = true
        if position < input.count, input[position] == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard position < input.count else { throw failure("unexpected end of JSON input") }
            guard isDigit(input[position]) else {
                throw failure("invalid character \(Self.describe(input[position])) after decimal point in numeric literal")
            }
            while position < input.count, isDigit(input[position]) { position += 1 }
        }
        if position < input.count, input[position] == UInt8(ascii: "e") || input[position] == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if position < input.count, input[position] == UInt8(ascii: "+") || input[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < input.count else { throw failure("unexpected end of JSON input") }
            guard isDigit(input[position]) else {
                throw failure("invalid character \(Self.describe(input[position])) in exponent of numeric literal")
            }
            while position < input.count, isDigit(input[position]) { position += 1 }
        }
        if isInteger, fitsInteger {
            if !isNegative, magnitude <= UInt64(Int64.max) { return .integer(Int64(magnitude)) }
            if isNegative, magnitude <= UInt64(Int64.max) + 1 { return .integer(Int64(truncatingIfNeeded: 0 &- magnitude)) }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: input[start..<position]), as: UTF8.self)
        guard let double = Double(text), double.isFinite else {
            position = start
            throw failure("number \(text) is out of range")
        }
        return .double(double)
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    // MARK: - Whitespace and errors

    @inline(__always)
    private mutating func skipWhitespace() {
        while position < input.count {
            switch input[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): position += 1
            default: return
            }
        }
    }

    /// A `Status` naming the problem at the current position (line and column are 1-based).
    private func failure(_ message: String) -> Status {
        let offset = min(position, input.count)
        var line = 1
        var lineStart = 0
        for index in 0..<offset where input[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return .badRequest("invalid JSON: \(message) at line \(line), column \(offset - lineStart + 1) (byte offset \(offset))")
    }

    private static func describe(_ byte: UInt8) -> String {
        switch byte {
        case 0x20..<0x7F where byte != UInt8(ascii: "'"): return "'\(Character(Unicode.Scalar(byte)))'"
        default: return "0x" + String(byte, radix: 16, uppercase: false)
        }
    }
}

extension JSONValue {
    /// Parses one JSON document. Throws `Status.badRequest` (with line, column and byte offset)
    /// on any malformed input; see `JSONParser` for exactly what is accepted.
    public init(parsing bytes: some Collection<UInt8>) throws {
        self = try JSONParser.parse(bytes)
    }

    /// Parses one JSON document from text.
    public init(parsing text: String) throws {
        var text = text
        self = try text.withUTF8 { try JSONParser.parse(buffer: $0) }
    }
}
