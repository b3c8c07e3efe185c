import Foundation

/// The syntax rules of Kubernetes identifiers and values (Kubernetes'
/// `k8s.io/apimachinery/pkg/util/validation`): object names, label keys and values, port names,
/// environment variable names, config keys, IP addresses and percentages.
///
/// Each check returns the problems it found, worded as Kubernetes words them; empty means valid.
public enum IdentifierSyntax {
    static let dns1123LabelMaxLength = 63
    static let dns1123SubdomainMaxLength = 253
    static let labelValueMaxLength = 63
    static let qualifiedNameMaxLength = 63

    /// An RFC 1123 label (`my-name`): at most 63 lowercase alphanumerics or '-', alphanumeric at both ends.
    public static func dns1123Label(_ value: String) -> [String] {
        if value.utf8.count <= dns1123LabelMaxLength && isDNS1123Label(value.utf8[...]) { return [] }
        var problems: [String] = []
        if value.utf8.count > dns1123LabelMaxLength { problems.append(maxLength(dns1123LabelMaxLength)) }
        if !isDNS1123Label(value) {
            problems.append(
                "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
            )
        }
        return problems
    }

    /// An RFC 1123 subdomain (`example.com`): at most 253 characters, dot-separated labels.
    public static func dns1123Subdomain(_ value: String) -> [String] {
        if value.utf8.count <= dns1123SubdomainMaxLength && isDNS1123Subdomain(value.utf8[...]) { return [] }
        var problems: [String] = []
        if value.utf8.count > dns1123SubdomainMaxLength { problems.append(maxLength(dns1123SubdomainMaxLength)) }
        if !isDNS1123Subdomain(value) {
            problems.append(
                "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
            )
        }
        return problems
    }

    /// An RFC 1035 label (`my-name`): like an RFC 1123 label but starting with a letter.
    public static func dns1035Label(_ value: String) -> [String] {
        var problems: [String] = []
        if value.utf8.count > dns1123LabelMaxLength { problems.append(maxLength(dns1123LabelMaxLength)) }
        if !isDNS1123Label(value) || !(value.utf8.first.map(isLowerLetter) ?? false) {
            problems.append(
                "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"
            )
        }
        return problems
    }

    /// A qualified name (`app`, `example.com/role`), the syntax of label and annotation keys.
    public static func qualifiedName(_ value: String) -> [String] {
        // Valid keys (nearly all of them) are recognised without splitting or allocating.
        if isValidQualifiedName(value.utf8[...]) { return [] }
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        let name: Substring
        var problems: [String] = []
        switch parts.count {
        case 1:
            name = parts[0]
        case 2:
            let prefix = String(parts[0])
            name = parts[1]
            if prefix.isEmpty {
                problems.append("prefix part must be non-empty")
            } else {
                problems += dns1123Subdomain(prefix).map { "prefix part \($0)" }
            }
        default:
            return [
                "a qualified name " + qualifiedNameCharacters
                    + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
            ]
        }
        if name.isEmpty {
            problems.append("name part must be non-empty")
        } else if name.utf8.count > qualifiedNameMaxLength {
            problems.append("name part must be no more than \(qualifiedNameMaxLength) characters")
        }
        if !name.isEmpty && !isQualifiedNamePart(name) {
            problems.append("name part " + qualifiedNameCharacters)
        }
        return problems
    }

    /// A label value: empty, or at most 63 alphanumerics, '-', '_' or '.', alphanumeric at both ends.
    public static func labelValue(_ value: String) -> [String] {
        if value.isEmpty || (value.utf8.count <= labelValueMaxLength && isQualifiedNamePart(value.utf8[...])) { return [] }
        var problems: [String] = []
        if value.utf8.count > labelValueMaxLength { problems.append(maxLength(labelValueMaxLength)) }
        if !value.isEmpty && !isQualifiedNamePart(Substring(value)) {
            problems.append(
                "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
            )
        }
        return problems
    }

    /// A port number: 1 to 65535.
    public static func portNumber(_ value: Int64) -> [String] {
        (1...65535).contains(value) ? [] : [inclusiveRange(1, 65535)]
    }

    /// A named port (IANA service name): at most 15 lowercase alphanumerics or '-', with a letter,
    /// no '--', no '-' at either end.
    public static func portName(_ value: String) -> [String] {
        if isValidPortName(value.utf8[...]) { return [] }
        var problems: [String] = []
        let bytes = Array(value.utf8)
        if bytes.count > 15 { problems.append("must be no more than 15 characters") }
        if !bytes.allSatisfy({ isLowerLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") }) {
            problems.append("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")
        }
        if value.contains("--") { problems.append("must not contain consecutive hyphens") }
        if !bytes.contains(where: { isLowerLetter($0) || isUpperLetter($0) }) {
            problems.append("must contain at least one letter (a-z)")
        }
        if value.hasPrefix("-") || value.hasSuffix("-") { problems.append("must not begin or end with a hyphen") }
        return problems
    }

    /// An environment variable name: letters, digits, '_', '-' or '.', not starting with a digit.
    public static func environmentVariableName(_ value: String) -> [String] {
        let bytes = value.utf8
        let valid = !bytes.isEmpty && !isDigit(bytes.first!)
            && bytes.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") }
        return valid ? [] : [
            "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')"
        ]
    }

    /// A key of a ConfigMap or Secret: at most 253 alphanumerics, '-', '_' or '.', not `.` or `..`.
    public static func configMapKey(_ value: String) -> [String] {
        var problems: [String] = []
        let bytes = Array(value.utf8)
        if bytes.count > dns1123SubdomainMaxLength { problems.append(maxLength(dns1123SubdomainMaxLength)) }
        if bytes.isEmpty || !bytes.allSatisfy({ isLowerLetter($0) || isUpperLetter($0) || isDigit($0) || "-._".utf8.contains($0) }) {
            problems.append(
                "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"
            )
        }
        if value == "." {
            problems.append("must not be '.'")
        } else if value == ".." {
            problems.append("must not be '..'")
        } else if value.hasPrefix("..") {
            problems.append("must not start with '..'")
        }
        return problems
    }

    /// An IPv4 or IPv6 address.
    public static func ipAddress(_ value: String) -> [String] {
        isIPv4(value) || isIPv6(value) ? [] : ["must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"]
    }

    /// A percentage such as `25%`.
    public static func percent(_ value: String) -> [String] {
        percentValue(value) == nil ? [
            "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"
        ] : []
    }

    /// `25` for `25%`; nil when the text is not a percentage.
    static func percentValue(_ value: String) -> Int? {
        guard value.hasSuffix("%") else { return nil }
        let digits = value.dropLast()
        guard !digits.isEmpty, digits.utf8.allSatisfy(isDigit) else { return nil }
        return Int(digits) ?? Int.max
    }

    static func maxLength(_ length: Int) -> String { "must be no more than \(length) characters" }

    static func inclusiveRange(_ low: Int64, _ high: Int64) -> String {
        "must be between \(low) and \(high), inclusive"
    }

    // MARK: Character classes

    private static let qualifiedNameCharacters =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"

    private static func isLowerLetter(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    private static func isUpperLetter(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool { isLowerLetter(byte) || isUpperLetter(byte) || isDigit(byte) }
    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool { isLowerLetter(byte) || isDigit(byte) }

    // The predicates below read UTF-8 bytes in place: validation runs on every write, and these
    // run for every name, label and key in an object, so they must not allocate.

    private static func isDNS1123Label(_ value: String) -> Bool {
        isDNS1123Label(value.utf8[...])
    }

    private static func isDNS1123Label(_ bytes: Substring.UTF8View) -> Bool {
        guard let first = bytes.first, let last = bytes.last,
            isLowerAlphanumeric(first), isLowerAlphanumeric(last)
        else { return false }
        return bytes.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isDNS1123Subdomain(_ value: String) -> Bool {
        isDNS1123Subdomain(value.utf8[...])
    }

    /// Dot-separated RFC 1123 labels (an empty label, as in `a..b` or `a.`, fails).
    private static func isDNS1123Subdomain(_ bytes: Substring.UTF8View) -> Bool {
        var labelStart = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: ".") {
                guard isDNS1123Label(bytes[labelStart..<index]) else { return false }
                labelStart = bytes.index(after: index)
            }
            bytes.formIndex(after: &index)
        }
        return isDNS1123Label(bytes[labelStart..<bytes.endIndex])
    }

    private static func isQualifiedNamePart(_ value: Substring) -> Bool {
        isQualifiedNamePart(value.utf8)
    }

    private static func isQualifiedNamePart(_ bytes: Substring.UTF8View) -> Bool {
        guard let first = bytes.first, let last = bytes.last, isAlphanumeric(first), isAlphanumeric(last) else {
            return false
        }
        return bytes.allSatisfy {
            isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
        }
    }

    /// Exactly when `qualifiedName` reports no problem: an optional valid DNS subdomain prefix
    /// and '/', then a name part of 1 to 63 allowed characters.
    static func isValidQualifiedName(_ bytes: Substring.UTF8View) -> Bool {
        var name = bytes
        if let slash = bytes.firstIndex(of: UInt8(ascii: "/")) {
            let prefix = bytes[bytes.startIndex..<slash]
            name = bytes[bytes.index(after: slash)..<bytes.endIndex]
            guard !prefix.isEmpty, prefix.count <= dns1123SubdomainMaxLength, isDNS1123Subdomain(prefix),
                !name.contains(UInt8(ascii: "/"))
            else { return false }
        }
        return name.count <= qualifiedNameMaxLength && isQualifiedNamePart(name)
    }

    /// Exactly when `portName` reports no problem.
    private static func isValidPortName(_ bytes: Substring.UTF8View) -> Bool {
        guard bytes.count <= 15, let first = bytes.first, let last = bytes.last,
            first != UInt8(ascii: "-"), last != UInt8(ascii: "-")
        else { return false }
        var hasLetter = false
        var previous: UInt8 = 0
        for byte in bytes {
            if isLowerLetter(byte) {
                hasLetter = true
            } else if byte == UInt8(ascii: "-") {
                if previous == UInt8(ascii: "-") { return false }
            } else if !isDigit(byte) {
                return false
            }
            previous = byte
        }
        return hasLetter
    }

    private static func isIPv4<S: StringProtocol>(_ value: S) -> Bool {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            (1...3).contains(part.utf8.count) && part.utf8.allSatisfy(isDigit) && (Int(part) ?? 256) <= 255
        }
    }

    private static func isIPv6(_ value: String) -> Bool {
        guard value.contains(":") else { return false }
        let halves = value.components(separatedBy: "::")
        guard halves.count <= 2 else { return false }
        var groupCount = 0
        for (halfIndex, half) in halves.enumerated() where !half.isEmpty {
            let groups = half.split(separator: ":", omittingEmptySubsequences: false)
            for (index, group) in groups.enumerated() {
                let isLastGroup = halfIndex == halves.count - 1 && index == groups.count - 1
                if isLastGroup && group.contains(".") {
                    guard isIPv4(group) else { return false }
                    groupCount += 2
                } else {
                    guard (1...4).contains(group.utf8.count), group.utf8.allSatisfy(isHexDigit) else { return false }
                    groupCount += 1
                }
            }
        }
        return halves.count == 2 ? groupCount < 8 : groupCount == 8
    }
}
