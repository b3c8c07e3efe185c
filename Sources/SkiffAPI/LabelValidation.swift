/// Kubernetes' syntax rules for label keys and values (`IsQualifiedName`, `IsValidLabelValue`),
/// shared by selectors and object validation.
///
/// Each check returns the list of problems in Kubernetes' wording; empty means valid.
public enum LabelValidation {
    static let qualifiedNameMessage =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"

    /// Problems with a label (or annotation) key: an optional DNS-subdomain prefix and `/`, then a
    /// name of at most 63 characters.
    public static func keyErrors(_ key: String) -> [String] {
        var errors: [String] = []
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        let name: Substring
        switch parts.count {
        case 1:
            name = parts[0]
        case 2:
            let prefix = parts[0]
            name = parts[1]
            if prefix.isEmpty {
                errors.append("prefix part must be non-empty")
            } else {
                errors += dnsSubdomainErrors(prefix).map { "prefix part " + $0 }
            }
        default:
            return ["a qualified name \(qualifiedNameMessage) with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"]
        }
        if name.isEmpty {
            errors.append("name part must be non-empty")
        } else {
            if name.utf8.count > 63 { errors.append("name part must be no more than 63 characters") }
            if !isQualifiedNamePart(name) { errors.append("name part \(qualifiedNameMessage)") }
        }
        return errors
    }

    /// Problems with a label value: empty, or at most 63 alphanumeric characters plus `-_.`
    /// inside.
    public static func valueErrors(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > 63 { errors.append("must be no more than 63 characters") }
        if !value.isEmpty, !isQualifiedNamePart(Substring(value)) {
            errors.append(
                "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
            )
        }
        return errors
    }

    /// Problems with a DNS-1123 subdomain (`example.com`).
    public static func dnsSubdomainErrors(_ value: some StringProtocol) -> [String] {
        var errors: [String] = []
        if value.utf8.count > 253 { errors.append("must be no more than 253 characters") }
        let labels = Array(value.utf8).split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        let valid = labels.allSatisfy { label in
            guard let first = label.first, let last = label.last else { return false }
            return isLowerAlphanumeric(first) && isLowerAlphanumeric(last)
                && label.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
        }
        if !valid {
            errors.append(
                "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')"
            )
        }
        return errors
    }

    /// `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`
    private static func isQualifiedNamePart(_ name: Substring) -> Bool {
        let utf8 = name.utf8
        guard let first = utf8.first, let last = utf8.last, isAlphanumeric(first), isAlphanumeric(last) else { return false }
        return utf8.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
