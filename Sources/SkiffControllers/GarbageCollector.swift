// The garbage collector: deletes objects whose owners are gone, and carries out Foreground and
// Orphan deletion of owners. Watches every kind that owns or is owned in Skiff (Pod, ReplicaSet,
// Deployment, DaemonSet, StatefulSet, Job, CronJob, ConfigMap, Secret, Service); owns nothing,
// but writes the ownerReferences and finalizers of what it watches. After Kubernetes'
// pkg/controller/garbagecollector.

import Foundation
import SkiffAPI
import SkiffClient
import SkiffLoop

/// Reconciles owner references (upstream's `attemptToDeleteItem` and
/// `processDeletingDependentsItem`), over an owner graph kept as a per-kind index of dependents
/// by owner uid:
/// - **Background**: an object all of whose owners are gone (NotFound, or a different uid: the
///   name was reused) is deleted; owners that are gone are checked against the API server, never
///   only against a possibly stale cache. References to owners that are gone are removed from an
///   object that still has a live owner.
/// - **Foreground**: an owner with `deletionTimestamp` and the `foregroundDeletion` finalizer
///   (the server adds it for `propagationPolicy: Foreground`) gets its dependents deleted — a
///   dependent that has dependents of its own is deleted in the foreground too — and the
///   finalizer is removed once no dependent with `blockOwnerDeletion` is left.
/// - **Orphan**: an owner with the `orphan` finalizer (`propagationPolicy: Orphan`) has its
///   reference removed from every dependent, then the finalizer removed.
///
/// References to kinds Skiff does not have count as live owners: the collector never deletes on
/// what it cannot check.
///
/// Isolation: an actor on the loop; `run()` processes work until `shutDown()`.
public actor GarbageCollector: LoopBound {
    static let foregroundFinalizer = "foregroundDeletion"
    static let orphanFinalizer = "orphan"

    /// An object in the owner graph.
    struct Identity: Hashable, Sendable {
        var group: String
        var kind: String
        var namespace: String?
        var name: String
        var uid: String
    }

    /// The two kinds of work: look at a dependent, or at an owner being deleted.
    enum Work: Hashable, Sendable {
        case attemptToDelete(Identity)
        case processDeletingOwner(Identity)
    }

    public nonisolated let loop: EventLoop
    private let client: any APIClient
    private let time: any TimeSource
    private let queue: WorkQueue<Work>
    private let workers: Int
    /// Every builtin kind, by `group/kind`; the monitored ones have informers.
    private var kinds: [String: any OwnerGraphKind] = [:]
    private var startWatching: [@Sendable () async -> Void] = []

    /// The kinds watched for owner references.
    static let monitoredKinds: [any APIObject.Type] = [
        Pod.self, ReplicaSet.self, Deployment.self, DaemonSet.self, StatefulSet.self, Job.self, CronJob.self,
        ConfigMap.self, Secret.self, Service.self,
    ]

    public init(client: any APIClient, loop: EventLoop, time: any TimeSource, informers: SharedInformerFactory, workers: Int = 2) async {
        self.client = client
        self.loop = loop
        self.time = time
        self.workers = max(workers, 1)
        self.queue = WorkQueue(loop: loop, time: time)
        for kind in BuiltinKinds.all {
            let info = kind.resourceInfo
            kinds[Self.kindKey(group: info.group, kind: info.kind)] = Self.lookupKind(kind, client: client)
        }
        for kind in Self.monitoredKinds {
            let info = kind.resourceInfo
            kinds[Self.kindKey(group: info.group, kind: info.kind)] = await monitor(kind, informers: informers)
        }
    }

    private static func lookupKind<Object: APIObject>(_ type: Object.Type, client: any APIClient) -> any OwnerGraphKind {
        TypedOwnerGraphKind<Object>(client: client, informer: nil)
    }

    /// Sets up the informer of one watched kind: its dependents index now, its handler in `run()`.
    private func monitor<Object: APIObject>(_ type: Object.Type, informers: SharedInformerFactory) async -> any OwnerGraphKind {
        let informer = await informers.informer(for: type)
        await informer.addIndex(TypedOwnerGraphKind<Object>.ownerIndex) { object in
            (object.metadata.ownerReferences ?? []).map(\.uid)
        }
        startWatching.append { [weak self] in
            await informer.addHandler { [weak self] event in await self?.observe(event) }
            await informer.waitForSync()
        }
        return TypedOwnerGraphKind<Object>(client: client, informer: informer)
    }

    static func kindKey(group: String, kind: String) -> String { group + "/" + kind }

    /// The group of an `apiVersion` (`apps/v1` → `apps`, `v1` → core).
    static func group(ofAPIVersion apiVersion: String) -> String {
        guard let slash = apiVersion.firstIndex(of: "/") else { return "" }
        return String(apiVersion[..<slash])
    }

    private static func identity<Object: APIObject>(of object: Object) -> Identity {
        Identity(
            group: Object.resourceInfo.group, kind: Object.resourceInfo.kind, namespace: object.metadata.namespace,
            name: object.metadata.name ?? "", uid: object.metadata.uid ?? ""
        )
    }

    // MARK: Event handlers: map a change to work and enqueue it.

    private func observe<Object: APIObject>(_ event: Informer<Object>.Event) async {
        switch event {
        case .added(let object):
            await observe(old: nil, new: object)
        case .updated(let old, let new):
            await observe(old: old, new: new)
        case .deleted(let object):
            // Its dependents may now be orphans or unblocked owners.
            let uid = object.metadata.uid ?? ""
            for kind in kinds.values where kind.isMonitored {
                for dependent in await kind.dependents(of: uid) {
                    await queue.add(.attemptToDelete(Identity(
                        group: kind.info.group, kind: kind.info.kind, namespace: dependent.namespace,
                        name: dependent.name ?? "", uid: dependent.uid ?? ""
                    )))
                }
            }
            // Its owners may be waiting for it to go.
            for reference in object.metadata.ownerReferences ?? [] {
                guard let ownerKind = kinds[Self.kindKey(group: Self.group(ofAPIVersion: reference.apiVersion), kind: reference.kind)] else { continue }
                await queue.add(.processDeletingOwner(Identity(
                    group: ownerKind.info.group, kind: ownerKind.info.kind,
                    namespace: ownerKind.info.isNamespaced ? object.metadata.namespace : nil,
                    name: reference.name, uid: reference.uid
                )))
            }
        }
    }

    private func observe<Object: APIObject>(old: Object?, new: Object) async {
        let meta = new.metadata
        let identity = Self.identity(of: new)
        if !(meta.ownerReferences ?? []).isEmpty,
           old == nil || old?.metadata.ownerReferences != meta.ownerReferences
            || old?.metadata.deletionTimestamp != meta.deletionTimestamp {
            await queue.add(.attemptToDelete(identity))
        }
        if meta.deletionTimestamp != nil, meta.hasFinalizer(Self.foregroundFinalizer) || meta.hasFinalizer(Self.orphanFinalizer) {
            await queue.add(.processDeletingOwner(identity))
        }
    }

    // MARK: Run

    /// Registers the handlers, waits for the informers, and runs the workers until `shutDown()`.
    public func run() async {
        for start in startWatching { await start() }
        await queue.runWorkers(workers) { work in try await self.process(work) }
    }

    /// Stops handing out work; `run()` returns once the workers are done.
    public func shutDown() async { await queue.shutDown() }

    private func process(_ work: Work) async throws {
        switch work {
        case .attemptToDelete(let identity): try await attemptToDelete(identity)
        case .processDeletingOwner(let identity): try await processDeletingOwner(identity)
        }
    }

    // MARK: Sync

    /// Deletes a dependent whose owners are all gone or deleting in the foreground, or drops its
    /// references to such owners when a live owner remains.
    func attemptToDelete(_ identity: Identity) async throws {
        guard let kind = kinds[Self.kindKey(group: identity.group, kind: identity.kind)],
              let meta = await kind.cached(name: identity.name, namespace: identity.namespace), meta.uid == identity.uid
        else { return }
        if meta.deletionTimestamp != nil { return }
        let references = meta.ownerReferences ?? []
        if references.isEmpty { return }

        var solid: [OwnerReference] = []
        var dangling: [OwnerReference] = []
        var waiting: [OwnerReference] = []
        for reference in references {
            guard let ownerKind = kinds[Self.kindKey(group: Self.group(ofAPIVersion: reference.apiVersion), kind: reference.kind)] else {
                solid.append(reference)
                continue
            }
            let namespace = ownerKind.info.isNamespaced ? meta.namespace : nil
            var owner = await ownerKind.cached(name: reference.name, namespace: namespace)
            if owner?.uid != reference.uid {
                // The cache may lag behind: only the API server can say an owner is gone.
                owner = try await ownerKind.live(name: reference.name, namespace: namespace)
            }
            guard let owner, owner.uid == reference.uid else {
                dangling.append(reference)
                continue
            }
            if owner.deletionTimestamp != nil, owner.hasFinalizer(Self.foregroundFinalizer) {
                waiting.append(reference)
            } else {
                solid.append(reference)
            }
        }

        if !solid.isEmpty {
            let stale = Set((dangling + waiting).map(\.uid))
            guard !stale.isEmpty else { return }
            try await kind.updateMetadata(name: identity.name, namespace: identity.namespace, uid: identity.uid) { meta in
                let kept = (meta.ownerReferences ?? []).filter { !stale.contains($0.uid) }
                guard kept.count != (meta.ownerReferences ?? []).count else { return false }
                meta.ownerReferences = kept.isEmpty ? nil : kept
                return true
            }
            return
        }
        if !waiting.isEmpty, await hasDependents(identity.uid) {
            // An owner deleting in the foreground waits for the whole subtree.
            try await kind.delete(name: identity.name, namespace: identity.namespace, uid: identity.uid, policy: .foreground)
            return
        }
        let policy: DeleteOptions.PropagationPolicy =
            meta.hasFinalizer(Self.orphanFinalizer) ? .orphan
            : meta.hasFinalizer(Self.foregroundFinalizer) ? .foreground : .background
        try await kind.delete(name: identity.name, namespace: identity.namespace, uid: identity.uid, policy: policy)
    }

    /// Orphans or deletes the dependents of an owner being deleted, then removes its finalizer.
    func processDeletingOwner(_ identity: Identity) async throws {
        guard let kind = kinds[Self.kindKey(group: identity.group, kind: identity.kind)],
              let meta = await kind.cached(name: identity.name, namespace: identity.namespace), meta.uid == identity.uid,
              meta.deletionTimestamp != nil
        else { return }
        let uid = identity.uid
        let dependents = await allDependents(of: uid)

        if meta.hasFinalizer(Self.orphanFinalizer) {
            for (dependentKind, dependent) in dependents {
                try await dependentKind.updateMetadata(name: dependent.name ?? "", namespace: dependent.namespace, uid: dependent.uid ?? "") { meta in
                    let kept = (meta.ownerReferences ?? []).filter { $0.uid != uid }
                    guard kept.count != (meta.ownerReferences ?? []).count else { return false }
                    meta.ownerReferences = kept.isEmpty ? nil : kept
                    return true
                }
            }
            try await removeFinalizer(Self.orphanFinalizer, from: identity, kind: kind)
            return
        }

        guard meta.hasFinalizer(Self.foregroundFinalizer) else { return }
        var blocking = 0
        for (dependentKind, dependent) in dependents {
            let reference = dependent.ownerReferences?.first { $0.uid == uid }
            if reference?.blockOwnerDeletion == true { blocking += 1 }
            if dependent.deletionTimestamp == nil {
                await queue.add(.attemptToDelete(Identity(
                    group: dependentKind.info.group, kind: dependentKind.info.kind, namespace: dependent.namespace,
                    name: dependent.name ?? "", uid: dependent.uid ?? ""
                )))
            }
        }
        if blocking == 0 {
            try await removeFinalizer(Self.foregroundFinalizer, from: identity, kind: kind)
        }
    }

    private func removeFinalizer(_ finalizer: String, from identity: Identity, kind: any OwnerGraphKind) async throws {
        try await kind.updateMetadata(name: identity.name, namespace: identity.namespace, uid: identity.uid) { meta in
            guard meta.hasFinalizer(finalizer) else { return false }
            let kept = (meta.finalizers ?? []).filter { $0 != finalizer }
            meta.finalizers = kept.isEmpty ? nil : kept
            return true
        }
    }

    private func allDependents(of uid: String) async -> [(any OwnerGraphKind, ObjectMeta)] {
        var result: [(any OwnerGraphKind, ObjectMeta)] = []
        for kind in kinds.values where kind.isMonitored {
            for dependent in await kind.dependents(of: uid) { result.append((kind, dependent)) }
        }
        return result
    }

    private func hasDependents(_ uid: String) async -> Bool {
        for kind in kinds.values where kind.isMonitored {
            if !(await kind.dependents(of: uid)).isEmpty { return true }
        }
        return false
    }
}
