// Validation of DaemonSets, after Kubernetes' `ValidateDaemonSet` and `ValidateDaemonSetUpdate`.

extension DaemonSet {
    public func validate() -> [FieldError] {
        let path = FieldPath("spec")
        var errors = metadata.validate(isNamespaced: true)
        let spec = spec ?? DaemonSetSpec()
        errors += WorkloadSelector.validate(spec.selector, emptyMessage: "empty selector is invalid for daemonset", at: path.child("selector"))
        errors += spec.template.validateForLongRunningWorkload(selector: spec.selector, kind: "DaemonSet", at: path.child("template"))
        errors += FieldChecks.nonNegative(spec.minReadySeconds, at: path.child("minReadySeconds"))
        errors += FieldChecks.nonNegative(spec.revisionHistoryLimit, at: path.child("revisionHistoryLimit"))
        if let strategy = spec.updateStrategy {
            errors += strategy.validate(at: path.child("updateStrategy"))
        }
        return errors
    }

    public func validateUpdate(from old: DaemonSet) -> [FieldError] {
        metadata.validateUpdate(from: old.metadata)
            + WorkloadSelector.validateUnchanged(spec?.selector, from: old.spec?.selector, at: FieldPath("spec").child("selector"))
    }
}

extension DaemonSetUpdateStrategy {
    /// Kubernetes' `ValidateDaemonSetUpdateStrategy` and `ValidateRollingUpdateDaemonSet`.
    func validate(at path: FieldPath) -> [FieldError] {
        switch type {
        case .rollingUpdate?:
            guard let rollingUpdate else {
                return [.required(path.child("rollingUpdate"), "this should be defaulted and never be nil")]
            }
            let rollingPath = path.child("rollingUpdate")
            var errors = FieldChecks.intOrPercent(rollingUpdate.maxUnavailable, at: rollingPath.child("maxUnavailable"))
            errors += FieldChecks.intOrPercent(rollingUpdate.maxSurge, at: rollingPath.child("maxSurge"))
            if FieldChecks.isZero(rollingUpdate.maxUnavailable) && FieldChecks.isZero(rollingUpdate.maxSurge) {
                errors.append(.invalid(rollingPath.child("maxUnavailable"), FieldChecks.render(rollingUpdate.maxUnavailable),
                    "may not be 0 when `maxSurge` is 0"))
            }
            return errors
        case let other?:
            return FieldChecks.known(other, at: path.child("type"))
        case nil:
            return []
        }
    }
}
