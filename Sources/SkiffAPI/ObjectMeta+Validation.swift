/// Which syntax an object's name must have, by kind (Kubernetes' `ValidateNameFunc`).
public enum NameRule: Sendable, Hashable {
    /// `example.com`: most kinds.
    case dns1123Subdomain
    /// `my-name`: Namespaces.
    case dns1123Label
    /// `my-name`, starting with a letter: Services.
    case dns1035Label

    /// The problems of `name`; with `isPrefix`, of a `generateName` prefix (a trailing '-' is fine).
    public func problems(_ name: String, isPrefix: Bool = false) -> [String] {
        var name = name
        if isPrefix, name.hasSuffix("-") { name = String(name.dropLast()) + "a" }
        switch self {
        case .dns1123Subdomain: return IdentifierSyntax.dns1123Subdomain(name)
        case .dns1123Label: return IdentifierSyntax.dns1123Label(name)
        case .dns1035Label: return IdentifierSyntax.dns1035Label(name)
        }
    }
}

extension ObjectMeta {
    /// Kubernetes' `ValidateObjectMeta`: the name (required unless `generateName` is set) and
    /// namespace, labels, annotations (at most 256 KiB together), owner references and finalizers.
    public func validate(
        isNamespaced: Bool, nameRule: NameRule = .dns1123Subdomain, at path: FieldPath = FieldPath("metadata")
    ) -> [FieldError] {
        var errors: [FieldError] = []
        if let generateName, !generateName.isEmpty {
            errors += FieldChecks.syntax(
                nameRule.problems(generateName, isPrefix: true), value: generateName, at: path.child("generateName"))
        }
        if let name, !name.isEmpty {
            errors += FieldChecks.syntax(nameRule.problems(name), value: name, at: path.child("name"))
        } else if generateName?.isEmpty ?? true {
            errors.append(.required(path.child("name"), "name or generateName is required"))
        }
        if isNamespaced {
            if let namespace, !namespace.isEmpty {
                errors += FieldChecks.syntax(
                    IdentifierSyntax.dns1123Label(namespace), value: namespace, at: path.child("namespace"))
            } else {
                errors.append(.required(path.child("namespace")))
            }
        } else if let namespace, !namespace.isEmpty {
            errors.append(.forbidden(path.child("namespace"), "not allowed on this type"))
        }
        errors += FieldChecks.nonNegative(generation, at: path.child("generation"))
        errors += FieldChecks.labels(labels, at: path.child("labels"))
        errors += FieldChecks.annotations(annotations, at: path.child("annotations"))
        errors += validateOwnerReferences(at: path.child("ownerReferences"))
        for finalizer in finalizers ?? [] {
            errors += FieldChecks.syntax(
                IdentifierSyntax.qualifiedName(finalizer), value: finalizer, at: path.child("finalizers"))
        }
        return errors
    }

    /// Kubernetes' `ValidateObjectMetaUpdate`: name, namespace, uid and creationTimestamp never change.
    public func validateUpdate(from old: ObjectMeta, at path: FieldPath = FieldPath("metadata")) -> [FieldError] {
        var errors: [FieldError] = []
        if name != old.name { errors.append(.immutable(path.child("name"), name ?? "")) }
        if namespace != old.namespace { errors.append(.immutable(path.child("namespace"), namespace ?? "")) }
        if let oldUID = old.uid, uid != oldUID { errors.append(.immutable(path.child("uid"), uid ?? "")) }
        if let oldCreation = old.creationTimestamp, creationTimestamp != oldCreation {
            errors.append(.immutable(path.child("creationTimestamp"), FieldChecks.render(creationTimestamp)))
        }
        return errors
    }

    /// The labels and annotations of a pod or job template (`ValidatePodTemplateSpec`'s metadata part).
    func validateAsTemplate(at path: FieldPath) -> [FieldError] {
        FieldChecks.labels(labels, at: path.child("labels"))
            + FieldChecks.annotations(annotations, at: path.child("annotations"))
    }

    private func validateOwnerReferences(at path: FieldPath) -> [FieldError] {
        guard let ownerReferences else { return [] }
        var errors: [FieldError] = []
        for reference in ownerReferences {
            if reference.apiVersion.isEmpty { errors.append(.invalid(path.child("apiVersion"), "", "version must not be empty")) }
            if reference.kind.isEmpty { errors.append(.invalid(path.child("kind"), "", "kind must not be empty")) }
            if reference.name.isEmpty { errors.append(.invalid(path.child("name"), "", "name must not be empty")) }
            if reference.uid.isEmpty { errors.append(.invalid(path.child("uid"), "", "uid must not be empty")) }
        }
        let controllers = ownerReferences.filter { $0.controller == true }
        if controllers.count > 1 {
            let names = controllers.map { "\($0.kind)/\($0.name)" }.joined(separator: ", ")
            errors.append(.invalid(path, FieldChecks.render(ownerReferences),
                "Only one reference can have Controller set to true. Found \"true\" in references for \(names)"))
        }
        return errors
    }
}
