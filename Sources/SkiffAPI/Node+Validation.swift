// Validation of Nodes, after Kubernetes' `ValidateNode` and `ValidateNodeUpdate`.

extension Node {
    public func validate() -> [FieldError] {
        let path = FieldPath("spec")
        var errors = metadata.validate(isNamespaced: false)
        if let podCIDR = spec?.podCIDR, !podCIDR.isEmpty {
            errors += Self.validateCIDR(podCIDR, at: path.child("podCIDR"))
        }
        for (index, cidr) in (spec?.podCIDRs ?? []).enumerated() {
            errors += Self.validateCIDR(cidr, at: path.child("podCIDRs").index(index))
        }
        errors += Self.validateTaints(spec?.taints, at: path.child("taints"))
        return errors
    }

    /// podCIDR, podCIDRs and providerID may only change from unset to set.
    public func validateUpdate(from old: Node) -> [FieldError] {
        let path = FieldPath("spec")
        var errors = metadata.validateUpdate(from: old.metadata)
        if let oldCIDR = old.spec?.podCIDR, !oldCIDR.isEmpty, spec?.podCIDR != oldCIDR {
            errors.append(.forbidden(path.child("podCIDR"), "node updates may not change podCIDR except from \"\" to valid"))
        }
        if let oldCIDRs = old.spec?.podCIDRs, !oldCIDRs.isEmpty, spec?.podCIDRs != oldCIDRs {
            errors.append(.forbidden(path.child("podCIDRs"), "node updates may not change podCIDR except from \"\" to valid"))
        }
        if let oldProvider = old.spec?.providerID, !oldProvider.isEmpty, spec?.providerID != oldProvider {
            errors.append(.forbidden(path.child("providerID"), "node updates may not change providerID except from \"\" to valid"))
        }
        return errors
    }

    /// Kubernetes' `validateNodeTaints`: keys, values and effects, unique by key and effect.
    static func validateTaints(_ taints: [Taint]?, at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        var seen: Set<String> = []
        for (index, taint) in (taints ?? []).enumerated() {
            let taintPath = path.index(index)
            errors += FieldChecks.syntax(IdentifierSyntax.qualifiedName(taint.key), value: taint.key, at: taintPath.child("key"))
            let value = taint.value ?? ""
            let problems = IdentifierSyntax.labelValue(value)
            if !problems.isEmpty {
                errors.append(.invalid(taintPath.child("value"), value, problems.joined(separator: ";")))
            }
            if taint.effect.rawValue.isEmpty {
                errors.append(.required(taintPath.child("effect")))
            } else {
                errors += FieldChecks.known(taint.effect, at: taintPath.child("effect"))
            }
            if !seen.insert("\(taint.key)\u{0}\(taint.effect.rawValue)").inserted {
                var duplicate = FieldError.duplicate(taintPath, FieldChecks.render(taint))
                duplicate.detail = "taints must be unique by key and effect pair"
                errors.append(duplicate)
            }
        }
        return errors
    }

    /// An IP range such as `10.244.1.0/24`.
    static func validateCIDR(_ cidr: String, at path: FieldPath) -> [FieldError] {
        let parts = cidr.split(separator: "/", omittingEmptySubsequences: false)
        let address = String(parts[0])
        let maximumPrefix = address.contains(":") ? 128 : 32
        let isValid = parts.count == 2 && IdentifierSyntax.ipAddress(address).isEmpty
            && Int(parts[1]).map { (0...maximumPrefix).contains($0) } == true
        return isValid ? [] : [.invalid(path, cidr, "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)")]
    }
}
