import Foundation

// The rules ConfigMaps and Secrets share for their key-value data: keys are config keys, the
// whole is at most 1 MiB, and with `immutable: true` nothing changes any more.

enum ConfigData {
    /// Kubernetes' `MaxSecretSize`, also the limit of a ConfigMap.
    static let maximumSize = 1024 * 1024

    /// Key syntax of a data map.
    static func validateKeys(_ data: [String: String]?, at path: FieldPath) -> [FieldError] {
        (data ?? [:]).keys.sorted().flatMap { key in
            FieldChecks.syntax(IdentifierSyntax.configMapKey(key), value: key, at: path.key(key))
        }
    }

    /// Values that must be base64 text; returns the errors and the decoded size.
    static func validateBase64(_ data: [String: String]?, at path: FieldPath) -> (errors: [FieldError], size: Int) {
        var errors: [FieldError] = []
        var size = 0
        for (key, value) in (data ?? [:]).sorted(by: { $0.key < $1.key }) {
            if let bytes = Data(base64Encoded: value) {
                size += bytes.count
            } else {
                errors.append(.invalid(path.key(key), "<secret contents redacted>", "must be valid base64"))
            }
        }
        return (errors, size)
    }

    /// Kubernetes' rule for an object whose stored version has `immutable: true`: it stays
    /// immutable and its data fields do not change.
    static func validateImmutability(
        wasImmutable: Bool?, isImmutable: Bool?, changedFields: [(name: String, changed: Bool)]
    ) -> [FieldError] {
        guard wasImmutable == true else { return [] }
        var errors: [FieldError] = []
        if isImmutable != true {
            errors.append(.forbidden(FieldPath("immutable"), "field is immutable when `immutable` is set"))
        }
        for field in changedFields where field.changed {
            errors.append(.forbidden(FieldPath(field.name), "field is immutable when `immutable` is set"))
        }
        return errors
    }
}
