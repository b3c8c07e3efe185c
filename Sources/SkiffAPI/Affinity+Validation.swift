// Validation of scheduling affinity, after Kubernetes' `validateAffinity`.

extension Affinity {
    func validate(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        if let nodeAffinity {
            let nodePath = path.child("nodeAffinity")
            if let required = nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution {
                errors += required.validate(at: nodePath.child("requiredDuringSchedulingIgnoredDuringExecution"))
            }
            for (index, term) in (nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution ?? []).enumerated() {
                let termPath = nodePath.child("preferredDuringSchedulingIgnoredDuringExecution").index(index)
                errors += validateWeight(term.weight, at: termPath.child("weight"))
                errors += term.preference.validate(at: termPath.child("preference"))
            }
        }
        if let podAffinity {
            errors += Self.validatePodTerms(
                required: podAffinity.requiredDuringSchedulingIgnoredDuringExecution,
                preferred: podAffinity.preferredDuringSchedulingIgnoredDuringExecution, at: path.child("podAffinity"))
        }
        if let podAntiAffinity {
            errors += Self.validatePodTerms(
                required: podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution,
                preferred: podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution,
                at: path.child("podAntiAffinity"))
        }
        return errors
    }

    private static func validatePodTerms(
        required: [PodAffinityTerm]?, preferred: [WeightedPodAffinityTerm]?, at path: FieldPath
    ) -> [FieldError] {
        var errors: [FieldError] = []
        for (index, term) in (required ?? []).enumerated() {
            errors += term.validate(at: path.child("requiredDuringSchedulingIgnoredDuringExecution").index(index))
        }
        for (index, weighted) in (preferred ?? []).enumerated() {
            let termPath = path.child("preferredDuringSchedulingIgnoredDuringExecution").index(index)
            errors += validateWeight(weighted.weight, at: termPath.child("weight"))
            errors += weighted.podAffinityTerm.validate(at: termPath.child("podAffinityTerm"))
        }
        return errors
    }
}

/// Weights of preferred terms are 1 to 100.
private func validateWeight(_ weight: Int32, at path: FieldPath) -> [FieldError] {
    (1...100).contains(weight) ? [] : [.invalid(path, String(weight), "must be in the range 1-100")]
}

extension NodeSelector {
    func validate(at path: FieldPath) -> [FieldError] {
        let termsPath = path.child("nodeSelectorTerms")
        if nodeSelectorTerms.isEmpty {
            return [.required(termsPath, "must have at least one node selector term")]
        }
        return nodeSelectorTerms.enumerated().flatMap { index, term in term.validate(at: termsPath.index(index)) }
    }
}

extension NodeSelectorTerm {
    func validate(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        for (index, requirement) in (matchExpressions ?? []).enumerated() {
            let requirementPath = path.child("matchExpressions").index(index)
            errors += requirement.validateValues(at: requirementPath)
            errors += FieldChecks.syntax(
                IdentifierSyntax.qualifiedName(requirement.key), value: requirement.key, at: requirementPath.child("key"))
        }
        for (index, requirement) in (matchFields ?? []).enumerated() {
            let requirementPath = path.child("matchFields").index(index)
            if requirement.key != "metadata.name" {
                errors.append(.notSupported(requirementPath.child("key").description, value: requirement.key, supported: ["metadata.name"]))
            }
            if requirement.operator != .in && requirement.operator != .notIn {
                errors.append(.notSupported(requirementPath.child("operator"), requirement.operator, supported: [.in, .notIn]))
            } else if requirement.values?.count != 1 {
                errors.append(.required(requirementPath.child("values"), "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"))
            }
        }
        return errors
    }
}

extension NodeSelectorRequirement {
    /// The values each operator needs (Kubernetes' `ValidateNodeSelectorRequirement`).
    func validateValues(at path: FieldPath) -> [FieldError] {
        let values = values ?? []
        switch `operator` {
        case .in, .notIn:
            return values.isEmpty ? [.required(path.child("values"), "must be specified when `operator` is 'In' or 'NotIn'")] : []
        case .exists, .doesNotExist:
            return values.isEmpty ? [] : [.forbidden(path.child("values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'")]
        case .gt, .lt:
            if values.count != 1 {
                return [.required(path.child("values"), "must be specified single value when `operator` is 'Lt' or 'Gt'")]
            }
            return Int64(values[0]) == nil ? [.invalid(path.child("values").index(0), values[0], "must be an integer")] : []
        default:
            return [.notSupported(path.child("operator"), `operator`)]
        }
    }
}

extension PodAffinityTerm {
    func validate(at path: FieldPath) -> [FieldError] {
        var errors = LabelSelectorRules.validate(labelSelector, at: path.child("labelSelector"))
        errors += LabelSelectorRules.validate(namespaceSelector, at: path.child("namespaceSelector"))
        for namespace in namespaces ?? [] {
            errors += FieldChecks.syntax(IdentifierSyntax.dns1123Label(namespace), value: namespace, at: path.child("namespaces"))
        }
        if topologyKey.isEmpty {
            errors.append(.required(path.child("topologyKey"), "can not be empty"))
        } else {
            errors += FieldChecks.syntax(
                IdentifierSyntax.qualifiedName(topologyKey), value: topologyKey, at: path.child("topologyKey"))
        }
        return errors
    }
}
