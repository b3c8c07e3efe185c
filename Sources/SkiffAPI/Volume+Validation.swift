// Validation of pod volumes, after Kubernetes' `ValidateVolumes`.
//
// A volume whose source Skiff does not model (projected, downwardAPI, …) sits in
// `unknownFields`, so "must specify a volume type" cannot be checked without false alarms and
// is not; "more than one volume type" is checked among the modelled sources.

extension Volume {
    static let maximumFileMode: Int32 = 0o777

    /// The errors of this volume's own fields (its name's uniqueness is the pod's business).
    func validate(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        if name.isEmpty {
            errors.append(.required(path.child("name")))
        } else {
            errors += FieldChecks.syntax(IdentifierSyntax.dns1123Label(name), value: name, at: path.child("name"))
        }
        var sourceCount = 0
        func countSource(_ field: String) {
            sourceCount += 1
            if sourceCount > 1 { errors.append(.forbidden(path.child(field), "may not specify more than 1 volume type")) }
        }
        if let hostPath {
            countSource("hostPath")
            if hostPath.path.isEmpty { errors.append(.required(path.child("hostPath", "path"))) }
            errors += FieldChecks.known(hostPath.type, at: path.child("hostPath", "type"))
        }
        if let emptyDir {
            countSource("emptyDir")
            errors += FieldChecks.known(emptyDir.medium, at: path.child("emptyDir", "medium"))
        }
        if let secret {
            countSource("secret")
            if secret.secretName?.isEmpty ?? true { errors.append(.required(path.child("secret", "secretName"))) }
            errors += Self.validateFiles(items: secret.items, defaultMode: secret.defaultMode, at: path.child("secret"))
        }
        if let persistentVolumeClaim {
            countSource("persistentVolumeClaim")
            if persistentVolumeClaim.claimName.isEmpty {
                errors.append(.required(path.child("persistentVolumeClaim", "claimName")))
            }
        }
        if let configMap {
            countSource("configMap")
            if configMap.name?.isEmpty ?? true { errors.append(.required(path.child("configMap", "name"))) }
            errors += Self.validateFiles(items: configMap.items, defaultMode: configMap.defaultMode, at: path.child("configMap"))
        }
        return errors
    }

    /// The `items` and `defaultMode` of a ConfigMap or Secret volume.
    private static func validateFiles(items: [KeyToPath]?, defaultMode: Int32?, at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        if let defaultMode, !(0...maximumFileMode).contains(defaultMode) {
            errors.append(.invalid(path.child("defaultMode"), String(defaultMode), "must be a number between 0 and 0777 (octal), both inclusive"))
        }
        for (index, item) in (items ?? []).enumerated() {
            let itemPath = path.child("items").index(index)
            if item.key.isEmpty { errors.append(.required(itemPath.child("key"))) }
            if item.path.isEmpty {
                errors.append(.required(itemPath.child("path")))
            } else {
                errors += validateRelativePath(item.path, at: itemPath.child("path"))
            }
            if let mode = item.mode, !(0...maximumFileMode).contains(mode) {
                errors.append(.invalid(itemPath.child("mode"), String(mode), "must be a number between 0 and 0777 (octal), both inclusive"))
            }
        }
        return errors
    }
}
