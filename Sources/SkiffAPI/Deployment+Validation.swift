// Validation of Deployments, after Kubernetes' `ValidateDeployment` and `ValidateDeploymentUpdate`.

extension Deployment {
    public func validate() -> [FieldError] {
        let path = FieldPath("spec")
        var errors = metadata.validate(isNamespaced: true)
        let spec = spec ?? DeploymentSpec()
        errors += FieldChecks.nonNegative(spec.replicas, at: path.child("replicas"))
        errors += WorkloadSelector.validate(spec.selector, emptyMessage: "empty selector is invalid for deployment", at: path.child("selector"))
        // Kubernetes validates a Deployment's template as a ReplicaSet's, and says so in its errors.
        errors += spec.template.validateForLongRunningWorkload(selector: spec.selector, kind: "ReplicaSet", at: path.child("template"))
        if let strategy = spec.strategy {
            errors += strategy.validate(at: path.child("strategy"))
        }
        errors += FieldChecks.nonNegative(spec.minReadySeconds, at: path.child("minReadySeconds"))
        errors += FieldChecks.nonNegative(spec.revisionHistoryLimit, at: path.child("revisionHistoryLimit"))
        if let deadline = spec.progressDeadlineSeconds {
            errors += FieldChecks.nonNegative(deadline, at: path.child("progressDeadlineSeconds"))
            if deadline <= spec.minReadySeconds ?? 0 {
                errors.append(.invalid(path.child("progressDeadlineSeconds"), String(deadline), "must be greater than minReadySeconds"))
            }
        }
        return errors
    }

    public func validateUpdate(from old: Deployment) -> [FieldError] {
        metadata.validateUpdate(from: old.metadata)
            + WorkloadSelector.validateUnchanged(spec?.selector, from: old.spec?.selector, at: FieldPath("spec").child("selector"))
    }
}

extension DeploymentStrategy {
    /// Kubernetes' `ValidateDeploymentStrategy` and `ValidateRollingUpdateDeployment`.
    func validate(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        switch type {
        case .recreate?:
            if rollingUpdate != nil {
                errors.append(.forbidden(path.child("rollingUpdate"), "may not be specified when strategy `type` is 'Recreate'"))
            }
        case .rollingUpdate?:
            guard let rollingUpdate else {
                errors.append(.required(path.child("rollingUpdate"), "this should be defaulted and never be nil"))
                break
            }
            let rollingPath = path.child("rollingUpdate")
            errors += FieldChecks.intOrPercent(rollingUpdate.maxUnavailable, at: rollingPath.child("maxUnavailable"))
            errors += FieldChecks.intOrPercent(rollingUpdate.maxSurge, at: rollingPath.child("maxSurge"))
            if FieldChecks.isZero(rollingUpdate.maxUnavailable) && FieldChecks.isZero(rollingUpdate.maxSurge) {
                errors.append(.invalid(rollingPath.child("maxUnavailable"), FieldChecks.render(rollingUpdate.maxUnavailable),
                    "may not be 0 when `maxSurge` is 0"))
            }
        case let other?:
            errors.append(.notSupported(path.child("type"), other))
        case nil:
            break
        }
        return errors
    }
}
