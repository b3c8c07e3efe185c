// The selector rules shared by the workloads that own pods (Deployment, ReplicaSet, DaemonSet,
// StatefulSet, Job): the selector is required, not empty, matches the pod template's labels,
// and never changes.

enum WorkloadSelector {
    /// `spec.selector` is required, valid and, with `emptyMessage`, not empty.
    static func validate(_ selector: LabelSelector?, emptyMessage: String?, at path: FieldPath) -> [FieldError] {
        guard let selector else { return [.required(path)] }
        var errors = LabelSelectorRules.validate(selector, at: path)
        if let emptyMessage, LabelSelectorRules.isEmpty(selector) {
            errors.append(.invalid(path, FieldChecks.render(selector), emptyMessage))
        }
        return errors
    }

    /// The template's labels must be selected by a non-empty selector.
    static func validateMatch(selector: LabelSelector?, template: PodTemplateSpec, at path: FieldPath) -> [FieldError] {
        guard let selector, !LabelSelectorRules.isEmpty(selector) else { return [] }
        let labels = template.metadata?.labels ?? [:]
        guard LabelSelectorRules.matches(selector, labels) == false else { return [] }
        return [.invalid(path.child("metadata", "labels"), FieldChecks.render(labels), "`selector` does not match template `labels`")]
    }

    /// Kubernetes' apps/v1 and batch/v1 rule: the selector may not change after creation.
    static func validateUnchanged(_ selector: LabelSelector?, from old: LabelSelector?, at path: FieldPath) -> [FieldError] {
        selector == old ? [] : [.immutable(path, FieldChecks.render(selector))]
    }
}
