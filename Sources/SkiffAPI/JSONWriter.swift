/// Appends JSON tokens to a byte buffer: the one place that knows how JSON text is spelled.
///
/// Contract: produces RFC 8259 text. Strings escape `"`, `\` and control characters (as `\n`,
/// `\t`, … or `\u00XX`); everything else, including non-ASCII, is written as UTF-8. Integers are
/// exact; doubles use Swift's shortest round-tripping form; non-finite doubles are the caller's
/// problem (the encoder rejects them, `JSONValue.serialized()` writes `null`).
/// With `indent` set, output is pretty-printed with that many spaces per level, Go
/// `json.MarshalIndent` style: one member per line, empty containers as `{}` and `[]`.
///
/// `package`: the wire (SkiffWire) writes its frames' envelopes with it around model objects.
package struct JSONWriter {
    package var bytes: [UInt8] = []
    /// Spaces per nesting level, or 0 for compact output.
    let indent: Int

    package init(indent: Int = 0, capacity: Int = 1024) {
        self.indent = indent
        bytes.reserveCapacity(capacity)
    }

    @inline(__always)
    package mutating func write(_ byte: UInt8) { bytes.append(byte) }

    /// The bytes written, in an array without the room reserved for growth. Encoded objects are
    /// kept — the store's index holds every stored value — and a 2.1 KB Pod in a buffer that
    /// doubled to 4 KB cost twice its size for as long as it was stored.
    var compactBytes: [UInt8] {
        guard bytes.capacity - bytes.count > bytes.count / 8 else { return bytes }
        return [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: bytes)
        }
    }

    @inline(__always)
    package mutating func write(_ literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// A newline and the indentation for `depth`, when pretty-printing.
    @inline(__always)
    mutating func newline(depth: Int) {
        guard indent > 0 else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * indent))
    }

    /// `:` or, pretty-printed, `: `.
    @inline(__always)
    mutating func writeColon() {
        bytes.append(UInt8(ascii: ":"))
        if indent > 0 { bytes.append(UInt8(ascii: " ")) }
    }

    package mutating func write(string: String) {
        var string = string
        string.withUTF8 { write(utf8: $0) }
    }

    mutating func write(utf8 input: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        let count = input.count
        while index < count {
            // Eight bytes at a time while none needs escaping (SWAR: a zero byte in `w ^ pattern`
            // marks a quote or backslash; a borrow out of `w - 0x20…` marks a control character).
            if index + 8 <= count, let base = input.baseAddress {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let ones: UInt64 = 0x0101_0101_0101_0101
                let highs: UInt64 = 0x8080_8080_8080_8080
                let quote = word ^ (ones &* 0x22)
                let backslash = word ^ (ones &* 0x5C)
                let special = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
                if special & highs == 0 {
                    index += 8
                    continue
                }
            }
            let byte = input[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<index])) }
            index += 1
            runStart = index
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            default:
                let hex: StaticString = "0123456789abcdef"
                write("u00")
                bytes.append(hex.utf8Start[Int(byte >> 4)])
                bytes.append(hex.utf8Start[Int(byte & 0xF)])
            }
        }
        if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<count])) }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func write(integer value: Int64) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            write(unsigned: value.magnitude)
        } else {
            write(unsigned: UInt64(value))
        }
    }

    mutating func write(unsigned value: UInt64) {
        if value < 10 {
            bytes.append(UInt8(ascii: "0") &+ UInt8(value))
            return
        }
        // Digits are produced backwards into a small stack buffer, then copied once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var remaining = value
            var index = 20
            while remaining > 0 {
                index -= 1
                buffer[index] = UInt8(ascii: "0") &+ UInt8(remaining % 10)
                remaining /= 10
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<20]))
        }
    }

    /// Writes a finite double; a non-finite one is written as `null`.
    mutating func write(double value: Double) {
        guard value.isFinite else {
            write("null")
            return
        }
        if let exact = Int64(exactly: value), exact.magnitude < 1 << 53 {
            // Whole numbers keep their integer spelling plus `.0`, so they read back as doubles.
            write(integer: exact)
            write(".0")
            return
        }
        bytes.append(contentsOf: value.description.utf8)
    }

    /// Writes `["a","b"]` (a common Kubernetes shape, written without the Codable machinery).
    mutating func write(strings: [String], depth: Int) {
        guard !strings.isEmpty else {
            write("[]")
            return
        }
        write(UInt8(ascii: "["))
        for (index, element) in strings.enumerated() {
            if index > 0 { write(UInt8(ascii: ",")) }
            newline(depth: depth + 1)
            write(string: element)
        }
        newline(depth: depth)
        write(UInt8(ascii: "]"))
    }

    /// Writes a string map with its keys sorted, as Go writes maps (labels, annotations, …).
    mutating func write(stringMap map: [String: String], depth: Int) {
        guard !map.isEmpty else {
            write("{}")
            return
        }
        write(UInt8(ascii: "{"))
        var first = true
        for (key, value) in map.sorted(by: { $0.key < $1.key }) {
            if !first { write(UInt8(ascii: ",")) }
            first = false
            newline(depth: depth + 1)
            write(string: key)
            writeColon()
            write(string: value)
        }
        newline(depth: depth)
        write(UInt8(ascii: "}"))
    }

    /// Writes a whole value tree.
    package mutating func write(value: JSONValue, depth: Int = 0) {
        switch value {
        case .null: write("null")
        case .bool(let flag): flag ? write("true") : write("false")
        case .integer(let number): write(integer: number)
        case .double(let number): write(double: number)
        case .string(let text): write(string: text)
        case .array(let elements):
            guard !elements.isEmpty else {
                write("[]")
                return
            }
            write(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { write(UInt8(ascii: ",")) }
                newline(depth: depth + 1)
                write(value: element, depth: depth + 1)
            }
            newline(depth: depth)
            write(UInt8(ascii: "]"))
        case .object(let object):
            guard !object.isEmpty else {
                write("{}")
                return
            }
            write(UInt8(ascii: "{"))
            for (index, member) in object.members.enumerated() {
                if index > 0 { write(UInt8(ascii: ",")) }
                newline(depth: depth + 1)
                write(string: member.key)
                writeColon()
                write(value: member.value, depth: depth + 1)
            }
            newline(depth: depth)
            write(UInt8(ascii: "}"))
        }
    }
}

extension JSONValue {
    /// The JSON text of this value: compact, or with `pretty` one member per line and two spaces
    /// per level (what `-o json` prints). Object members are written in their stored order.
    public func serialized(pretty: Bool = false) -> [UInt8] {
        var writer = JSONWriter(indent: pretty ? 2 : 0, capacity: 256)
        writer.write(value: self)
        return writer.compactBytes
    }
}
