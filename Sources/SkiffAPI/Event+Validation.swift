// Validation of core/v1 Events, after Kubernetes' `legacyValidateEvent`.

extension Event {
    public func validate() -> [FieldError] {
        var errors = metadata.validate(isNamespaced: true)
        let namespace = metadata.namespace ?? ""
        let involvedNamespace = involvedObject.namespace ?? ""
        let namespacePath = FieldPath("involvedObject").child("namespace")
        if eventTime == nil {
            // An old-style event: its namespace is its object's ("default" for cluster-scoped objects).
            let matches = involvedNamespace.isEmpty ? (namespace.isEmpty || namespace == "default") : namespace == involvedNamespace
            if !matches {
                errors.append(.invalid(namespacePath, involvedNamespace, "does not match event.namespace"))
            }
        } else {
            // A new-style event must say who reported it and what happened.
            if involvedNamespace.isEmpty && namespace != "default" && namespace != "kube-system" {
                errors.append(.invalid(namespacePath, involvedNamespace, "does not match event.namespace"))
            }
            let component = reportingComponent ?? ""
            if component.isEmpty {
                errors.append(.required(FieldPath("reportingComponent")))
            } else {
                errors += FieldChecks.syntax(IdentifierSyntax.qualifiedName(component), value: component, at: FieldPath("reportingComponent"))
            }
            if reportingInstance?.isEmpty ?? true { errors.append(.required(FieldPath("reportingInstance"))) }
            if action?.isEmpty ?? true { errors.append(.required(FieldPath("action"))) }
            if reason?.isEmpty ?? true { errors.append(.required(FieldPath("reason"))) }
        }
        return errors
    }

    public func validateUpdate(from old: Event) -> [FieldError] {
        metadata.validateUpdate(from: old.metadata)
    }
}
