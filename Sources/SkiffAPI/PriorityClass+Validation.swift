// Validation of PriorityClasses, after Kubernetes' `ValidatePriorityClass` and
// `ValidatePriorityClassUpdate` (pkg/apis/scheduling/validation).

extension PriorityClass {
    public func validate() -> [FieldError] {
        var errors = metadata.validate(isNamespaced: false)
        let name = metadata.name ?? ""
        if name.hasPrefix(Self.systemPrefix) {
            let system = [Self.systemNodeCritical, Self.systemClusterCritical]
            if !system.contains(where: { $0.name == name && $0.value == value }) || globalDefault == true {
                errors.append(.forbidden(
                    FieldPath("metadata").child("name"),
                    "priority class names with '\(Self.systemPrefix)' prefix are reserved for system use only"
                ))
            }
        } else if value > Self.highestUserDefinablePriority {
            errors.append(.forbidden(
                FieldPath("value"), "maximum allowed value of a user defined priority is \(Self.highestUserDefinablePriority)"
            ))
        }
        errors += FieldChecks.known(preemptionPolicy, at: FieldPath("preemptionPolicy"))
        return errors
    }

    public func validateUpdate(from old: PriorityClass) -> [FieldError] {
        var errors = metadata.validateUpdate(from: old.metadata)
        if value != old.value {
            errors.append(.forbidden(FieldPath("value"), "may not be changed in an update."))
        }
        if preemptionPolicy != old.preemptionPolicy {
            errors.append(.invalid(FieldPath("preemptionPolicy"), preemptionPolicy?.rawValue ?? "", "field is immutable"))
        }
        return errors
    }
}
