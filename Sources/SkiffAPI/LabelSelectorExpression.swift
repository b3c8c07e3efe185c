/// A parsed, validated label selector that can match label sets: Kubernetes' `labels.Selector`.
///
/// Contract:
/// - Built from the string syntax (`init(parsing:)`: `a=b`, `a==b`, `a!=b`, `a in (x,y)`,
///   `a notin (x)`, `a`, `!a`, `a>1`, `a<1`, comma-separated, whitespace-tolerant) or from an API
///   `LabelSelector` (`init(_:)`). Both validate keys, values and operators with Kubernetes' rules
///   and throw `Status.badRequest` with Kubernetes' wording (`unable to parse requirement: …`).
/// - Requirements are ANDed and kept sorted by key (stable), values sorted and de-duplicated, so
///   `description` is canonical (`app=web,tier in (a,b)`) and equal selectors compare equal.
/// - `matches` is allocation-free: one dictionary lookup per requirement.
/// - No requirements matches everything; `nothing` (what a nil API selector means) matches nothing.
public struct LabelSelectorExpression: Sendable, Hashable, CustomStringConvertible {
    /// The operators of Kubernetes' `selection.Operator`.
    public enum Operator: String, Sendable, Hashable {
        case equals = "="
        case doubleEquals = "=="
        case notEquals = "!="
        case `in` = "in"
        case notIn = "notin"
        case exists = "exists"
        case doesNotExist = "!"
        case greaterThan = "gt"
        case lessThan = "lt"
    }

    /// One condition on one label key.
    public struct Requirement: Sendable, Hashable, CustomStringConvertible {
        public let key: String
        public let `operator`: Operator
        /// Sorted and unique; exactly one for `=`, `==`, `!=`, `gt`, `lt`; none for exists checks.
        public let values: [String]
        /// The integer operand of `gt`/`lt`.
        private let bound: Int64

        /// A validated requirement; throws `Status.badRequest` explaining what is wrong.
        public init(key: String, operator: Operator, values: [String]) throws {
            var problems: [String] = []
            let keyErrors = LabelValidation.keyErrors(key)
            if !keyErrors.isEmpty { problems.append("invalid label key \"\(key)\": " + keyErrors.joined(separator: "; ")) }
            var bound: Int64 = 0
            switch `operator` {
            case .in, .notIn:
                if values.isEmpty { problems.append("values: Invalid value: for 'in', 'notin' operators, values set can't be empty") }
            case .equals, .doubleEquals, .notEquals:
                if values.count != 1 { problems.append("values: Invalid value: exact-match compatibility requires one single value") }
            case .exists, .doesNotExist:
                if !values.isEmpty { problems.append("values: Invalid value: values set must be empty for exists and does not exist") }
            case .greaterThan, .lessThan:
                if values.count != 1 {
                    problems.append("values: Invalid value: for 'Gt', 'Lt' operators, exactly one value is required")
                } else if let parsed = Int64(values[0]) {
                    bound = parsed
                } else {
                    problems.append("values[0]: Invalid value: \"\(values[0])\": for 'Gt', 'Lt' operators, the value must be an integer")
                }
            }
            for (index, value) in values.enumerated() {
                let valueErrors = LabelValidation.valueErrors(value)
                if !valueErrors.isEmpty {
                    problems.append("values[\(index)][\(key)]: Invalid value: \"\(value)\": " + valueErrors.joined(separator: "; "))
                }
            }
            guard problems.isEmpty else { throw Status.badRequest(problems.joined(separator: ", ")) }
            self.key = key
            self.operator = `operator`
            self.values = Array(Set(values)).sorted()
            self.bound = bound
        }

        /// Whether `labels` satisfy this requirement (Go's `Requirement.Matches`).
        @inlinable
        public func matches(_ labels: [String: String]) -> Bool {
            switch `operator` {
            case .equals, .doubleEquals, .in:
                guard let value = labels[key] else { return false }
                return contains(value)
            case .notEquals, .notIn:
                guard let value = labels[key] else { return true }
                return !contains(value)
            case .exists:
                return labels[key] != nil
            case .doesNotExist:
                return labels[key] == nil
            case .greaterThan, .lessThan:
                guard let text = labels[key], let value = Int64(text) else { return false }
                return `operator` == .greaterThan ? value > boundValue : value < boundValue
            }
        }

        @usableFromInline var boundValue: Int64 { bound }

        @usableFromInline
        func contains(_ value: String) -> Bool {
            if values.count == 1 { return values[0] == value }
            return values.contains(value)
        }

        /// Kubernetes' string form: `a=b`, `a in (x,y)`, `!a`, `a>5`.
        public var description: String {
            switch `operator` {
            case .exists: return key
            case .doesNotExist: return "!" + key
            case .equals: return "\(key)=\(values.first ?? "")"
            case .doubleEquals: return "\(key)==\(values.first ?? "")"
            case .notEquals: return "\(key)!=\(values.first ?? "")"
            case .in: return "\(key) in (\(values.joined(separator: ",")))"
            case .notIn: return "\(key) notin (\(values.joined(separator: ",")))"
            case .greaterThan: return "\(key)>\(values.first ?? "")"
            case .lessThan: return "\(key)<\(values.first ?? "")"
            }
        }
    }

    /// The requirements, sorted by key.
    public let requirements: [Requirement]
    private let matchesNothing: Bool

    private init(sorting requirements: [Requirement], matchesNothing: Bool = false) {
        // Stable sort by key: Array.sort is not guaranteed stable, so sort indices.
        self.requirements = requirements.enumerated()
            .sorted { $0.element.key == $1.element.key ? $0.offset < $1.offset : $0.element.key < $1.element.key }
            .map(\.element)
        self.matchesNothing = matchesNothing
    }

    /// A selector of the given requirements (ANDed).
    public init(requirements: [Requirement]) {
        self.init(sorting: requirements)
    }

    /// Matches every label set.
    public static let everything = LabelSelectorExpression(sorting: [])
    /// Matches no label set (what a missing API selector means).
    public static let nothing = LabelSelectorExpression(sorting: [], matchesNothing: true)

    /// Parses Kubernetes' selector syntax; the empty string is `everything`.
    public init(parsing text: String) throws {
        self.init(sorting: try LabelSelectorParser.parse(text))
    }

    /// Converts and validates an API selector (Go's `LabelSelectorAsSelector`): `matchLabels`
    /// become `=` requirements; operators must be `In`, `NotIn`, `Exists` or `DoesNotExist`. An
    /// empty selector is `everything`.
    public init(_ selector: LabelSelector) throws {
        var requirements: [Requirement] = []
        for (key, value) in (selector.matchLabels ?? [:]).sorted(by: { $0.key < $1.key }) {
            requirements.append(try Requirement(key: key, operator: .equals, values: [value]))
        }
        for expression in selector.matchExpressions ?? [] {
            let op: Operator
            switch expression.operator {
            case "In": op = .in
            case "NotIn": op = .notIn
            case "Exists": op = .exists
            case "DoesNotExist": op = .doesNotExist
            default: throw Status.badRequest("\"\(expression.operator)\" is not a valid label selector operator")
            }
            requirements.append(try Requirement(key: expression.key, operator: op, values: expression.values ?? []))
        }
        self.init(sorting: requirements)
    }

    /// Whether the selector matches everything.
    public var isEverything: Bool { !matchesNothing && requirements.isEmpty }

    /// Whether `labels` (nil meaning none) satisfy every requirement.
    public func matches(_ labels: [String: String]?) -> Bool {
        if matchesNothing { return false }
        let labels = labels ?? [:]
        for requirement in requirements where !requirement.matches(labels) { return false }
        return true
    }

    /// The value `key` must have for any match (from `=`, `==` or a one-value `in`), if one;
    /// lets the API server use a label index instead of scanning.
    public func requiresExactMatch(_ key: String) -> String? {
        for requirement in requirements where requirement.key == key {
            switch requirement.operator {
            case .equals, .doubleEquals, .in:
                if requirement.values.count == 1 { return requirement.values[0] }
            default:
                continue
            }
        }
        return nil
    }

    /// Every `key → value` pinned by an exact-match requirement.
    public var exactMatchLabels: [String: String] {
        var result: [String: String] = [:]
        for requirement in requirements {
            switch requirement.operator {
            case .equals, .doubleEquals, .in:
                // `in` with one value pins the key just like `=`.
                if requirement.values.count == 1 { result[requirement.key] = requirement.values[0] }
            default:
                continue
            }
        }
        return result
    }

    /// The canonical string form (`app=web,tier in (a,b)`); empty for everything and nothing.
    public var description: String {
        requirements.map(\.description).joined(separator: ",")
    }
}
