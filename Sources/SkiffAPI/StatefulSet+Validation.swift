// Validation of StatefulSets, after Kubernetes' `ValidateStatefulSet` and `ValidateStatefulSetUpdate`.

extension StatefulSet {
    public func validate() -> [FieldError] {
        let path = FieldPath("spec")
        var errors = metadata.validate(isNamespaced: true)
        let spec = spec ?? StatefulSetSpec()
        errors += FieldChecks.known(spec.podManagementPolicy, at: path.child("podManagementPolicy"))
        if let strategy = spec.updateStrategy {
            let strategyPath = path.child("updateStrategy")
            errors += FieldChecks.known(strategy.type, at: strategyPath.child("type"))
            if strategy.type == .onDelete && strategy.rollingUpdate != nil {
                errors.append(.invalid(strategyPath.child("rollingUpdate"), FieldChecks.render(strategy.rollingUpdate),
                    "only allowed for updateStrategy 'RollingUpdate'"))
            }
            errors += FieldChecks.nonNegative(strategy.rollingUpdate?.partition, at: strategyPath.child("rollingUpdate", "partition"))
        }
        if let retention = spec.persistentVolumeClaimRetentionPolicy {
            let retentionPath = path.child("persistentVolumeClaimRetentionPolicy")
            errors += FieldChecks.known(retention.whenDeleted, at: retentionPath.child("whenDeleted"))
            errors += FieldChecks.known(retention.whenScaled, at: retentionPath.child("whenScaled"))
        }
        errors += FieldChecks.nonNegative(spec.replicas, at: path.child("replicas"))
        errors += FieldChecks.nonNegative(spec.minReadySeconds, at: path.child("minReadySeconds"))
        errors += FieldChecks.nonNegative(spec.revisionHistoryLimit, at: path.child("revisionHistoryLimit"))
        errors += FieldChecks.nonNegative(spec.ordinals?.start, at: path.child("ordinals", "start"))
        errors += WorkloadSelector.validate(spec.selector, emptyMessage: "empty selector is invalid for statefulset", at: path.child("selector"))
        // Unlike Kubernetes, which skips the pod spec of StatefulSets because their mounts name
        // claim templates, Skiff validates it, counting the claim templates as volumes.
        let claimNames = Set((spec.volumeClaimTemplates ?? []).compactMap { $0.metadata?.name })
        errors += spec.template.validateForLongRunningWorkload(
            selector: spec.selector, kind: "StatefulSet", claimNames: claimNames, at: path.child("template"))
        for (index, claim) in (spec.volumeClaimTemplates ?? []).enumerated() {
            let name = claim.metadata?.name ?? ""
            let namePath = path.child("volumeClaimTemplates").index(index).child("metadata", "name")
            if name.isEmpty {
                errors.append(.required(namePath))
            } else {
                errors += FieldChecks.syntax(IdentifierSyntax.dns1123Subdomain(name), value: name, at: namePath)
            }
        }
        return errors
    }

    /// Only replicas, ordinals, template, updateStrategy, revisionHistoryLimit,
    /// persistentVolumeClaimRetentionPolicy and minReadySeconds may change.
    public func validateUpdate(from old: StatefulSet) -> [FieldError] {
        let path = FieldPath("spec")
        var errors = metadata.validateUpdate(from: old.metadata)
        errors += WorkloadSelector.validateUnchanged(spec?.selector, from: old.spec?.selector, at: path.child("selector"))
        var comparable = spec ?? StatefulSetSpec()
        let oldSpec = old.spec ?? StatefulSetSpec()
        comparable.replicas = oldSpec.replicas
        comparable.ordinals = oldSpec.ordinals
        comparable.template = oldSpec.template
        comparable.updateStrategy = oldSpec.updateStrategy
        comparable.revisionHistoryLimit = oldSpec.revisionHistoryLimit
        comparable.persistentVolumeClaimRetentionPolicy = oldSpec.persistentVolumeClaimRetentionPolicy
        comparable.minReadySeconds = oldSpec.minReadySeconds
        comparable.selector = oldSpec.selector  // reported above as its own error
        if comparable != oldSpec {
            errors.append(.forbidden(path,
                "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden"))
        }
        return errors
    }
}
