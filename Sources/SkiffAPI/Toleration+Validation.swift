// Validation of tolerations, after Kubernetes' `ValidateTolerations`.

extension Toleration {
    func validate(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        let key = key ?? ""
        if !key.isEmpty {
            errors += FieldChecks.syntax(IdentifierSyntax.qualifiedName(key), value: key, at: path.child("key"))
        }
        // An empty key with operator Exists matches every taint; with Equal it would match nothing.
        if key.isEmpty && `operator` != .exists {
            errors.append(.invalid(path.child("operator"), `operator`?.rawValue ?? "",
                "operator must be Exists when `key` is empty, which means \"match all values and all keys\""))
        }
        if tolerationSeconds != nil && effect != .noExecute {
            errors.append(.invalid(path.child("effect"), effect?.rawValue ?? "", "effect must be 'NoExecute' when `tolerationSeconds` is set"))
        }
        switch `operator` {
        case nil, .equal?:
            let value = value ?? ""
            let problems = IdentifierSyntax.labelValue(value)
            if !problems.isEmpty {
                errors.append(.invalid(path.child("operator"), value, problems.joined(separator: ";")))
            }
        case .exists?:
            if let value, !value.isEmpty {
                errors.append(.invalid(path.child("operator"), FieldChecks.render(self), "value must be empty when `operator` is 'Exists'"))
            }
        case let other?:
            errors.append(.notSupported(path.child("operator"), other))
        }
        if let effect, !effect.rawValue.isEmpty {
            errors += FieldChecks.known(effect, at: path.child("effect"))
        }
        return errors
    }
}
