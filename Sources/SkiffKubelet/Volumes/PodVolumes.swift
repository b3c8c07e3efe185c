import Foundation
import SkiffAPI
import SkiffClient

/// Materialises a pod's volumes on the node before its containers start, and maps each
/// container's `volumeMounts` to host paths for the runtime:
/// - `emptyDir`: a directory under the pod directory, removed with the pod;
/// - `hostPath`: the host path itself (`DirectoryOrCreate` / `FileOrCreate` create it);
/// - `configMap`, `secret`: one file per key (or per `items` entry) in a directory under the pod
///   directory, read through the `APIClient` once, at pod start (Skiff does not refresh them).
/// Anything else (`persistentVolumeClaim`) is a `ContainerConfigError`.
struct PodVolumes {
    let pod: Pod
    let directory: PodDirectory
    let client: any APIClient

    /// Host paths by volume name.
    func prepare() async throws -> [String: String] {
        var paths: [String: String] = [:]
        let namespace = pod.metadata.namespace ?? "default"
        for volume in pod.spec?.volumes ?? [] {
            let target = directory.volumeDirectory(volume.name)
            if volume.emptyDir != nil {
                try makeDirectory(target)
                paths[volume.name] = target
            } else if let hostPath = volume.hostPath {
                try prepareHostPath(hostPath)
                paths[volume.name] = hostPath.path
            } else if let source = volume.configMap {
                let name = source.name ?? ""
                do {
                    let configMap = try await client.get(ConfigMap.self, name: name, namespace: namespace)
                    var files = (configMap.data ?? [:]).mapValues { Data($0.utf8) }
                    for (key, value) in configMap.binaryData ?? [:] { files[key] = Data(base64Encoded: value) ?? Data() }
                    try write(files, items: source.items, mode: source.defaultMode ?? 0o644, into: target)
                } catch let status as Status where status.code == 404 {
                    guard source.optional ?? false else { throw ContainerConfigError("configmap \"\(name)\" not found") }
                    try makeDirectory(target)
                }
                paths[volume.name] = target
            } else if let source = volume.secret {
                let name = source.secretName ?? ""
                do {
                    let secret = try await client.get(Secret.self, name: name, namespace: namespace)
                    var files = (secret.data ?? [:]).mapValues { Data(base64Encoded: $0) ?? Data($0.utf8) }
                    for (key, value) in secret.stringData ?? [:] { files[key] = Data(value.utf8) }
                    try write(files, items: source.items, mode: source.defaultMode ?? 0o644, into: target)
                } catch let status as Status where status.code == 404 {
                    guard source.optional ?? false else { throw ContainerConfigError("secret \"\(name)\" not found") }
                    try makeDirectory(target)
                }
                paths[volume.name] = target
            } else {
                throw ContainerConfigError("volume \"\(volume.name)\": only emptyDir, hostPath, configMap and secret volumes are supported")
            }
        }
        return paths
    }

    /// The runtime mounts of `container`, given the prepared `paths`.
    static func mounts(of container: Container, paths: [String: String]) throws -> [ContainerConfig.Mount] {
        try (container.volumeMounts ?? []).map { mount in
            guard var hostPath = paths[mount.name] else {
                throw ContainerConfigError("volume mount \(mount.name) refers to a volume the pod does not have")
            }
            if let subPath = mount.subPath, !subPath.isEmpty { hostPath += "/" + subPath }
            return ContainerConfig.Mount(hostPath: hostPath, containerPath: mount.mountPath, isReadOnly: mount.readOnly ?? false)
        }
    }

    private func prepareHostPath(_ source: HostPathVolumeSource) throws {
        let manager = FileManager.default
        switch source.type ?? .unset {
        case .directoryOrCreate:
            try makeDirectory(source.path)
        case .fileOrCreate:
            if !manager.fileExists(atPath: source.path) {
                try makeDirectory((source.path as NSString).deletingLastPathComponent)
                _ = manager.createFile(atPath: source.path, contents: nil)
            }
        case .directory, .file:
            guard manager.fileExists(atPath: source.path) else {
                throw ContainerConfigError("hostPath \(source.path) does not exist")
            }
        default:
            break
        }
    }

    private func write(_ files: [String: Data], items: [KeyToPath]?, mode: Int32, into target: String) throws {
        try makeDirectory(target)
        let selected: [(path: String, data: Data, mode: Int32)]
        if let items {
            selected = try items.map { item in
                guard let data = files[item.key] else { throw ContainerConfigError("couldn't find key \(item.key)") }
                return (item.path, data, item.mode ?? mode)
            }
        } else {
            selected = files.map { ($0.key, $0.value, mode) }
        }
        for file in selected {
            let path = "\(target)/\(file.path)"
            try makeDirectory((path as NSString).deletingLastPathComponent)
            try file.data.write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.posixPermissions: Int(file.mode)], ofItemAtPath: path)
        }
    }

    private func makeDirectory(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
}
