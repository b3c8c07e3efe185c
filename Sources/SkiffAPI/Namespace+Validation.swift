// Validation of Namespaces, after Kubernetes' `ValidateNamespace`: names are DNS-1123 labels.

extension Namespace {
    public func validate() -> [FieldError] {
        var errors = metadata.validate(isNamespaced: false, nameRule: .dns1123Label)
        for (index, finalizer) in (spec?.finalizers ?? []).enumerated() {
            errors += FieldChecks.syntax(
                IdentifierSyntax.qualifiedName(finalizer), value: finalizer, at: FieldPath("spec").child("finalizers").index(index))
        }
        errors += FieldChecks.known(status?.phase, at: FieldPath("status").child("phase"))
        return errors
    }

    public func validateUpdate(from old: Namespace) -> [FieldError] {
        metadata.validateUpdate(from: old.metadata)
    }
}
