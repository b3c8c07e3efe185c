// Validation of Endpoints, after Kubernetes' `ValidateEndpoints`.

extension Endpoints {
    public func validate() -> [FieldError] {
        var errors = metadata.validate(isNamespaced: true)
        for (index, subset) in (subsets ?? []).enumerated() {
            errors += subset.validate(at: FieldPath("subsets").index(index))
        }
        return errors
    }

    public func validateUpdate(from old: Endpoints) -> [FieldError] {
        metadata.validateUpdate(from: old.metadata)
    }
}

extension EndpointSubset {
    func validate(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        if (addresses ?? []).isEmpty && (notReadyAddresses ?? []).isEmpty {
            errors.append(.required(path.child("addresses"), "must specify `addresses` or `notReadyAddresses`"))
        }
        for (field, list) in [("addresses", addresses ?? []), ("notReadyAddresses", notReadyAddresses ?? [])] {
            for (index, address) in list.enumerated() {
                let addressPath = path.child(field).index(index)
                errors += FieldChecks.syntax(IdentifierSyntax.ipAddress(address.ip), value: address.ip, at: addressPath.child("ip"))
                if let hostname = address.hostname, !hostname.isEmpty {
                    errors += FieldChecks.syntax(IdentifierSyntax.dns1123Label(hostname), value: hostname, at: addressPath.child("hostname"))
                }
                if let nodeName = address.nodeName, !nodeName.isEmpty {
                    errors += FieldChecks.syntax(IdentifierSyntax.dns1123Subdomain(nodeName), value: nodeName, at: addressPath.child("nodeName"))
                }
            }
        }
        let ports = ports ?? []
        if ports.isEmpty {
            errors.append(.required(path.child("ports")))
        }
        var names: Set<String> = []
        for (index, port) in ports.enumerated() {
            let portPath = path.child("ports").index(index)
            let name = port.name ?? ""
            if ports.count > 1 && name.isEmpty {
                errors.append(.required(portPath.child("name")))
            } else if !name.isEmpty {
                errors += FieldChecks.syntax(IdentifierSyntax.dns1123Label(name), value: name, at: portPath.child("name"))
                if !names.insert(name).inserted { errors.append(.duplicate(portPath.child("name"), name)) }
            }
            errors += FieldChecks.portNumber(port.port, at: portPath.child("port"))
            errors += FieldChecks.known(port.protocol, at: portPath.child("protocol"))
        }
        return errors
    }
}
