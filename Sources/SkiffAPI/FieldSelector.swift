/// A parsed field selector: Kubernetes' `fields.Selector` (`metadata.name=web,status.phase!=Failed`).
///
/// Contract:
/// - Syntax: comma-separated `field=value`, `field==value` or `field!=value` terms; in values,
///   `\,`, `\=` and `\\` escape those characters, and an unescaped `,` or `=` (or any other
///   escape) is an error. Field names are not checked here: which fields a kind supports is the
///   API server's decision, made from `requirements`. Errors are `Status.badRequest`.
/// - Terms are sorted (as Kubernetes sorts them) and ANDed; the empty selector matches everything.
/// - `matches` asks the caller for each field's value; a field the object does not have (nil)
///   counts as the empty string, as in Kubernetes.
public struct FieldSelector: Sendable, Hashable, CustomStringConvertible {
    /// `=` (and `==`) or `!=`.
    public enum Operator: String, Sendable, Hashable {
        case equals = "="
        case notEquals = "!="
    }

    /// One `field op value` term.
    public struct Requirement: Sendable, Hashable, CustomStringConvertible {
        public var field: String
        public var `operator`: Operator
        public var value: String

        public init(field: String, operator: Operator, value: String) {
            self.field = field
            self.operator = `operator`
            self.value = value
        }

        public var description: String { field + `operator`.rawValue + FieldSelector.escape(value) }
    }

    public let requirements: [Requirement]

    /// Matches everything.
    public static let everything = FieldSelector(requirements: [])

    public init(requirements: [Requirement]) {
        self.requirements = requirements
    }

    /// Parses the field selector syntax; the empty string is `everything`.
    public init(parsing text: String) throws {
        var requirements: [Requirement] = []
        for term in Self.splitTerms(text).sorted() where !term.isEmpty {
            guard let (field, op, rawValue) = Self.splitTerm(term) else {
                throw Status.badRequest("invalid selector: '\(text)'; can't understand '\(term)'")
            }
            requirements.append(Requirement(field: field, operator: op, value: try Self.unescape(rawValue)))
        }
        self.requirements = requirements
    }

    public var isEverything: Bool { requirements.isEmpty }

    /// Whether the object whose field values `fields` supplies satisfies every term.
    public func matches(_ fields: (String) -> String?) -> Bool {
        for requirement in requirements {
            let value = fields(requirement.field) ?? ""
            switch requirement.operator {
            case .equals: if value != requirement.value { return false }
            case .notEquals: if value == requirement.value { return false }
            }
        }
        return true
    }

    /// The value `field` must equal for any match, if a term pins it.
    public func requiresExactMatch(_ field: String) -> String? {
        requirements.first { $0.field == field && $0.operator == .equals }?.value
    }

    /// The canonical string form: `metadata.name=web,status.phase!=Failed`.
    public var description: String { requirements.map(\.description).joined(separator: ",") }

    // MARK: Syntax

    /// Splits on commas that are not escaped.
    private static func splitTerms(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var terms: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "," {
                terms.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        terms.append(current)
        return terms
    }

    /// The first operator in the term (trying `!=`, `==`, `=` at each position), as Go does.
    private static func splitTerm(_ term: String) -> (String, Operator, String)? {
        var index = term.startIndex
        while index < term.endIndex {
            let rest = term[index...]
            if rest.hasPrefix("!=") { return (String(term[..<index]), .notEquals, String(rest.dropFirst(2))) }
            if rest.hasPrefix("==") { return (String(term[..<index]), .equals, String(rest.dropFirst(2))) }
            if rest.hasPrefix("=") { return (String(term[..<index]), .equals, String(rest.dropFirst(1))) }
            index = term.index(after: index)
        }
        return nil
    }

    private static func unescape(_ value: String) throws -> String {
        guard value.contains(where: { $0 == "\\" || $0 == "," || $0 == "=" }) else { return value }
        var result = ""
        var escaped = false
        for character in value {
            if escaped {
                guard character == "\\" || character == "," || character == "=" else {
                    throw Status.badRequest("invalid field selector: invalid escape sequence: \\\(character)")
                }
                result.append(character)
                escaped = false
                continue
            }
            switch character {
            case "\\": escaped = true
            case ",", "=": throw Status.badRequest("invalid field selector: unescaped character in value: \(character)")
            default: result.append(character)
            }
        }
        if escaped { throw Status.badRequest("invalid field selector: invalid escape sequence: \\") }
        return result
    }

    static func escape(_ value: String) -> String {
        guard value.contains(where: { $0 == "\\" || $0 == "," || $0 == "=" }) else { return value }
        var result = ""
        for character in value {
            if character == "\\" || character == "," || character == "=" { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
