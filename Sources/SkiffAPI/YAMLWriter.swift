/// Writes a `JSONValue` as block-style YAML, the way `kubectl -o yaml` (go-yaml v2) lays it out:
/// two-space indentation, sequences under a key not indented (`key:` then `- item`), mappings in
/// a sequence starting on the dash line, `{}` and `[]` for empty containers.
///
/// Strings are written plain when that reads back as the same string (under
/// `YAMLScalarResolution`, and not looking like a timestamp); multi-line strings as literal
/// blocks (`|`, `|-`, `|+`) when safe; everything else double-quoted with escapes. Numbers,
/// booleans and null are plain. Non-finite doubles (only possible in hand-built values) become
/// `null`, as in JSON.
struct YAMLWriter {
    private(set) var text = ""

    mutating func writeDocument(_ value: JSONValue) {
        switch value {
        case .object(let object) where !object.isEmpty:
            writeMapping(object, indent: 0, firstLineIndented: true)
        case .array(let array) where !array.isEmpty:
            writeSequence(array, indent: 0, firstLineIndented: true)
        default:
            text += inlineScalar(value, indent: 0)
            text += "\n"
        }
    }

    private mutating func writeMapping(_ object: JSONObject, indent: Int, firstLineIndented: Bool) {
        for (index, member) in object.enumerated() {
            if index > 0 || firstLineIndented { text += String(repeating: " ", count: indent) }
            text += scalarText(member.key, indent: indent, allowBlock: false)
            text += ":"
            switch member.value {
            case .object(let nested) where !nested.isEmpty:
                text += "\n"
                writeMapping(nested, indent: indent + 2, firstLineIndented: true)
            case .array(let nested) where !nested.isEmpty:
                text += "\n"
                writeSequence(nested, indent: indent, firstLineIndented: true)
            default:
                text += " "
                text += inlineScalar(member.value, indent: indent + 2)
                text += "\n"
            }
        }
    }

    private mutating func writeSequence(_ array: [JSONValue], indent: Int, firstLineIndented: Bool) {
        for (index, element) in array.enumerated() {
            if index > 0 || firstLineIndented { text += String(repeating: " ", count: indent) }
            text += "- "
            switch element {
            case .object(let nested) where !nested.isEmpty:
                writeMapping(nested, indent: indent + 2, firstLineIndented: false)
            case .array(let nested) where !nested.isEmpty:
                writeSequence(nested, indent: indent + 2, firstLineIndented: false)
            default:
                text += inlineScalar(element, indent: indent + 2)
                text += "\n"
            }
        }
    }

    /// A scalar (or empty container) on the current line; literal blocks continue below it.
    private func inlineScalar(_ value: JSONValue, indent: Int) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .integer(let number): return String(number)
        case .double(let number): return number.isFinite ? String(number) : "null"
        case .string(let string): return scalarText(string, indent: indent, allowBlock: true)
        case .array: return "[]"
        case .object: return "{}"
        }
    }

    private func scalarText(_ string: String, indent: Int, allowBlock: Bool) -> String {
        if isPlainSafe(string) { return string }
        if allowBlock, let block = literalBlock(string, indent: indent) { return block }
        return doubleQuoted(string)
    }

    /// Whether `string` can be written unquoted and still read back as this string.
    private func isPlainSafe(_ string: String) -> Bool {
        guard let first = string.unicodeScalars.first, let last = string.unicodeScalars.last else { return false }
        guard (try? YAMLScalarResolution.resolvePlain(string)) == .string(string) else { return false }
        if "-?:,[]{}#&*!|>'\"%@` \t".unicodeScalars.contains(first) { return false }
        if last == " " || last == "\t" || last == ":" { return false }
        if string == "<<" || string.contains(": ") || string.contains(" #") || string.contains(":\t") { return false }
        if looksLikeTimestamp(string) { return false }
        // Only printable characters other than tab go unquoted.
        return string.unicodeScalars.allSatisfy { isPrintable($0) && $0 != "\t" && $0 != "\u{85}" && $0 != "\u{FEFF}" }
    }

    /// `2006-01-02…`: go-yaml would read it as a timestamp, so kubectl quotes it.
    private func looksLikeTimestamp(_ string: String) -> Bool {
        let bytes = Array(string.utf8.prefix(10))
        guard bytes.count >= 8 else { return false }
        func digit(_ index: Int) -> Bool { index < bytes.count && bytes[index] >= 48 && bytes[index] <= 57 }
        return digit(0) && digit(1) && digit(2) && digit(3) && bytes[4] == UInt8(ascii: "-") && digit(5)
    }

    /// `|` block for multi-line text made of printable characters, not starting with a space.
    private func literalBlock(_ string: String, indent: Int) -> String? {
        guard string.contains("\n"), let first = string.unicodeScalars.first, first != " ", first != "\n",
            string.unicodeScalars.allSatisfy({ ($0 == "\n" || $0 == "\t" || isPrintable($0)) && $0 != "\u{FEFF}" && $0 != "\u{85}" && $0 != "\u{2028}" && $0 != "\u{2029}" })
        else { return nil }
        var body = Substring(string)
        var trailingNewlines = 0
        while body.hasSuffix("\n") {
            body = body.dropLast()
            trailingNewlines += 1
        }
        let chomping = trailingNewlines == 0 ? "-" : (trailingNewlines == 1 ? "" : "+")
        let pad = String(repeating: " ", count: indent)
        var result = "|" + chomping
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            result += "\n"
            if !line.isEmpty { result += pad + line }
        }
        // Keep-chomping: the extra newlines are part of the block.
        if trailingNewlines > 1 { result += String(repeating: "\n", count: trailingNewlines - 1) }
        return result
    }

    private func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private func doubleQuoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if isPrintable(scalar), scalar != "\u{85}", scalar != "\u{FEFF}", scalar != "\u{2028}", scalar != "\u{2029}" {
                    result.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFFFF {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                }
            }
        }
        return result + "\""
    }
}
