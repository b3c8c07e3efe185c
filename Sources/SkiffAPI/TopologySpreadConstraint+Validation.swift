// Validation of topology spread constraints, after Kubernetes' `validateTopologySpreadConstraints`.

extension TopologySpreadConstraint {
    /// Validates a pod's constraints: each on its own, and no two with the same
    /// `{topologyKey, whenUnsatisfiable}`.
    static func validate(_ constraints: [TopologySpreadConstraint]?, at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        var seen: Set<String> = []
        for (index, constraint) in (constraints ?? []).enumerated() {
            let constraintPath = path.index(index)
            errors += constraint.validate(at: constraintPath)
            let pair = "{\(constraint.topologyKey), \(constraint.whenUnsatisfiable.rawValue)}"
            if !seen.insert(pair).inserted {
                errors.append(.duplicate(constraintPath, pair))
            }
        }
        return errors
    }

    func validate(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        if maxSkew <= 0 {
            errors.append(.invalid(path.child("maxSkew"), String(maxSkew), "must be greater than zero"))
        }
        if topologyKey.isEmpty {
            errors.append(.required(path.child("topologyKey"), "can not be empty"))
        } else {
            errors += FieldChecks.syntax(
                IdentifierSyntax.qualifiedName(topologyKey), value: topologyKey, at: path.child("topologyKey"))
        }
        errors += FieldChecks.known(whenUnsatisfiable, at: path.child("whenUnsatisfiable"))
        if let minDomains {
            if minDomains <= 0 {
                errors.append(.invalid(path.child("minDomains"), String(minDomains), "must be greater than 0"))
            } else if whenUnsatisfiable != .doNotSchedule {
                errors.append(.invalid(path.child("minDomains"), String(minDomains),
                    "can only use minDomains if whenUnsatisfiable=DoNotSchedule, not \(whenUnsatisfiable.rawValue)"))
            }
        }
        errors += FieldChecks.known(nodeAffinityPolicy, at: path.child("nodeAffinityPolicy"))
        errors += FieldChecks.known(nodeTaintsPolicy, at: path.child("nodeTaintsPolicy"))
        errors += LabelSelectorRules.validate(labelSelector, at: path.child("labelSelector"))
        return errors
    }
}
