/// How an untagged, unquoted YAML scalar becomes a JSON value, following go-yaml v2 (which
/// Kubernetes' `sigs.k8s.io/yaml` uses), so manifests mean what they mean to `kubectl`:
///
/// - `true`/`false`, and YAML 1.1's `y`/`n`/`yes`/`no`/`on`/`off` in their three casings → booleans;
/// - `~`, `null`, `Null`, `NULL` and the empty scalar → null;
/// - integers with `_` separators, `0x`, `0o`, `0b` or a leading-`0` octal prefix → integers;
/// - `1.5`, `.5`, `1e3`, `1.` → doubles; `.inf`/`.nan` are errors (JSON has no such numbers);
/// - everything else, timestamps included, stays a string.
/// Quoted, literal and folded scalars are always strings; `YAMLCodec` decides that.
enum YAMLScalarResolution {
    enum Problem: Error {
        case notRepresentable(String)
    }

    private static let trueWords: Set<String> = ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]
    private static let falseWords: Set<String> = ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]
    private static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]
    private static let nonFiniteWords: Set<String> = [
        ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
    ]

    /// The value of a plain scalar.
    static func resolvePlain(_ text: String) throws(Problem) -> JSONValue {
        if trueWords.contains(text) { return .bool(true) }
        if falseWords.contains(text) { return .bool(false) }
        if nullWords.contains(text) { return .null }
        if nonFiniteWords.contains(text) { throw .notRepresentable(text) }
        guard let first = text.utf8.first,
            first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
                || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
        else { return .string(text) }
        let plain = text.contains("_") ? text.replacingUnderscores() : text
        if let integer = integer(plain) { return .integer(integer) }
        if let unsigned = UInt64(plain), let double = Double(exactly: unsigned) ?? Double(String(unsigned)) {
            return .double(double)
        }
        if isFloatSyntax(plain), let double = Double(plain), double.isFinite { return .double(double) }
        return .string(text)
    }

    /// Go's `strconv.ParseInt(text, 0, 64)`.
    static func integer(_ text: String) -> Int64? {
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        var radix = 10
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") {
            radix = 16
            digits = digits.dropFirst(2)
        } else if digits.hasPrefix("0o") || digits.hasPrefix("0O") {
            radix = 8
            digits = digits.dropFirst(2)
        } else if digits.hasPrefix("0b") || digits.hasPrefix("0B") {
            radix = 2
            digits = digits.dropFirst(2)
        } else if digits.count > 1, digits.hasPrefix("0") {
            radix = 8
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.first != "+", digits.first != "-",
            let magnitude = UInt64(digits, radix: radix)
        else { return nil }
        if negative {
            return magnitude <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- magnitude) : nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
    static func isFloatSyntax(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
            return index - start
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return false }
        } else {
            guard digits() > 0 else { return false }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                _ = digits()
            }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return false }
        }
        return index == bytes.count
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(unicodeScalars.filter { $0 != "_" })
    }
}
