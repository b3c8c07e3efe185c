// Validation of ConfigMaps, after Kubernetes' `ValidateConfigMap` and `ValidateConfigMapUpdate`.

extension ConfigMap {
    public func validate() -> [FieldError] {
        var errors = metadata.validate(isNamespaced: true)
        errors += ConfigData.validateKeys(data, at: FieldPath("data"))
        errors += ConfigData.validateKeys(binaryData, at: FieldPath("binaryData"))
        for key in (binaryData ?? [:]).keys.sorted() where data?[key] != nil {
            errors.append(.invalid(FieldPath("binaryData").key(key), key, "duplicate of key present in data"))
        }
        let binary = ConfigData.validateBase64(binaryData, at: FieldPath("binaryData"))
        errors += binary.errors
        let textSize = (data ?? [:]).reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count }
        if textSize + binary.size > ConfigData.maximumSize {
            errors.append(.tooLong(FieldPath("data"), limit: ConfigData.maximumSize))
        }
        return errors
    }

    /// With `immutable: true`, `data` and `binaryData` never change and `immutable` stays true.
    public func validateUpdate(from old: ConfigMap) -> [FieldError] {
        metadata.validateUpdate(from: old.metadata)
            + ConfigData.validateImmutability(
                wasImmutable: old.immutable, isImmutable: immutable,
                changedFields: [("data", data != old.data), ("binaryData", binaryData != old.binaryData)])
    }
}
