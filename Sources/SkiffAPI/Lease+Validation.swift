// Validation of Leases, after Kubernetes' `ValidateLease`.

extension Lease {
    public func validate() -> [FieldError] {
        let path = FieldPath("spec")
        var errors = metadata.validate(isNamespaced: true)
        if let duration = spec?.leaseDurationSeconds, duration <= 0 {
            errors.append(.invalid(path.child("leaseDurationSeconds"), String(duration), "must be greater than 0"))
        }
        errors += FieldChecks.nonNegative(spec?.leaseTransitions, at: path.child("leaseTransitions"))
        return errors
    }

    public func validateUpdate(from old: Lease) -> [FieldError] {
        metadata.validateUpdate(from: old.metadata)
    }
}
