// Validation of Secrets, after Kubernetes' `ValidateSecret` and `ValidateSecretUpdate`.

extension Secret {
    /// The annotation a service account token secret names its ServiceAccount with.
    public static let serviceAccountNameAnnotation = "kubernetes.io/service-account.name"

    public func validate() -> [FieldError] {
        let dataPath = FieldPath("data")
        var errors = metadata.validate(isNamespaced: true)
        errors += ConfigData.validateKeys(data, at: dataPath)
        errors += ConfigData.validateKeys(stringData, at: FieldPath("stringData"))
        let decoded = ConfigData.validateBase64(data, at: dataPath)
        errors += decoded.errors
        if decoded.size > ConfigData.maximumSize {
            errors.append(.tooLong(dataPath, limit: ConfigData.maximumSize))
        }
        // Custom types are allowed; the well-known ones require their keys.
        let keys = Set((data ?? [:]).keys).union((stringData ?? [:]).keys)
        switch type {
        case .serviceAccountToken?:
            if metadata.annotations?[Self.serviceAccountNameAnnotation]?.isEmpty ?? true {
                errors.append(.required(FieldPath("metadata").child("annotations").key(Self.serviceAccountNameAnnotation)))
            }
        case .dockercfg?:
            if !keys.contains(".dockercfg") { errors.append(.required(dataPath.key(".dockercfg"))) }
        case .dockerConfigJSON?:
            if !keys.contains(".dockerconfigjson") { errors.append(.required(dataPath.key(".dockerconfigjson"))) }
        case .basicAuth?:
            if !keys.contains("username") && !keys.contains("password") {
                errors.append(.required(dataPath.key("username")))
                errors.append(.required(dataPath.key("password")))
            }
        case .sshAuth?:
            if !keys.contains("ssh-privatekey") { errors.append(.required(dataPath.key("ssh-privatekey"))) }
        case .tls?:
            if !keys.contains("tls.crt") { errors.append(.required(dataPath.key("tls.crt"))) }
            if !keys.contains("tls.key") { errors.append(.required(dataPath.key("tls.key"))) }
        default:
            break
        }
        return errors
    }

    /// `type` never changes; with `immutable: true`, neither does `data`.
    public func validateUpdate(from old: Secret) -> [FieldError] {
        var errors = metadata.validateUpdate(from: old.metadata)
        if (type ?? .opaque) != (old.type ?? .opaque) {
            errors.append(.immutable(FieldPath("type"), type?.rawValue ?? ""))
        }
        errors += ConfigData.validateImmutability(
            wasImmutable: old.immutable, isImmutable: immutable, changedFields: [("data", data != old.data)])
        return errors
    }
}
