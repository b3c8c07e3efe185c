import SkiffAPI

/// Where objects live in the store: `/registry/<resource>[.<group>]/<namespace>/<name>` for
/// namespaced kinds and `/registry/<resource>[.<group>]/<name>` for cluster-scoped ones,
/// as the Kubernetes API server lays out etcd.
struct StorageKey {
    static let root = "/registry/"

    /// The prefix of every object of a kind (`/registry/pods/`).
    static func prefix(for info: ResourceInfo) -> String {
        root + info.qualifiedResource + "/"
    }

    /// The prefix of a list: one namespace, or every object of the kind when `namespace` is nil.
    static func prefix(for info: ResourceInfo, namespace: String?) -> String {
        guard info.isNamespaced, let namespace, !namespace.isEmpty else { return prefix(for: info) }
        return prefix(for: info) + namespace + "/"
    }

    /// The key of one object.
    static func key(for info: ResourceInfo, namespace: String?, name: String) -> String {
        if info.isNamespaced { return prefix(for: info) + (namespace ?? "") + "/" + name }
        return prefix(for: info) + name
    }

    /// The resource part of a key (`pods` or `deployments.apps`), or nil for a foreign key.
    static func resource(ofKey key: String) -> Substring? {
        guard key.hasPrefix(root) else { return nil }
        let rest = key.dropFirst(root.count)
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        return rest[..<slash]
    }
}
