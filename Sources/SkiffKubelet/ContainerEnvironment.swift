import Foundation
import SkiffAPI
import SkiffClient

/// A container's environment as upstream's kubelet builds it (`makeEnvironmentVariables`):
/// Skiff's pod variables, then `envFrom` (ConfigMaps and Secrets, read through the `APIClient`),
/// then `env` in order — values, `$(VAR)` references to earlier variables, and `valueFrom`
/// (`fieldRef` downward API, `configMapKeyRef`, `secretKeyRef`, `resourceFieldRef` for limits).
///
/// A missing ConfigMap, Secret or key that is not `optional` is a `ContainerConfigError` with
/// upstream's message; the kubelet reports it as `CreateContainerConfigError`.
struct ContainerEnvironment {
    let pod: Pod
    let podIP: String
    let hostIP: String
    let nodeName: String
    let client: any APIClient

    /// The variables every Skiff container gets, so a process can bind its own address.
    var podVariables: [String: String] {
        [
            "POD_IP": podIP, "POD_NAME": pod.metadata.name ?? "", "POD_NAMESPACE": namespace,
            "NODE_NAME": nodeName,
        ]
    }

    private var namespace: String { pod.metadata.namespace ?? "default" }

    func resolve(for container: Container) async throws -> [String: String] {
        var environment = podVariables
        for source in container.envFrom ?? [] {
            let prefix = source.prefix ?? ""
            if let reference = source.configMapRef, let name = reference.name {
                guard let data = try await configMapData(name, optional: reference.optional ?? false) else { continue }
                for (key, value) in data { environment[prefix + key] = value }
            }
            if let reference = source.secretRef, let name = reference.name {
                guard let data = try await secretData(name, optional: reference.optional ?? false) else { continue }
                for (key, value) in data { environment[prefix + key] = value }
            }
        }
        for variable in container.env ?? [] {
            if let value = variable.value {
                environment[variable.name] = Self.expand(value, with: environment)
            } else if let source = variable.valueFrom {
                if let value = try await value(of: source, container: container) { environment[variable.name] = value }
            } else {
                environment[variable.name] = ""
            }
        }
        return environment
    }

    private func value(of source: EnvVarSource, container: Container) async throws -> String? {
        if let field = source.fieldRef { return try fieldValue(field.fieldPath) }
        if let reference = source.configMapKeyRef {
            let name = reference.name ?? ""
            guard let data = try await configMapData(name, optional: reference.optional ?? false) else { return nil }
            guard let value = data[reference.key] else {
                if reference.optional ?? false { return nil }
                throw ContainerConfigError("couldn't find key \(reference.key) in ConfigMap \(namespace)/\(name)")
            }
            return value
        }
        if let reference = source.secretKeyRef {
            let name = reference.name ?? ""
            guard let data = try await secretData(name, optional: reference.optional ?? false) else { return nil }
            guard let value = data[reference.key] else {
                if reference.optional ?? false { return nil }
                throw ContainerConfigError("couldn't find key \(reference.key) in Secret \(namespace)/\(name)")
            }
            return value
        }
        if let resource = source.resourceFieldRef {
            let quantity = container.resources?.limits?[resource.resource.replacingOccurrences(of: "limits.", with: "")]
                ?? container.resources?.requests?[resource.resource.replacingOccurrences(of: "requests.", with: "")]
            return quantity.map { String($0.value) } ?? ""
        }
        return nil
    }

    /// The downward API's `fieldRef` paths.
    func fieldValue(_ path: String) throws -> String {
        switch path {
        case "metadata.name": return pod.metadata.name ?? ""
        case "metadata.namespace": return namespace
        case "metadata.uid": return pod.metadata.uid ?? ""
        case "metadata.labels": return Self.formatMap(pod.metadata.labels ?? [:])
        case "metadata.annotations": return Self.formatMap(pod.metadata.annotations ?? [:])
        case "spec.nodeName": return pod.spec?.nodeName ?? nodeName
        case "spec.serviceAccountName": return pod.spec?.serviceAccountName ?? ""
        case "status.podIP", "status.podIPs": return podIP
        case "status.hostIP", "status.hostIPs": return hostIP
        default:
            if let key = Self.subscriptKey(path, of: "metadata.labels") { return pod.metadata.labels?[key] ?? "" }
            if let key = Self.subscriptKey(path, of: "metadata.annotations") { return pod.metadata.annotations?[key] ?? "" }
            throw ContainerConfigError("unsupported fieldRef fieldPath \(path)")
        }
    }

    private func configMapData(_ name: String, optional: Bool) async throws -> [String: String]? {
        do {
            return try await client.get(ConfigMap.self, name: name, namespace: namespace).data ?? [:]
        } catch let status as Status where status.code == 404 {
            if optional { return nil }
            throw ContainerConfigError("configmap \"\(name)\" not found")
        }
    }

    private func secretData(_ name: String, optional: Bool) async throws -> [String: String]? {
        let secret: Secret
        do {
            secret = try await client.get(Secret.self, name: name, namespace: namespace)
        } catch let status as Status where status.code == 404 {
            if optional { return nil }
            throw ContainerConfigError("secret \"\(name)\" not found")
        }
        var data: [String: String] = [:]
        for (key, encoded) in secret.data ?? [:] {
            data[key] = Data(base64Encoded: encoded).map { String(decoding: $0, as: UTF8.self) } ?? encoded
        }
        for (key, value) in secret.stringData ?? [:] { data[key] = value }
        return data
    }

    /// `key="value"` lines, sorted, as the downward API writes maps.
    static func formatMap(_ map: [String: String]) -> String {
        map.sorted { $0.key < $1.key }.map { "\($0.key)=\"\($0.value)\"" }.joined(separator: "\n")
    }

    /// `metadata.labels['app']` → `app`.
    private static func subscriptKey(_ path: String, of field: String) -> String? {
        guard path.hasPrefix(field + "['"), path.hasSuffix("']") else { return nil }
        return String(path.dropFirst(field.count + 2).dropLast(2))
    }

    /// Kubernetes' `$(VAR)` expansion: a defined variable is replaced, `$$` escapes, anything
    /// else is left as written.
    static func expand(_ text: String, with environment: [String: String]) -> String {
        guard text.contains("$") else { return text }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            guard character == "$", next < text.endIndex else {
                result.append(character)
                index = next
                continue
            }
            if text[next] == "$" {
                result.append("$")
                index = text.index(after: next)
            } else if text[next] == "(", let close = text[next...].firstIndex(of: ")") {
                let name = String(text[text.index(after: next)..<close])
                if let value = environment[name] {
                    result += value
                } else {
                    result += text[index...close]
                }
                index = text.index(after: close)
            } else {
                result.append(character)
                index = next
            }
        }
        return result
    }
}
