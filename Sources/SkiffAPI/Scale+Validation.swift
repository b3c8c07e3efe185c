// Validation of Scale bodies, after Kubernetes' `ValidateScale`.

extension Scale {
    public func validate() -> [FieldError] {
        metadata.validate(isNamespaced: true)
            + FieldChecks.nonNegative(spec?.replicas, at: FieldPath("spec").child("replicas"))
    }
}
