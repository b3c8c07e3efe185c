import SkiffAPI
import SkiffClient

/// The garbage collector's typed door to one kind: its informer's cache (for the kinds it
/// watches) and the API (for every kind), behind a protocol so the collector can walk owner
/// references of any kind without knowing the type.
protocol OwnerGraphKind: Sendable {
    var info: ResourceInfo { get }
    /// Whether the collector watches this kind (keeps a cache and a dependents index).
    var isMonitored: Bool { get }
    /// The cached metadata of one object.
    func cached(name: String, namespace: String?) async -> ObjectMeta?
    /// Cached objects with an owner reference to `ownerUID`.
    func dependents(of ownerUID: String) async -> [ObjectMeta]
    /// The object's metadata as the API server has it now; nil when it is gone.
    func live(name: String, namespace: String?) async throws -> ObjectMeta?
    /// Deletes the object if it still has `uid`.
    func delete(name: String, namespace: String?, uid: String, policy: DeleteOptions.PropagationPolicy) async throws
    /// Re-reads the object, applies `change` to its metadata, and writes it back (retrying lost
    /// races); does nothing when the object is gone, has another uid, or `change` returns false.
    func updateMetadata(name: String, namespace: String?, uid: String, _ change: @Sendable (inout ObjectMeta) -> Bool) async throws
}

/// `OwnerGraphKind` for `Object`.
struct TypedOwnerGraphKind<Object: APIObject>: OwnerGraphKind {
    static var ownerIndex: String { "ownerUID" }

    let client: any APIClient
    let informer: Informer<Object>?

    var info: ResourceInfo { Object.resourceInfo }
    var isMonitored: Bool { informer != nil }

    func cached(name: String, namespace: String?) async -> ObjectMeta? {
        await informer?.get(name: name, namespace: namespace)?.metadata
    }

    func dependents(of ownerUID: String) async -> [ObjectMeta] {
        await informer?.byIndex(Self.ownerIndex, ownerUID).map(\.metadata) ?? []
    }

    func live(name: String, namespace: String?) async throws -> ObjectMeta? {
        do {
            return try await client.get(Object.self, name: name, namespace: namespace).metadata
        } catch let status as Status where status.code == 404 {
            return nil
        }
    }

    func delete(name: String, namespace: String?, uid: String, policy: DeleteOptions.PropagationPolicy) async throws {
        do {
            _ = try await client.delete(
                Object.self, name: name, namespace: namespace,
                options: DeleteOptions(propagationPolicy: policy, preconditions: .init(uid: uid))
            )
        } catch let status as Status where status.code == 404 {
            return
        }
    }

    func updateMetadata(name: String, namespace: String?, uid: String, _ change: @Sendable (inout ObjectMeta) -> Bool) async throws {
        for attempt in 0..<5 {
            do {
                var object = try await client.get(Object.self, name: name, namespace: namespace)
                guard object.metadata.uid == uid, change(&object.metadata) else { return }
                _ = try await client.update(object)
                return
            } catch let status as Status where status.code == 404 {
                return
            } catch let status as Status where status.code == 409 && attempt < 4 {
                continue
            }
        }
    }
}
