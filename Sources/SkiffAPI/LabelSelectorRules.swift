// What workload validation needs of label selectors: their syntax (Kubernetes'
// `ValidateLabelSelector`) and whether one matches a template's labels.

enum LabelSelectorRules {
    static let setOperators = ["In", "NotIn"]
    static let existenceOperators = ["Exists", "DoesNotExist"]

    /// Kubernetes' `ValidateLabelSelector`, with label values checked strictly.
    static func validate(_ selector: LabelSelector?, at path: FieldPath) -> [FieldError] {
        guard let selector else { return [] }
        var errors = FieldChecks.labels(selector.matchLabels, at: path.child("matchLabels"))
        for (index, requirement) in (selector.matchExpressions ?? []).enumerated() {
            let requirementPath = path.child("matchExpressions").index(index)
            let values = requirement.values ?? []
            switch requirement.operator {
            case "In", "NotIn":
                if values.isEmpty {
                    errors.append(.required(requirementPath.child("values"), "must be specified when `operator` is 'In' or 'NotIn'"))
                }
            case "Exists", "DoesNotExist":
                if !values.isEmpty {
                    errors.append(.forbidden(requirementPath.child("values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"))
                }
            default:
                errors.append(.invalid(requirementPath.child("operator"), requirement.operator, "not a valid selector operator"))
            }
            errors += FieldChecks.syntax(
                IdentifierSyntax.qualifiedName(requirement.key), value: requirement.key, at: requirementPath.child("key"))
            for (valueIndex, value) in values.enumerated() {
                errors += FieldChecks.syntax(
                    IdentifierSyntax.labelValue(value), value: value, at: requirementPath.child("values").index(valueIndex))
            }
        }
        return errors
    }

    /// Whether the selector has no requirement at all (it would select everything).
    static func isEmpty(_ selector: LabelSelector) -> Bool {
        (selector.matchLabels ?? [:]).isEmpty && (selector.matchExpressions ?? []).isEmpty
    }

    /// Whether `selector` selects `labels`; nil when the selector is not valid.
    static func matches(_ selector: LabelSelector, _ labels: [String: String]) -> Bool? {
        guard let expression = try? LabelSelectorExpression(selector) else { return nil }
        return expression.matches(labels)
    }
}
