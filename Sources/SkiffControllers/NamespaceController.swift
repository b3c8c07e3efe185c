// The namespace controller: empties a namespace being deleted, then lets it go. Watches
// Namespaces; deletes everything namespaced inside a Terminating one, and removes the
// `kubernetes` finalizer from its `spec.finalizers`. After Kubernetes' pkg/controller/namespace.

import Foundation
import SkiffAPI
import SkiffClient
import SkiffLoop

/// Reconciles namespaces with a `deletionTimestamp` (the server marks them `Terminating` and
/// keeps them while `spec.finalizers` holds `kubernetes`):
/// 1. deletes every object of every namespaced builtin kind in it (Background propagation), from
///    a live list, not a cache: nothing may be missed;
/// 2. while some remain (pods in their grace period, objects with finalizers), re-queues after
///    `recheckInterval` on the injected clock (upstream estimates the longest grace period);
/// 3. when none remain, removes `kubernetes` from `spec.finalizers` with an ordinary `update`
///    guarded by the resourceVersion — Skiff has no `finalize` subresource, and its server
///    lets a main-resource update change `spec.finalizers` — and the server then removes the
///    namespace.
///
/// Isolation: an actor on the loop; `run()` processes keys until `shutDown()`.
public actor NamespaceController: LoopBound {
    public static let finalizer = "kubernetes"

    /// The controller's settings.
    public struct Options: Sendable {
        /// How soon to look again at a namespace whose contents are still going.
        public var recheckInterval: Duration = .seconds(1)
        public init() {}
    }

    public nonisolated let loop: EventLoop
    private let client: any APIClient
    private let time: any TimeSource
    private let options: Options
    private let namespaces: Informer<Namespace>
    private let queue: WorkQueue<String>

    public init(client: any APIClient, loop: EventLoop, time: any TimeSource, informers: SharedInformerFactory, options: Options = Options()) async {
        self.client = client
        self.loop = loop
        self.time = time
        self.options = options
        self.namespaces = await informers.informer(for: Namespace.self)
        self.queue = WorkQueue(loop: loop, time: time)
    }

    // MARK: Event handlers

    private func namespaceChanged(_ event: Informer<Namespace>.Event) async {
        switch event {
        case .added(let namespace), .updated(_, let namespace):
            if namespace.metadata.deletionTimestamp != nil { await queue.add(namespace.metadata.name ?? "") }
        case .deleted:
            break
        }
    }

    // MARK: Run

    /// Registers the handler, waits for the informer, and runs a worker until `shutDown()`.
    public func run() async {
        await namespaces.addHandler { [weak self] event in await self?.namespaceChanged(event) }
        await namespaces.waitForSync()
        await queue.runWorkers { key in try await self.sync(key) }
    }

    /// Stops handing out keys; `run()` returns once the worker is done.
    public func shutDown() async { await queue.shutDown() }

    // MARK: Sync

    /// Deletes the namespace's contents, or finalizes it once they are gone.
    func sync(_ name: String) async throws {
        guard let namespace = await namespaces.get(name: name, namespace: nil), namespace.metadata.deletionTimestamp != nil,
              namespace.spec?.finalizers?.contains(Self.finalizer) == true
        else { return }
        var remaining = 0
        for kind in BuiltinKinds.all where kind.resourceInfo.isNamespaced {
            remaining += try await deleteContents(kind, in: name)
        }
        if remaining > 0 {
            await queue.addAfter(name, delay: options.recheckInterval)
            return
        }
        var copy = try await client.get(Namespace.self, name: name, namespace: nil)
        guard copy.metadata.uid == namespace.metadata.uid else { return }
        let kept = (copy.spec?.finalizers ?? []).filter { $0 != Self.finalizer }
        copy.spec?.finalizers = kept.isEmpty ? nil : kept
        do {
            _ = try await client.update(copy)
        } catch let status as Status where status.code == 404 {
            return
        }
    }

    /// Deletes every object of one kind in `namespace` (opening the `any APIObject.Type`
    /// existential); returns how many are still there.
    private func deleteContents<Object: APIObject>(_ type: Object.Type, in namespace: String) async throws -> Int {
        let items = try await client.list(type, namespace: namespace, options: ListOptions()).items
        var remaining = 0
        for item in items {
            if item.metadata.deletionTimestamp == nil {
                do {
                    let after = try await client.delete(
                        type, name: item.metadata.name ?? "", namespace: namespace,
                        options: DeleteOptions(propagationPolicy: .background, preconditions: .init(uid: item.metadata.uid))
                    )
                    if after.metadata.deletionTimestamp != nil { remaining += 1 }
                } catch let status as Status where status.code == 404 || status.code == 409 {
                    // Gone already, or replaced meanwhile: the next pass sees the new one.
                    if status.code == 409 { remaining += 1 }
                }
            } else {
                remaining += 1
            }
        }
        return remaining
    }
}
