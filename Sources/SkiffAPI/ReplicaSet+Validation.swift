// Validation of ReplicaSets, after Kubernetes' `ValidateReplicaSet` and `ValidateReplicaSetUpdate`.

extension ReplicaSet {
    public func validate() -> [FieldError] {
        let path = FieldPath("spec")
        var errors = metadata.validate(isNamespaced: true)
        let spec = spec ?? ReplicaSetSpec()
        errors += FieldChecks.nonNegative(spec.replicas, at: path.child("replicas"))
        errors += FieldChecks.nonNegative(spec.minReadySeconds, at: path.child("minReadySeconds"))
        // Kubernetes words the empty-selector error "for deployment" for ReplicaSets too.
        errors += WorkloadSelector.validate(spec.selector, emptyMessage: "empty selector is invalid for deployment", at: path.child("selector"))
        if let template = spec.template {
            errors += template.validateForLongRunningWorkload(selector: spec.selector, kind: "ReplicaSet", at: path.child("template"))
        } else {
            errors.append(.required(path.child("template")))
        }
        return errors
    }

    public func validateUpdate(from old: ReplicaSet) -> [FieldError] {
        metadata.validateUpdate(from: old.metadata)
            + WorkloadSelector.validateUnchanged(spec?.selector, from: old.spec?.selector, at: FieldPath("spec").child("selector"))
    }
}
