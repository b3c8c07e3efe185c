// Validation of the pod templates of workloads, after Kubernetes' `ValidatePodTemplateSpec` and
// `ValidatePodTemplateSpecForReplicaSet`.

extension PodTemplateSpec {
    /// The template's labels, annotations and pod spec.
    func validate(at path: FieldPath, claimNames: Set<String> = []) -> [FieldError] {
        var errors = metadata?.validateAsTemplate(at: path.child("metadata")) ?? []
        if let spec {
            errors += spec.validate(at: path.child("spec"), claimNames: claimNames)
        } else {
            errors.append(.required(path.child("spec", "containers")))
        }
        return errors
    }

    /// The template of a workload whose pods run forever (Deployment, ReplicaSet, DaemonSet,
    /// StatefulSet): its labels must match `selector`, its pods must restart Always and may not
    /// have a deadline.
    /// `claimNames` are the names of a StatefulSet's volume claim templates, which its pods mount.
    func validateForLongRunningWorkload(
        selector: LabelSelector?, kind: String, claimNames: Set<String> = [], at path: FieldPath
    ) -> [FieldError] {
        var errors = WorkloadSelector.validateMatch(selector: selector, template: self, at: path)
        errors += validate(at: path, claimNames: claimNames)
        if let restartPolicy = spec?.restartPolicy, restartPolicy != .always {
            errors.append(.notSupported(path.child("spec", "restartPolicy"), restartPolicy, supported: [.always]))
        }
        if spec?.activeDeadlineSeconds != nil {
            errors.append(.forbidden(path.child("spec", "activeDeadlineSeconds"), "activeDeadlineSeconds in \(kind) is not Supported"))
        }
        return errors
    }
}
