import SkiffAPI
import SkiffClient

/// The in-process `APIClient`: every call goes straight to the `APIServer` actor (on the same
/// event loop, a call costs tens of nanoseconds; no encoding happens between them).
public struct LocalClient: APIClient {
    public let server: APIServer

    public init(server: APIServer) { self.server = server }

    public func create<Object: APIObject>(_ object: Object) async throws -> Object {
        try await server.create(object)
    }

    public func get<Object: APIObject>(_ type: Object.Type, name: String, namespace: String?) async throws -> Object {
        try await server.get(type, name: name, namespace: namespace)
    }

    public func list<Object: APIObject>(
        _ type: Object.Type, namespace: String?, options: ListOptions
    ) async throws -> ObjectList<Object> {
        try await server.list(type, namespace: namespace, options: options)
    }

    public func update<Object: APIObject>(_ object: Object) async throws -> Object {
        try await server.update(object)
    }

    public func updateStatus<Object: HasStatus>(_ object: Object) async throws -> Object {
        try await server.updateStatus(object)
    }

    public func patch<Object: APIObject>(
        _ type: Object.Type, name: String, namespace: String?, patch: Patch, subresource: Subresource?
    ) async throws -> Object {
        try await server.patch(type, name: name, namespace: namespace, patch: patch, subresource: subresource)
    }

    public func delete<Object: APIObject>(
        _ type: Object.Type, name: String, namespace: String?, options: DeleteOptions
    ) async throws -> Object {
        try await server.delete(type, name: name, namespace: namespace, options: options)
    }

    public func watch<Object: APIObject>(
        _ type: Object.Type, namespace: String?, options: WatchOptions
    ) async throws -> WatchStream<Object> {
        try await server.watch(type, namespace: namespace, options: options)
    }

    public func bind(_ binding: Binding) async throws {
        try await server.bind(binding)
    }

    public func getScale<Object: Scalable>(_ type: Object.Type, name: String, namespace: String?) async throws -> Scale {
        try await server.getScale(type, name: name, namespace: namespace)
    }

    public func updateScale<Object: Scalable>(_ type: Object.Type, scale: Scale) async throws -> Scale {
        try await server.updateScale(type, scale: scale)
    }

    public func podLogs(name: String, namespace: String?, options: PodLogOptions) async throws -> PodLogStream {
        try await server.podLogs(name: name, namespace: namespace, options: options)
    }

    public func podMetrics(namespace: String?) async throws -> [PodMetrics] {
        try await server.podMetrics(namespace: namespace)
    }

    public func nodeMetrics() async throws -> [NodeMetrics] {
        try await server.nodeMetrics()
    }
}
