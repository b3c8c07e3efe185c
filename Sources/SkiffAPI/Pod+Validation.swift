// Validation of Pods, after Kubernetes' `ValidatePodCreate`, `ValidatePodSpec` and
// `ValidatePodUpdate` (pkg/apis/core/validation/validation.go).

extension Pod {
    public func validate() -> [FieldError] {
        var errors = metadata.validate(isNamespaced: true)
        if let spec {
            errors += spec.validate(at: FieldPath("spec"))
        } else {
            errors.append(.required(FieldPath("spec").child("containers")))
        }
        return errors
    }

    /// A pod's spec is immutable but for container images, `activeDeadlineSeconds` (set, or
    /// lowered) and additions to `tolerations`. (`spec.nodeName` is set through the binding
    /// subresource, not by an update.)
    public func validateUpdate(from old: Pod) -> [FieldError] {
        var errors = metadata.validateUpdate(from: old.metadata)
        guard let newSpec = spec, let oldSpec = old.spec else {
            if (spec == nil) != (old.spec == nil) { errors.append(.forbidden(FieldPath("spec"), Self.updateRule)) }
            return errors
        }
        let deadlinePath = FieldPath("spec").child("activeDeadlineSeconds")
        switch (oldSpec.activeDeadlineSeconds, newSpec.activeDeadlineSeconds) {
        case (.some, nil):
            errors.append(.invalid(deadlinePath, "null", "must not update from a positive integer to nil value"))
        case (.some(let old), .some(let new)) where new > old:
            errors.append(.invalid(deadlinePath, String(new), "must be less than or equal to previous value"))
        default:
            break
        }
        let oldTolerations = oldSpec.tolerations ?? []
        let newTolerations = newSpec.tolerations ?? []
        let tolerationsOnlyAdded = oldTolerations.allSatisfy(newTolerations.contains)

        // Compare everything else: copy the mutable fields from the new spec into the old one.
        var allowed = oldSpec
        allowed.activeDeadlineSeconds = newSpec.activeDeadlineSeconds
        if tolerationsOnlyAdded { allowed.tolerations = newSpec.tolerations }
        allowed.containers = Self.withImages(of: newSpec.containers, into: oldSpec.containers)
        if let newInit = newSpec.initContainers, let oldInit = oldSpec.initContainers {
            allowed.initContainers = Self.withImages(of: newInit, into: oldInit)
        }
        if allowed != newSpec {
            errors.append(.forbidden(FieldPath("spec"), Self.updateRule))
        }
        return errors
    }

    static let updateRule =
        "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations)"

    /// `old` with the images of `new`, when both have the same number of containers. The pull
    /// policy goes with the image: Skiff allows containers without one, whose policy is defaulted
    /// only once an image is set.
    private static func withImages(of new: [Container], into old: [Container]) -> [Container] {
        guard new.count == old.count else { return old }
        return zip(old, new).map { old, new in
            var container = old
            container.image = new.image
            if old.image == nil { container.imagePullPolicy = new.imagePullPolicy }
            return container
        }
    }
}

extension PodSpec {
    /// Kubernetes' `ValidatePodSpec`, for pods and pod templates alike.
    public func validate(at path: FieldPath) -> [FieldError] {
        validate(at: path, claimNames: [])
    }

    /// `claimNames` are volumes that come from elsewhere: a StatefulSet's volume claim templates.
    func validate(at path: FieldPath, claimNames: Set<String>) -> [FieldError] {
        var errors: [FieldError] = []
        var volumeNames: Set<String> = []
        for (index, volume) in (volumes ?? []).enumerated() {
            let volumePath = path.child("volumes").index(index)
            errors += volume.validate(at: volumePath)
            if !volume.name.isEmpty && !volumeNames.insert(volume.name).inserted {
                errors.append(.duplicate(volumePath.child("name"), volume.name))
            }
        }
        var containerNames: Set<String> = []
        let mountableNames = claimNames.isEmpty ? volumeNames : volumeNames.union(claimNames)
        // Elements are read in place (by index) rather than copied out by `enumerated()`: a
        // container is a large struct, and each copy retains every field.
        func validateContainers(_ list: [Container], field: String) {
            for index in list.indices {
                let containerPath = path.child(field).index(index)
                errors += list[index].validate(at: containerPath, volumeNames: mountableNames)
                let name = list[index].name
                if !name.isEmpty && !containerNames.insert(name).inserted {
                    errors.append(.duplicate(containerPath.child("name"), name))
                }
            }
        }
        if let initContainers { validateContainers(initContainers, field: "initContainers") }
        validateContainers(containers, field: "containers")
        if containers.isEmpty {
            errors.append(.required(path.child("containers")))
        }
        errors += FieldChecks.known(restartPolicy, at: path.child("restartPolicy"))
        errors += FieldChecks.known(dnsPolicy, at: path.child("dnsPolicy"))
        errors += FieldChecks.known(preemptionPolicy, at: path.child("preemptionPolicy"))
        errors += FieldChecks.labels(nodeSelector, at: path.child("nodeSelector"))
        errors += FieldChecks.nonNegative(terminationGracePeriodSeconds, at: path.child("terminationGracePeriodSeconds"))
        if let activeDeadlineSeconds, !(1...Int64(Int32.max)).contains(activeDeadlineSeconds) {
            errors.append(.invalid(path.child("activeDeadlineSeconds"), String(activeDeadlineSeconds),
                IdentifierSyntax.inclusiveRange(1, Int64(Int32.max))))
        }
        for (field, value) in [("serviceAccountName", serviceAccountName), ("nodeName", nodeName)] {
            if let value, !value.isEmpty {
                errors += FieldChecks.syntax(IdentifierSyntax.dns1123Subdomain(value), value: value, at: path.child(field))
            }
        }
        for (field, value) in [("hostname", hostname), ("subdomain", subdomain)] {
            if let value, !value.isEmpty {
                errors += FieldChecks.syntax(IdentifierSyntax.dns1123Label(value), value: value, at: path.child(field))
            }
        }
        if let affinity {
            errors += affinity.validate(at: path.child("affinity"))
        }
        for (index, toleration) in (tolerations ?? []).enumerated() {
            errors += toleration.validate(at: path.child("tolerations").index(index))
        }
        errors += TopologySpreadConstraint.validate(topologySpreadConstraints, at: path.child("topologySpreadConstraints"))
        return errors
    }
}
