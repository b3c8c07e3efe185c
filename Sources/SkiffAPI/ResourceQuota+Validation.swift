// Validation of ResourceQuotas, after Kubernetes' `ValidateResourceQuota`. Quantities are not
// checked for sign here: that needs the real Quantity.

extension ResourceQuota {
    public func validate() -> [FieldError] {
        let path = FieldPath("spec")
        var errors = metadata.validate(isNamespaced: true)
        errors += Self.validateResourceNames(spec?.hard, at: path.child("hard"))
        errors += Self.validateResourceNames(status?.hard, at: FieldPath("status").child("hard"))
        errors += Self.validateResourceNames(status?.used, at: FieldPath("status").child("used"))
        for (index, scope) in (spec?.scopes ?? []).enumerated() {
            errors += FieldChecks.known(scope, at: path.child("scopes").index(index))
        }
        for (index, requirement) in (spec?.scopeSelector?.matchExpressions ?? []).enumerated() {
            let requirementPath = path.child("scopeSelector", "matchExpressions").index(index)
            errors += FieldChecks.known(requirement.scopeName, at: requirementPath.child("scopeName"))
            let operators = LabelSelectorRules.setOperators + LabelSelectorRules.existenceOperators
            if !operators.contains(requirement.operator) {
                errors.append(.notSupported(requirementPath.child("operator").description, value: requirement.operator, supported: operators))
            }
        }
        return errors
    }

    public func validateUpdate(from old: ResourceQuota) -> [FieldError] {
        metadata.validateUpdate(from: old.metadata)
    }

    /// Resource names are qualified names (`pods`, `requests.cpu`, `count/deployments.apps`).
    private static func validateResourceNames(_ resources: [String: Quantity]?, at path: FieldPath) -> [FieldError] {
        (resources ?? [:]).keys.sorted().flatMap { name in
            FieldChecks.syntax(IdentifierSyntax.qualifiedName(name), value: name, at: path.key(name))
        }
    }
}
