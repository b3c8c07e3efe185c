// Validation of ServiceAccounts, after Kubernetes' `ValidateServiceAccount`: metadata only.

extension ServiceAccount {
    public func validate() -> [FieldError] {
        metadata.validate(isNamespaced: true)
    }

    public func validateUpdate(from old: ServiceAccount) -> [FieldError] {
        metadata.validateUpdate(from: old.metadata)
    }
}
