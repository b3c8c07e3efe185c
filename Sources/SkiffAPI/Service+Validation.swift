// Validation of Services, after Kubernetes' `ValidateService` and `ValidateServiceUpdate`.
// Service names are DNS-1035 labels (they become DNS names and environment variables), as in
// Kubernetes.

extension Service {
    /// `None`: a headless service, with no virtual IP.
    public static let headlessClusterIP = "None"

    public func validate() -> [FieldError] {
        let path = FieldPath("spec")
        var errors = metadata.validate(isNamespaced: true, nameRule: .dns1035Label)
        let spec = spec ?? ServiceSpec()
        let ports = spec.ports ?? []
        let isHeadless = spec.clusterIP == Self.headlessClusterIP
        if ports.isEmpty && !isHeadless && spec.type != .externalName {
            errors.append(.required(path.child("ports")))
        }
        errors += FieldChecks.known(spec.type, at: path.child("type"))
        if spec.type == .externalName {
            let name = spec.externalName ?? ""
            if name.isEmpty {
                errors.append(.required(path.child("externalName")))
            } else {
                let trimmed = name.hasSuffix(".") ? String(name.dropLast()) : name
                errors += FieldChecks.syntax(IdentifierSyntax.dns1123Subdomain(trimmed), value: name, at: path.child("externalName"))
            }
        }
        errors += Self.validatePorts(ports, type: spec.type, at: path.child("ports"))
        errors += FieldChecks.labels(spec.selector, at: path.child("selector"))
        errors += FieldChecks.known(spec.sessionAffinity, at: path.child("sessionAffinity"))
        errors += Self.validateClusterIPs(spec, at: path)
        for (index, ip) in (spec.externalIPs ?? []).enumerated() {
            errors += FieldChecks.syntax(IdentifierSyntax.ipAddress(ip), value: ip, at: path.child("externalIPs").index(index))
        }
        if let policy = spec.externalTrafficPolicy {
            if spec.type != .nodePort && spec.type != .loadBalancer {
                errors.append(.invalid(path.child("externalTrafficPolicy"), policy.rawValue,
                    "may only be set when `type` is 'NodePort' or 'LoadBalancer'"))
            } else {
                errors += FieldChecks.known(policy, at: path.child("externalTrafficPolicy"))
            }
        }
        errors += FieldChecks.known(spec.internalTrafficPolicy, at: path.child("internalTrafficPolicy"))
        errors += FieldChecks.known(spec.ipFamilyPolicy, at: path.child("ipFamilyPolicy"))
        for (index, family) in (spec.ipFamilies ?? []).enumerated() {
            errors += FieldChecks.known(family, at: path.child("ipFamilies").index(index))
        }
        return errors
    }

    /// The cluster IP may not change once assigned (except to or from an ExternalName service,
    /// which has none).
    public func validateUpdate(from old: Service) -> [FieldError] {
        let path = FieldPath("spec")
        var errors = metadata.validateUpdate(from: old.metadata)
        let involvesExternalName = spec?.type == .externalName || old.spec?.type == .externalName
        if !involvesExternalName, let oldIP = old.spec?.clusterIP, !oldIP.isEmpty, spec?.clusterIP != oldIP {
            errors.append(.immutable(path.child("clusterIP"), spec?.clusterIP ?? ""))
        }
        if !involvesExternalName, let oldPrimary = old.spec?.clusterIPs?.first, spec?.clusterIPs?.first != oldPrimary {
            errors.append(.immutable(path.child("clusterIPs").index(0), spec?.clusterIPs?.first ?? ""))
        }
        return errors
    }

    /// Kubernetes' `validateServicePort`, plus unique names, unique port/protocol pairs and the
    /// node port rules.
    private static func validatePorts(_ ports: [ServicePort], type: ServiceType?, at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        var names: Set<String> = []
        var portKeys: Set<String> = []
        var nodePortKeys: Set<String> = []
        let requiresName = ports.count > 1
        for (index, port) in ports.enumerated() {
            let portPath = path.index(index)
            let name = port.name ?? ""
            if requiresName && name.isEmpty {
                errors.append(.required(portPath.child("name")))
            } else if !name.isEmpty {
                errors += FieldChecks.syntax(IdentifierSyntax.dns1123Label(name), value: name, at: portPath.child("name"))
                if !names.insert(name).inserted { errors.append(.duplicate(portPath.child("name"), name)) }
            }
            errors += FieldChecks.portNumber(port.port, at: portPath.child("port"))
            errors += FieldChecks.known(port.protocol, at: portPath.child("protocol"))
            if let targetPort = port.targetPort, targetPort != .int(0), targetPort != .string("") {
                errors += FieldChecks.portNumberOrName(targetPort, at: portPath.child("targetPort"))
            }
            let protocolName = (port.protocol ?? .tcp).rawValue
            if !portKeys.insert("\(port.port)/\(protocolName)").inserted {
                errors.append(.duplicate(portPath, "\(port.port)/\(protocolName)"))
            }
            if let nodePort = port.nodePort, nodePort != 0 {
                if type == .clusterIP || type == nil {
                    errors.append(.forbidden(portPath.child("nodePort"), "may not be used when `type` is 'ClusterIP'"))
                } else {
                    errors += FieldChecks.portNumber(nodePort, at: portPath.child("nodePort"))
                    if !nodePortKeys.insert("\(nodePort)/\(protocolName)").inserted {
                        errors.append(.duplicate(portPath.child("nodePort"), String(nodePort)))
                    }
                }
            }
        }
        return errors
    }

    /// `clusterIP` is empty, `None` or an IP; `clusterIPs` starts with it.
    private static func validateClusterIPs(_ spec: ServiceSpec, at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        if let clusterIP = spec.clusterIP, !clusterIP.isEmpty, clusterIP != headlessClusterIP,
            !IdentifierSyntax.ipAddress(clusterIP).isEmpty
        {
            errors.append(.invalid(path.child("clusterIP"), clusterIP, "must be empty, 'None', or a valid IP address"))
        }
        guard let clusterIPs = spec.clusterIPs, !clusterIPs.isEmpty else { return errors }
        if let clusterIP = spec.clusterIP, !clusterIP.isEmpty, clusterIPs[0] != clusterIP {
            errors.append(.invalid(path.child("clusterIPs"), FieldChecks.render(clusterIPs), "first value must match `clusterIP`"))
        }
        for (index, ip) in clusterIPs.enumerated() where !(index == 0 && ip == headlessClusterIP) {
            errors += FieldChecks.syntax(IdentifierSyntax.ipAddress(ip), value: ip, at: path.child("clusterIPs").index(index))
        }
        return errors
    }
}
