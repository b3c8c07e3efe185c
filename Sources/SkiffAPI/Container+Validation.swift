// Validation of one container, after Kubernetes' `validateContainers` and friends
// (pkg/apis/core/validation/validation.go).
//
// Deviation: Kubernetes requires `image`; Skiff does not, because its process runtime runs a
// container's `command` directly and its simulated runtime runs nothing at all.

extension Container {
    /// The standard resources a container may request; anything else must be an extended
    /// resource with a domain prefix (`example.com/gpu`).
    static let standardResourceNames: Set<String> = ["cpu", "memory", "ephemeral-storage"]

    /// Whether a container may request `name`: a standard resource or an extended one.
    private static func isContainerResourceName(_ name: String) -> Bool {
        let isStandard = standardResourceNames.contains(name) || name.hasPrefix("hugepages-")
        let isExtended = name.utf8.contains(UInt8(ascii: "/")) && IdentifierSyntax.qualifiedName(name).isEmpty
        return isStandard || isExtended
    }

    /// The errors of this container; `volumeNames` are the pod's volumes its mounts may name.
    func validate(at path: FieldPath, volumeNames: Set<String>) -> [FieldError] {
        var errors: [FieldError] = []
        if name.isEmpty {
            errors.append(.required(path.child("name")))
        } else {
            errors += FieldChecks.syntax(IdentifierSyntax.dns1123Label(name), value: name, at: path.child("name"))
        }
        errors += validatePorts(at: path.child("ports"))
        errors += validateEnvironment(at: path)
        errors += validateMounts(at: path.child("volumeMounts"), volumeNames: volumeNames)
        errors += validateResources(at: path.child("resources"))
        if let livenessProbe {
            errors += livenessProbe.validate(at: path.child("livenessProbe"), requiresSingleSuccess: true)
        }
        if let readinessProbe {
            errors += readinessProbe.validate(at: path.child("readinessProbe"), requiresSingleSuccess: false)
            if readinessProbe.terminationGracePeriodSeconds != nil {
                errors.append(.invalid(
                    path.child("readinessProbe", "terminationGracePeriodSeconds"),
                    String(readinessProbe.terminationGracePeriodSeconds ?? 0), "must not be set for readinessProbes"))
            }
        }
        if let startupProbe {
            errors += startupProbe.validate(at: path.child("startupProbe"), requiresSingleSuccess: true)
        }
        if let postStart = lifecycle?.postStart {
            errors += postStart.validate(at: path.child("lifecycle", "postStart"))
        }
        if let preStop = lifecycle?.preStop {
            errors += preStop.validate(at: path.child("lifecycle", "preStop"))
        }
        errors += FieldChecks.known(imagePullPolicy, at: path.child("imagePullPolicy"))
        errors += FieldChecks.known(terminationMessagePolicy, at: path.child("terminationMessagePolicy"))
        return errors
    }

    private func validatePorts(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        var names: Set<String> = []
        for (index, port) in (ports ?? []).enumerated() {
            let portPath = path.index(index)
            if let name = port.name, !name.isEmpty {
                errors += FieldChecks.syntax(IdentifierSyntax.portName(name), value: name, at: portPath.child("name"))
                if !names.insert(name).inserted { errors.append(.duplicate(portPath.child("name"), name)) }
            }
            if port.containerPort == 0 {
                errors.append(.required(portPath.child("containerPort")))
            } else {
                errors += FieldChecks.portNumber(port.containerPort, at: portPath.child("containerPort"))
            }
            if let hostPort = port.hostPort, hostPort != 0 {
                errors += FieldChecks.portNumber(hostPort, at: portPath.child("hostPort"))
            }
            errors += FieldChecks.known(port.protocol, at: portPath.child("protocol"))
        }
        return errors
    }

    private func validateEnvironment(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        for (index, variable) in (env ?? []).enumerated() {
            let variablePath = path.child("env").index(index)
            if variable.name.isEmpty {
                errors.append(.required(variablePath.child("name")))
            } else {
                errors += FieldChecks.syntax(
                    IdentifierSyntax.environmentVariableName(variable.name), value: variable.name,
                    at: variablePath.child("name"))
            }
            if let source = variable.valueFrom {
                errors += source.validate(at: variablePath.child("valueFrom"))
                if let value = variable.value, !value.isEmpty {
                    errors.append(.invalid(variablePath.child("valueFrom"), "", "may not be specified when `value` is not empty"))
                }
            }
        }
        for (index, source) in (envFrom ?? []).enumerated() {
            let sourcePath = path.child("envFrom").index(index)
            if let prefix = source.prefix, !prefix.isEmpty {
                errors += FieldChecks.syntax(
                    IdentifierSyntax.environmentVariableName(prefix), value: prefix, at: sourcePath.child("prefix"))
            }
            switch (source.configMapRef, source.secretRef) {
            case (nil, nil):
                errors.append(.invalid(sourcePath, "", "must specify one of: `configMapRef` or `secretRef`"))
            case (.some, .some):
                errors.append(.invalid(sourcePath, "", "may not have more than one field specified at a time"))
            case (.some(let reference), nil):
                if reference.name?.isEmpty ?? true { errors.append(.required(sourcePath.child("configMapRef", "name"))) }
            case (nil, .some(let reference)):
                if reference.name?.isEmpty ?? true { errors.append(.required(sourcePath.child("secretRef", "name"))) }
            }
        }
        return errors
    }

    private func validateMounts(at path: FieldPath, volumeNames: Set<String>) -> [FieldError] {
        var errors: [FieldError] = []
        var mountPaths: Set<String> = []
        for (index, mount) in (volumeMounts ?? []).enumerated() {
            let mountPath = path.index(index)
            if mount.name.isEmpty {
                errors.append(.required(mountPath.child("name")))
            } else if !volumeNames.contains(mount.name) {
                errors.append(.notFound(mountPath.child("name"), mount.name))
            }
            if mount.mountPath.isEmpty {
                errors.append(.required(mountPath.child("mountPath")))
            } else if !mountPaths.insert(mount.mountPath).inserted {
                errors.append(.invalid(mountPath.child("mountPath"), mount.mountPath, "must be unique"))
            }
            if let subPath = mount.subPath, !subPath.isEmpty {
                errors += validateRelativePath(subPath, at: mountPath.child("subPath"))
            }
        }
        return errors
    }

    private func validateResources(at path: FieldPath) -> [FieldError] {
        // Comparing requests with limits needs Quantity arithmetic, which lands with the real
        // Quantity; only the resource names are checked here.
        guard let resources else { return [] }
        // Check in place first; the sorted walk is only for reporting errors in name order.
        if (resources.limits ?? [:]).keys.allSatisfy(Self.isContainerResourceName),
            (resources.requests ?? [:]).keys.allSatisfy(Self.isContainerResourceName)
        {
            return []
        }
        var errors: [FieldError] = []
        for (field, quantities) in [("limits", resources.limits), ("requests", resources.requests)] {
            for name in (quantities ?? [:]).keys.sorted() {
                if !Self.isContainerResourceName(name) {
                    errors.append(.invalid(path.child(field).key(name), name, "must be a standard resource for containers"))
                }
            }
        }
        return errors
    }
}

/// Kubernetes' `validateLocalDescendingPath`: relative, without `..` elements.
func validateRelativePath(_ path: String, at fieldPath: FieldPath) -> [FieldError] {
    var errors: [FieldError] = []
    if path.hasPrefix("/") {
        errors.append(.invalid(fieldPath, path, "must be a relative path"))
    }
    if path.split(separator: "/").contains("..") {
        errors.append(.invalid(fieldPath, path, "must not contain '..'"))
    }
    return errors
}

extension EnvVarSource {
    func validate(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        let setCount = [fieldRef != nil, resourceFieldRef != nil, configMapKeyRef != nil, secretKeyRef != nil]
            .filter { $0 }.count
        if setCount == 0 {
            errors.append(.invalid(path, "", "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"))
        } else if setCount > 1 {
            errors.append(.invalid(path, "", "may not have more than one field specified at a time"))
        }
        if let fieldRef, fieldRef.fieldPath.isEmpty {
            errors.append(.required(path.child("fieldRef", "fieldPath")))
        }
        if let resourceFieldRef, resourceFieldRef.resource.isEmpty {
            errors.append(.required(path.child("resourceFieldRef", "resource")))
        }
        if let configMapKeyRef {
            errors += validateKeyReference(name: configMapKeyRef.name, key: configMapKeyRef.key, at: path.child("configMapKeyRef"))
        }
        if let secretKeyRef {
            errors += validateKeyReference(name: secretKeyRef.name, key: secretKeyRef.key, at: path.child("secretKeyRef"))
        }
        return errors
    }

    private func validateKeyReference(name: String?, key: String, at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        if name?.isEmpty ?? true { errors.append(.required(path.child("name"))) }
        if key.isEmpty {
            errors.append(.required(path.child("key")))
        } else {
            errors += FieldChecks.syntax(IdentifierSyntax.configMapKey(key), value: key, at: path.child("key"))
        }
        return errors
    }
}

extension Probe {
    /// Kubernetes' `validateProbe`; liveness and startup probes must have `successThreshold` 1.
    func validate(at path: FieldPath, requiresSingleSuccess: Bool) -> [FieldError] {
        var errors = validateHandler(
            exec: exec, httpGet: httpGet, tcpSocket: tcpSocket, grpc: grpc, sleep: nil, at: path)
        errors += FieldChecks.nonNegative(initialDelaySeconds, at: path.child("initialDelaySeconds"))
        errors += FieldChecks.nonNegative(timeoutSeconds, at: path.child("timeoutSeconds"))
        errors += FieldChecks.nonNegative(periodSeconds, at: path.child("periodSeconds"))
        errors += FieldChecks.nonNegative(successThreshold, at: path.child("successThreshold"))
        errors += FieldChecks.nonNegative(failureThreshold, at: path.child("failureThreshold"))
        if requiresSingleSuccess, let successThreshold, successThreshold != 1 {
            errors.append(.invalid(path.child("successThreshold"), String(successThreshold), "must be 1"))
        }
        errors += FieldChecks.positive(terminationGracePeriodSeconds, at: path.child("terminationGracePeriodSeconds"))
        return errors
    }
}

extension LifecycleHandler {
    /// Kubernetes' `validateLifecycleHandler`: exactly one action.
    func validate(at path: FieldPath) -> [FieldError] {
        var errors = validateHandler(exec: exec, httpGet: httpGet, tcpSocket: tcpSocket, grpc: nil, sleep: sleep, at: path)
        if let sleep { errors += FieldChecks.nonNegative(sleep.seconds, at: path.child("sleep", "seconds")) }
        return errors
    }
}

/// Exactly one handler, and each handler's own fields (Kubernetes' `validateHandler`).
private func validateHandler(
    exec: ExecAction?, httpGet: HTTPGetAction?, tcpSocket: TCPSocketAction?, grpc: GRPCAction?, sleep: SleepAction?,
    at path: FieldPath
) -> [FieldError] {
    var errors: [FieldError] = []
    var handlerCount = 0
    if let exec {
        handlerCount += 1
        if exec.command?.isEmpty ?? true { errors.append(.required(path.child("exec", "command"))) }
    }
    if let httpGet {
        handlerCount += 1
        if handlerCount > 1 { errors.append(.forbidden(path.child("httpGet"), "may not specify more than 1 handler type")) }
        errors += FieldChecks.portNumberOrName(httpGet.port, at: path.child("httpGet", "port"))
        errors += FieldChecks.known(httpGet.scheme, at: path.child("httpGet", "scheme"))
        for (index, header) in (httpGet.httpHeaders ?? []).enumerated() where header.name.isEmpty {
            errors.append(.required(path.child("httpGet", "httpHeaders").index(index).child("name")))
        }
    }
    if let tcpSocket {
        handlerCount += 1
        if handlerCount > 1 { errors.append(.forbidden(path.child("tcpSocket"), "may not specify more than 1 handler type")) }
        errors += FieldChecks.portNumberOrName(tcpSocket.port, at: path.child("tcpSocket", "port"))
    }
    if let grpc {
        handlerCount += 1
        if handlerCount > 1 { errors.append(.forbidden(path.child("grpc"), "may not specify more than 1 handler type")) }
        errors += FieldChecks.portNumber(grpc.port, at: path.child("grpc", "port"))
    }
    if sleep != nil {
        handlerCount += 1
        if handlerCount > 1 { errors.append(.forbidden(path.child("sleep"), "may not specify more than 1 handler type")) }
    }
    if handlerCount == 0 {
        errors.append(.required(path, "must specify a handler type"))
    }
    return errors
}
