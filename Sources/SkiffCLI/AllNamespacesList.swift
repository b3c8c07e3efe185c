import SkiffAPI
import SkiffClient

/// `-A`: the objects of a namespaced kind in every namespace.
///
/// Skiff's API server treats a list without a namespace as a list of `default` (see
/// `APIServer.list`), unlike Kubernetes, where it means every namespace. So this lists the
/// namespaces, then each of them, and joins the results in namespace order (kubectl's order for
/// `-A`). The result's resourceVersion is the first list's: the lists are not one snapshot.
enum AllNamespacesList {
    static func list<Object: APIObject>(
        _ type: Object.Type, client: any APIClient, options: ListOptions
    ) async throws -> ObjectList<Object> {
        guard Object.resourceInfo.isNamespaced else { return try await client.list(Object.self, namespace: nil, options: options) }
        let namespaces = try await client.list(Namespace.self, namespace: nil, options: ListOptions())
        var items: [Object] = []
        for name in namespaces.items.compactMap(\.metadata.name).sorted() {
            items += try await client.list(Object.self, namespace: name, options: options).items
        }
        return ObjectList(items: items, metadata: namespaces.metadata)
    }

    /// `list` for `-A`, a plain list of `namespace` otherwise.
    static func list<Object: APIObject>(
        _ type: Object.Type, namespace: String?, allNamespaces: Bool, client: any APIClient, options: ListOptions
    ) async throws -> ObjectList<Object> {
        if allNamespaces { return try await list(Object.self, client: client, options: options) }
        return try await client.list(Object.self, namespace: namespace, options: options)
    }
}
