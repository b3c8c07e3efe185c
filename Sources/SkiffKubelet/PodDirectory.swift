import Foundation

/// Where one pod's files live on the node: `<dataDir>/pods/<namespace>_<name>_<uid>/`, with a
/// directory per container holding its logs (`<restartCount>.log`, rotated to `.log.1`) and
/// `volumes/<name>` for the volumes the kubelet materialises.
struct PodDirectory: Sendable, Hashable {
    let path: String

    init(dataDirectory: String, namespace: String, name: String, uid: String) {
        path = "\(dataDirectory)/pods/\(namespace)_\(name)_\(uid)"
    }

    func containerDirectory(_ container: String) -> String { "\(path)/\(container)" }

    /// The log file of one start (`restartCount`) of `container`.
    func logPath(container: String, restartCount: Int32) -> String {
        "\(containerDirectory(container))/\(restartCount).log"
    }

    func volumeDirectory(_ volume: String) -> String { "\(path)/volumes/\(volume)" }

    func create() throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
