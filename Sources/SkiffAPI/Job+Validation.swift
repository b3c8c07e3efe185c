// Validation of Jobs, after Kubernetes' `ValidateJob`, `ValidateJobSpec` and `ValidateJobUpdate`.

extension Job {
    public func validate() -> [FieldError] {
        let path = FieldPath("spec")
        var errors = metadata.validate(isNamespaced: true)
        let spec = spec ?? JobSpec()
        errors += spec.validateWithoutSelector(at: path)
        // A job created without `manualSelector` gets its selector from `generateSelector()`.
        errors += WorkloadSelector.validate(spec.selector, emptyMessage: "empty selector is invalid for job", at: path.child("selector"))
        errors += WorkloadSelector.validateMatch(selector: spec.selector, template: spec.template, at: path.child("template"))
        return errors
    }

    /// The selector, completions and completionMode never change.
    public func validateUpdate(from old: Job) -> [FieldError] {
        let path = FieldPath("spec")
        var errors = metadata.validateUpdate(from: old.metadata)
        errors += WorkloadSelector.validateUnchanged(spec?.selector, from: old.spec?.selector, at: path.child("selector"))
        if spec?.completions != old.spec?.completions {
            errors.append(.immutable(path.child("completions"), spec?.completions.map { String($0) } ?? "null"))
        }
        if spec?.completionMode != old.spec?.completionMode {
            errors.append(.immutable(path.child("completionMode"), spec?.completionMode?.rawValue ?? ""))
        }
        return errors
    }
}

extension JobSpec {
    /// Kubernetes' `validateJobSpec`: everything but the selector, which a CronJob's job
    /// template does not have yet.
    func validateWithoutSelector(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        errors += FieldChecks.nonNegative(parallelism, at: path.child("parallelism"))
        errors += FieldChecks.nonNegative(completions, at: path.child("completions"))
        errors += FieldChecks.nonNegative(activeDeadlineSeconds, at: path.child("activeDeadlineSeconds"))
        errors += FieldChecks.nonNegative(backoffLimit, at: path.child("backoffLimit"))
        errors += FieldChecks.nonNegative(ttlSecondsAfterFinished, at: path.child("ttlSecondsAfterFinished"))
        errors += FieldChecks.known(completionMode, at: path.child("completionMode"))
        if completionMode == .indexed && completions == nil {
            errors.append(.required(path.child("completions"), "when completion mode is Indexed"))
        }
        errors += template.validate(at: path.child("template"))
        // Defaulting makes an unset restartPolicy Always, which a job may not use.
        let restartPolicy = template.spec?.restartPolicy ?? .always
        if restartPolicy != .onFailure && restartPolicy != .never {
            errors.append(.notSupported(path.child("template", "spec", "restartPolicy"), restartPolicy, supported: [.onFailure, .never]))
        }
        return errors
    }
}
