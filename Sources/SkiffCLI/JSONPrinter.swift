import SkiffAPI

/// JSON as kubectl writes it, which is Go's `encoding/json` over an unstructured map: keys in
/// sorted order, `<`, `>`, `&`, U+2028 and U+2029 escaped as `\u003c` …, and for `-o json`
/// four-space indentation (`json.MarshalIndent(obj, "", "    ")`).
public enum JSONPrinter {
    /// Pretty JSON for `-o json`, ending in a newline.
    public static func pretty(_ value: JSONValue) -> String {
        var text = ""
        write(value, indent: "    ", depth: 0, into: &text)
        return text + "\n"
    }

    /// Compact JSON, as `json.Marshal` writes it (what the last-applied annotation holds).
    public static func compact(_ value: JSONValue) -> String {
        var text = ""
        write(value, indent: nil, depth: 0, into: &text)
        return text
    }

    /// `value` with the members of every object in sorted key order.
    public static func sortingKeys(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            let members = object.map { ($0.key, sortingKeys($0.value)) }.sorted { $0.0 < $1.0 }
            return .object(JSONObject(members))
        case .array(let elements):
            return .array(elements.map(sortingKeys))
        default:
            return value
        }
    }

    private static func write(_ value: JSONValue, indent: String?, depth: Int, into text: inout String) {
        switch value {
        case .object(let object):
            guard !object.isEmpty else { text += "{}"; return }
            text += "{"
            for (index, member) in object.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { text += "," }
                newline(indent, depth + 1, &text)
                text += quoted(member.key)
                text += indent == nil ? ":" : ": "
                write(member.value, indent: indent, depth: depth + 1, into: &text)
            }
            newline(indent, depth, &text)
            text += "}"
        case .array(let elements):
            guard !elements.isEmpty else { text += "[]"; return }
            text += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { text += "," }
                newline(indent, depth + 1, &text)
                write(element, indent: indent, depth: depth + 1, into: &text)
            }
            newline(indent, depth, &text)
            text += "]"
        case .string(let string):
            text += quoted(string)
        default:
            text += String(decoding: value.serialized(), as: UTF8.self)
        }
    }

    private static func newline(_ indent: String?, _ depth: Int, _ text: inout String) {
        guard let indent else { return }
        text += "\n" + String(repeating: indent, count: depth)
    }

    /// A JSON string with Go's HTML-safe escapes on top of the standard ones.
    private static func quoted(_ string: String) -> String {
        let escaped = String(decoding: JSONValue.string(string).serialized(), as: UTF8.self)
        guard escaped.unicodeScalars.contains(where: { "<>&\u{2028}\u{2029}".unicodeScalars.contains($0) }) else {
            return escaped
        }
        var result = ""
        for scalar in escaped.unicodeScalars {
            switch scalar {
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
