import Foundation

// The field-level checks every kind's validation is built from, worded as Kubernetes words
// them (k8s.io/apimachinery/pkg/api/validation and pkg/apis/core/validation).

extension FieldError {
    /// `Required value` at `path`.
    public static func required(_ path: FieldPath, _ detail: String = "") -> FieldError {
        FieldError(.required, field: path.description, detail: detail)
    }

    /// `Invalid value` at `path`.
    public static func invalid(_ path: FieldPath, _ value: some CustomStringConvertible, _ detail: String) -> FieldError {
        FieldError(.invalid, field: path.description, value: value.description, detail: detail)
    }

    /// `Forbidden` at `path`.
    public static func forbidden(_ path: FieldPath, _ detail: String) -> FieldError {
        FieldError(.forbidden, field: path.description, detail: detail)
    }

    /// `Duplicate value` at `path`.
    public static func duplicate(_ path: FieldPath, _ value: some CustomStringConvertible) -> FieldError {
        FieldError(.duplicate, field: path.description, value: value.description)
    }

    /// `Not found` at `path`: the value refers to something that does not exist.
    public static func notFound(_ path: FieldPath, _ value: some CustomStringConvertible) -> FieldError {
        FieldError(.notFound, field: path.description, value: value.description)
    }

    /// `Too long` at `path`.
    public static func tooLong(_ path: FieldPath, limit: Int) -> FieldError {
        FieldError(.tooLong, field: path.description, detail: "may not be more than \(limit) bytes")
    }

    /// `Unsupported value` at `path`, listing what Kubernetes accepts.
    public static func notSupported<Value: OpenStringEnum>(
        _ path: FieldPath, _ value: Value, supported: [Value] = Value.knownValues
    ) -> FieldError {
        .notSupported(path.description, value: value.rawValue, supported: supported.map(\.rawValue))
    }

    /// `Invalid value: …: field is immutable`.
    static func immutable(_ path: FieldPath, _ value: some CustomStringConvertible) -> FieldError {
        .invalid(path, value, "field is immutable")
    }
}

/// Reusable checks of single fields; each returns the errors it found.
enum FieldChecks {
    /// One `Invalid value` per syntax problem.
    static func syntax(_ problems: [String], value: String, at path: FieldPath) -> [FieldError] {
        problems.map { .invalid(path, value, $0) }
    }

    /// Kubernetes' `ValidateNonnegativeField`.
    static func nonNegative<Number: BinaryInteger>(_ value: Number?, at path: FieldPath) -> [FieldError] {
        guard let value, value < 0 else { return [] }
        return [.invalid(path, String(value), "must be greater than or equal to 0")]
    }

    /// A value that, when set, must be above zero.
    static func positive<Number: BinaryInteger>(_ value: Number?, at path: FieldPath) -> [FieldError] {
        guard let value, value <= 0 else { return [] }
        return [.invalid(path, String(value), "must be greater than 0")]
    }

    /// A string enum: nil is what defaulting fills in (the API server defaults before it
    /// validates), anything else must be one of `supported`.
    static func known<Value: OpenStringEnum>(
        _ value: Value?, at path: FieldPath, supported: [Value] = Value.knownValues
    ) -> [FieldError] {
        guard let value, !supported.contains(value) else { return [] }
        return [.notSupported(path, value, supported: supported)]
    }

    /// A port number, 1 to 65535.
    static func portNumber<Number: BinaryInteger>(_ value: Number, at path: FieldPath) -> [FieldError] {
        syntax(IdentifierSyntax.portNumber(Int64(value)), value: String(value), at: path)
    }

    /// A port given by number or by IANA name (probes, `targetPort`).
    static func portNumberOrName(_ port: IntOrString, at path: FieldPath) -> [FieldError] {
        switch port {
        case .int(let number): portNumber(number, at: path)
        case .string(let name): syntax(IdentifierSyntax.portName(name), value: name, at: path)
        }
    }

    /// Kubernetes' `ValidatePositiveIntOrPercent` and `IsNotMoreThan100Percent`.
    static func intOrPercent(_ value: IntOrString?, at path: FieldPath) -> [FieldError] {
        switch value {
        case nil: return []
        case .int(let number): return nonNegative(number, at: path)
        case .string(let text):
            guard let percent = IdentifierSyntax.percentValue(text) else {
                return syntax(IdentifierSyntax.percent(text), value: text, at: path)
            }
            return percent > 100 ? [.invalid(path, text, "must not be greater than 100%")] : []
        }
    }

    /// Whether an int-or-percent is zero (`0` or `0%`).
    static func isZero(_ value: IntOrString?) -> Bool {
        switch value {
        case .int(0): true
        case .string(let text): IdentifierSyntax.percentValue(text) == 0
        default: false
        }
    }

    /// Label keys must be qualified names, values valid label values (`ValidateLabels`).
    static func labels(_ labels: [String: String]?, at path: FieldPath) -> [FieldError] {
        guard let labels else { return [] }
        // Nearly always valid: check without sorting, sort only to report errors in key order.
        if labels.allSatisfy({ IdentifierSyntax.isValidQualifiedName($0.key.utf8[...]) && isValidLabelValue($0.value) }) {
            return []
        }
        var errors: [FieldError] = []
        for (key, value) in labels.sorted(by: { $0.key < $1.key }) {
            errors += syntax(IdentifierSyntax.qualifiedName(key), value: key, at: path)
            errors += syntax(IdentifierSyntax.labelValue(value), value: value, at: path)
        }
        return errors
    }

    /// Annotation keys must be qualified names; all annotations together at most 256 KiB.
    static func annotations(_ annotations: [String: String]?, at path: FieldPath) -> [FieldError] {
        guard let annotations else { return [] }
        var errors: [FieldError] = []
        var totalSize = 0
        // The fast path reads ASCII keys in place; `lowercased()` (and the sort that orders
        // errors) is only needed for a non-ASCII or invalid key.
        var allKeysValid = true
        for (key, value) in annotations {
            totalSize += key.utf8.count + value.utf8.count
            if allKeysValid, !isValidLowercasedASCIIQualifiedName(key) { allKeysValid = false }
        }
        if allKeysValid {
            return totalSize > totalAnnotationSizeLimit ? [.tooLong(path, limit: totalAnnotationSizeLimit)] : []
        }
        totalSize = 0
        for (key, value) in annotations.sorted(by: { $0.key < $1.key }) {
            errors += syntax(IdentifierSyntax.qualifiedName(key.lowercased()), value: key, at: path)
            totalSize += key.utf8.count + value.utf8.count
        }
        if totalSize > totalAnnotationSizeLimit {
            errors.append(.tooLong(path, limit: totalAnnotationSizeLimit))
        }
        return errors
    }

    static let totalAnnotationSizeLimit = 256 * 1024

    /// Exactly when `IdentifierSyntax.labelValue(value)` is empty.
    private static func isValidLabelValue(_ value: String) -> Bool {
        value.isEmpty || IdentifierSyntax.labelValue(value).isEmpty
    }

    /// Whether `key` is ASCII and `key.lowercased()` is a valid qualified name, without making the
    /// lowercased copy when the key has no uppercase letter (the usual case).
    private static func isValidLowercasedASCIIQualifiedName(_ key: String) -> Bool {
        var hasUppercase = false
        for byte in key.utf8 {
            if byte >= 0x80 { return false }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { hasUppercase = true }
        }
        return IdentifierSyntax.isValidQualifiedName(hasUppercase ? key.lowercased().utf8[...] : key.utf8[...])
    }

    /// The JSON text of a value, for the `Invalid value` of a structured field.
    static func render(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return String(describing: value) }
        return String(decoding: data, as: UTF8.self)
    }
}
