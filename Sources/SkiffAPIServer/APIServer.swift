import Foundation
import SkiffAPI
import SkiffClient
import SkiffLoop
import SkiffStore

/// Kubernetes' REST semantics over a `Store`, for every registered kind.
///
/// The API server alone talks to the store. It assigns uid, creationTimestamp, generation and
/// resourceVersion (the store's global revision, as a string); applies defaults, validation and
/// admission; keeps spec and status separate writes; implements graceful deletion with
/// finalizers; and serves watches from a per-kind watch cache that decodes each change once.
///
/// Isolation: an actor on the process's event loop. Calls interleave at store writes, which is
/// what lets the store batch concurrent writes into one durable commit.
/// Failure: every method throws a `Status`; a failed write changes nothing stored.
public actor APIServer: LoopBound {
    /// Tunables; the defaults follow Kubernetes and etcd.
    public struct Options: Sendable {
        /// Largest encoded object accepted (etcd's 1.5 MiB).
        public var maxObjectSize = 1_572_864
        /// Events a watcher may fall behind before it is ended with `Expired`.
        public var watchBufferCapacity = 10_000
        /// Changes per kind kept so a watch may resume from a recent resourceVersion.
        public var watchHistoryCapacity = 10_000
        /// How often watchers that asked for them get a `BOOKMARK`.
        public var bookmarkInterval: Duration = .seconds(60)
        /// How often the store's history is compacted, keeping one interval of it (Kubernetes'
        /// `--etcd-compaction-interval`, 5 minutes); nil never compacts.
        public var compactionInterval: Duration? = .seconds(300)
        public init() {}
    }

    public nonisolated let loop: EventLoop
    let store: any Store
    let time: any TimeSource
    let options: Options
    private var names = NameGenerator()
    private var caches: [ObjectIdentifier: any KindWatchCache] = [:]
    private var cachesByResource: [Substring: any KindWatchCache] = [:]
    private var storeWatch: StoreWatch?
    /// The typed objects of this server's own writes, by revision, until the watch cache sees
    /// their store events: the cache then fans out the object it already has instead of
    /// decoding the bytes it was just given (the dominant cost of a write otherwise).
    private var recentWrites: [Int64: RecentWrite] = [:]
    /// The typed objects of recent writes by key: a read-modify-write of an object this server
    /// just wrote (a pod's binding, a status update) skips decoding it.
    private var recentObjects = RecentObjects(capacity: 8_192)
    /// The revision of the last store event dispatched to the watch cache.
    private var dispatchedRevision: Int64 = 0
    /// How often an unpinned write retries after losing a compare-and-swap. Each retry first waits
    /// for the winning commit, so this bounds contention (n writers on one object need up to n
    /// attempts), not spinning; Kubernetes' GuaranteedUpdate retries without bound.
    static let maxWriteAttempts = 1_000
    /// Writers that lost a compare-and-swap to a write still being committed, waiting for it.
    private var revisionWaiters: [(revision: Int64, continuation: CheckedContinuation<Void, Never>)] = []
    /// Admission's view of each namespace, by the revision it was read at: a create decodes its
    /// namespace only when the namespace changed since the last create in it.
    private var namespaceAdmission: [String: (revision: Int64, isTerminating: Bool)] = [:]
    /// Priority admission's in-memory table of PriorityClasses (dropped on every class write).
    private var priorityAdmission = PriorityAdmission()
    /// How container logs and metrics are read from the node agents; none until one is set.
    var kubeletClient: (any KubeletClient)?
    private var backgroundTasks: [Task<Void, Never>] = []
    private var isRunning = false
    /// Runs each write's `WritePreparation` off the loop (after `stop()`, on the caller).
    private let worker: WorkerThread

    /// An API server over `store` serving `kinds` (every built-in kind by default).
    /// Call `start()` before use.
    public init(
        store: any Store, loop: EventLoop, time: any TimeSource,
        kinds: [any APIObject.Type] = BuiltinKinds.all, options: Options = Options()
    ) {
        self.store = store
        self.loop = loop
        self.time = time
        self.options = options
        self.worker = WorkerThread(name: "apiserver-work", settling: loop)
        var caches: [ObjectIdentifier: any KindWatchCache] = [:]
        for kind in kinds {
            caches[ObjectIdentifier(kind)] = Self.makeCache(for: kind, capacity: options.watchHistoryCapacity)
        }
        self.caches = caches
        var byResource: [Substring: any KindWatchCache] = [:]
        for cache in caches.values { byResource[Substring(cache.info.qualifiedResource)] = cache }
        self.cachesByResource = byResource
    }

    private static func makeCache<Object: APIObject>(for kind: Object.Type, capacity: Int) -> any KindWatchCache {
        WatchCache<Object>(startRevision: 0, historyCapacity: capacity)
    }

    /// Starts the watch cache and makes sure the `default`, `kube-system`, `kube-public` and
    /// `kube-node-lease` namespaces exist.
    public func start() async throws {
        guard !isRunning else { return }
        isRunning = true
        try await startStoreWatch()
        for name in ["default", "kube-system", "kube-public", "kube-node-lease"] {
            do {
                _ = try await create(Namespace(metadata: ObjectMeta(name: name)))
            } catch let status as Status where status.reason == .alreadyExists {
                continue
            }
        }
        let interval = options.bookmarkInterval
        backgroundTasks.append(Task(executorPreference: loop.taskExecutor) { [weak self] in
            while !Task.isCancelled {
                guard let self else { return }
                do { try await self.time.sleep(for: interval) } catch { return }
                await self.sendBookmarks()
            }
        })
        if let compaction = options.compactionInterval {
            backgroundTasks.append(Task(executorPreference: loop.taskExecutor) { [weak self, store, time] in
                // Compact to the revision seen one interval ago, so watchers always have at
                // least one interval of history to resume from.
                var previous: Int64?
                while !Task.isCancelled {
                    do { try await time.sleep(for: compaction) } catch { return }
                    guard self != nil, let current = try? await store.currentRevision() else { return }
                    if let previous, previous > 0 { try? await store.compact(upTo: previous) }
                    previous = current
                }
            })
        }
    }

    /// Ends every watch and stops background work. The store is the caller's to close.
    public func stop() {
        isRunning = false
        storeWatch?.cancel()
        storeWatch = nil
        resumeRevisionWaiters(upTo: .max)
        for task in backgroundTasks { task.cancel() }
        backgroundTasks = []
        for cache in caches.values { cache.closeAll() }
        worker.stop()
    }

    private func startStoreWatch() async throws {
        let revision = try await store.currentRevision()
        for cache in caches.values { cache.reset(startRevision: revision) }
        let watch = try await store.watch(prefix: StorageKey.root, afterRevision: revision)
        storeWatch = watch
        backgroundTasks.append(Task { await self.consume(watch) })
    }

    /// Feeds the watch caches from the store, isolated to the server: a consumer that hopped to
    /// the server per event would advance one event per turn of a loop queue full of writers,
    /// fall behind a write burst, overflow its buffer and reset every cache.
    ///
    /// The store publishes a durable group *before* resuming its writers, and a writer hands its
    /// typed object over (`remember`) only when it resumes: dispatching at once would make the
    /// cache decode every write. So each batch waits one turn of the loop (`Task.yield()`) — by
    /// then the writers of every event buffered so far have run — and is then dispatched
    /// without further hops.
    private func consume(_ watch: StoreWatch) async {
        do {
            while let first = try await watch.next() {
                let buffered = watch.bufferedCount
                await Task.yield()
                dispatch(first)
                for _ in 0..<buffered {
                    guard let event = try await watch.next() else { return }
                    dispatch(event)
                }
            }
        } catch {
            // The cache fell behind the store or the store closed: every watcher re-lists.
            await storeWatchEnded(watch)
        }
    }

    private func dispatch(_ event: StoreEvent) {
        dispatchedRevision = event.revision
        if !revisionWaiters.isEmpty { resumeRevisionWaiters(upTo: event.revision) }
        let known = recentWrites.removeValue(forKey: event.revision)
        guard let resource = StorageKey.resource(ofKey: event.current.key),
              let cache = cachesByResource[resource]
        else { return }
        if resource == PriorityClass.resourceInfo.qualifiedResource { priorityAdmission.invalidate() }
        cache.apply(event, known: known)
    }

    /// Hands the watch cache the typed result of a write, unless its event was already dispatched.
    /// Takes the object boxed, so a caller that also keeps it in `recentObjects` shares one box
    /// (boxing a Pod copies it).
    private func remember(_ object: any APIObject, previous: (any APIObject)?, revision: Int64) {
        if type(of: object) == PriorityClass.self { priorityAdmission.invalidate() }
        guard revision > dispatchedRevision else { return }
        recentWrites[revision] = RecentWrite(object: object, previous: previous)
        if recentWrites.count > 100_000 {
            // Events that never came (the store watch was restarted): forget them.
            recentWrites = recentWrites.filter { $0.key > dispatchedRevision }
        }
    }

    /// Waits until the write `current` (which won a compare-and-swap against us and may still be
    /// committing) has reached the watch cache, so the retry reads it instead of the value it
    /// replaced — without this, a retry loop spins through its attempts within one commit.
    private func waitForCommit(of current: KeyValue) async {
        guard current.modRevision > dispatchedRevision, storeWatch != nil else { return }
        await withCheckedContinuation { revisionWaiters.append((current.modRevision, $0)) }
    }

    private func resumeRevisionWaiters(upTo revision: Int64) {
        var remaining: [(revision: Int64, continuation: CheckedContinuation<Void, Never>)] = []
        for waiter in revisionWaiters {
            if waiter.revision <= revision { waiter.continuation.resume() } else { remaining.append(waiter) }
        }
        revisionWaiters = remaining
    }

    private func storeWatchEnded(_ watch: StoreWatch) async {
        guard isRunning, storeWatch === watch else { return }
        storeWatch = nil
        resumeRevisionWaiters(upTo: .max)
        recentWrites = [:]
        try? await startStoreWatch()
    }

    private func sendBookmarks() async {
        guard let revision = try? await store.currentRevision() else { return }
        for cache in caches.values {
            cache.observe(revision: revision)
            cache.sendBookmarks()
        }
    }

    /// Number of open watches of `kind` (for tests and metrics).
    public func watcherCount<Object: APIObject>(of kind: Object.Type) -> Int {
        caches[ObjectIdentifier(kind)]?.watcherCount ?? 0
    }

    // MARK: - Create

    /// Creates an object; see `APIClient.create`.
    public func create<Object: APIObject>(_ input: Object) async throws -> Object {
        let info = try registered(Object.self)
        var object = input
        object.metadata.namespace = try namespaceForCreate(object.metadata.namespace, info: info)
        if (object.metadata.name ?? "").isEmpty, let base = object.metadata.generateName, !base.isEmpty {
            object.metadata.name = names.generate(base: base)
        }
        let name = object.metadata.name ?? ""
        if info.isNamespaced, let namespace = object.metadata.namespace {
            try await admitNamespace(namespace, creating: info, name: name)
        }
        object.metadata.uid = UIDGenerator.generate()
        object.metadata.creationTimestamp = Time(time.now())
        object.metadata.deletionTimestamp = nil
        object.metadata.deletionGracePeriodSeconds = nil
        object.metadata.resourceVersion = nil
        object.metadata.generation = 1
        object.setTypeMeta()
        ObjectLifecycle.prepareForCreate(&object)
        object.applyDefaults()
        if Object.self == Pod.self, var pod = object as? Pod {
            try await admitPriority(&pod)
            object = pod as? Object ?? object
        }
        let key = StorageKey.key(for: info, namespace: object.metadata.namespace, name: name)
        let prepared = object
        let maxSize = options.maxObjectSize
        let bytes = try await worker.run { try WritePreparation.create(prepared, info: info, maxSize: maxSize) }
        do {
            let stored = try await store.create(key, value: bytes)
            object.metadata.resourceVersion = String(stored.modRevision)
            let boxed: any APIObject = object
            remember(boxed, previous: nil, revision: stored.modRevision)
            // Objects with a status are the ones written again right after they are created (a
            // pod's binding, a controller's first status); the rest (Events above all, one per
            // scheduled pod) would only push those out of the bounded table.
            if Object.self is any HasStatus.Type {
                recentObjects.insert(key: key, revision: stored.modRevision, object: boxed)
            }
            return object
        } catch StoreError.keyExists {
            throw Status.alreadyExists(resource: info.plural, group: info.group, name: name)
        } catch {
            throw Self.status(from: error, info: info, name: name)
        }
    }

    private func namespaceForCreate(_ namespace: String?, info: ResourceInfo) throws -> String? {
        guard info.isNamespaced else { return nil }
        guard let namespace, !namespace.isEmpty else { return "default" }
        return namespace
    }

    /// Admission: a namespaced object needs an existing namespace that is not terminating.
    private func admitNamespace(_ namespace: String, creating info: ResourceInfo, name: String) async throws {
        let key = StorageKey.key(for: Namespace.resourceInfo, namespace: nil, name: namespace)
        guard let stored = try await storeCall({ try await self.store.get(key) }, info: info, name: name) else {
            namespaceAdmission[namespace] = nil
            throw Status.notFound(resource: "namespaces", name: namespace)
        }
        let isTerminating: Bool
        if let known = namespaceAdmission[namespace], known.revision == stored.modRevision {
            isTerminating = known.isTerminating
        } else {
            let object = try JSONCodec.decode(Namespace.self, from: stored.value)
            isTerminating = object.metadata.deletionTimestamp != nil || object.status?.phase == .terminating
            namespaceAdmission[namespace] = (stored.modRevision, isTerminating)
        }
        if isTerminating {
            throw Status.forbidden(
                resource: info.plural, group: info.group, name: name,
                why: "unable to create new content in namespace \(namespace) because it is being terminated"
            )
        }
    }

    /// Admission: resolves the pod's priority class (see `PriorityAdmission`), loading the
    /// classes from the store when a class write dropped the table.
    private func admitPriority(_ pod: inout Pod) async throws {
        if priorityAdmission.classes == nil {
            let generation = priorityAdmission.generation
            let info = PriorityClass.resourceInfo
            let page = try await storeCall(
                { try await self.store.range(prefix: StorageKey.prefix(for: info), startAfter: nil, limit: nil) },
                info: info, name: ""
            )
            let classes = try page.items.map { try decodeStored(PriorityClass.self, $0) }
            priorityAdmission.install(classes, loadedAt: generation)
        }
        try priorityAdmission.admit(&pod)
    }

    // MARK: - Read

    /// Reads one object; see `APIClient.get`.
    public func get<Object: APIObject>(_ type: Object.Type, name: String, namespace: String?) async throws -> Object {
        let info = try registered(Object.self)
        let key = StorageKey.key(for: info, namespace: scopedNamespace(namespace, info), name: name)
        guard let stored = try await storeCall({ try await self.store.get(key) }, info: info, name: name) else {
            throw Status.notFound(resource: info.plural, group: info.group, name: name)
        }
        return try decodeStored(Object.self, stored)
    }

    /// Lists objects; see `APIClient.list`. Pages (`limit`/`continue`) walk keys in order; every
    /// page reports the resourceVersion of the first.
    public func list<Object: APIObject>(
        _ type: Object.Type, namespace: String?, options: ListOptions
    ) async throws -> ObjectList<Object> {
        let info = try registered(Object.self)
        let filter = try WatchFilter<Object>(
            namespace: collectionNamespace(namespace, info), labelSelector: options.labelSelector,
            fieldSelector: options.fieldSelector
        )
        if let limit = options.limit, limit < 0 {
            throw Status.badRequest("limit must not be negative", field: "limit")
        }
        let token = try options.continue.flatMap { $0.isEmpty ? nil : try ContinueToken(decoding: $0) }
        let prefix = StorageKey.prefix(for: info, namespace: filter.namespace)
        if let token, !token.startAfter.hasPrefix(prefix) {
            throw Status.badRequest("continue token does not belong to this list", field: "continue")
        }
        let limit = options.limit.flatMap { $0 > 0 ? $0 : nil }
        var items: [Object] = []
        var cursor = token?.startAfter
        var revision: Int64?
        var more = false
        while true {
            let pageSize = limit.map { max($0 - items.count, 64) }
            let page = try await storeCall(
                { try await self.store.range(prefix: prefix, startAfter: cursor, limit: pageSize) }, info: info, name: ""
            )
            if revision == nil { revision = page.revision }
            for stored in page.items {
                cursor = stored.key
                let object = try decodeStored(Object.self, stored)
                guard filter.matches(object) else { continue }
                items.append(object)
                if let limit, items.count == limit { break }
            }
            if let limit, items.count == limit {
                more = page.hasMore || cursor != page.items.last?.key
                break
            }
            if !page.hasMore { break }
        }
        let listRevision = token?.resourceVersion ?? revision ?? 0
        var metadata = ListMeta(resourceVersion: String(listRevision))
        if more, let cursor {
            metadata.continue = ContinueToken(resourceVersion: listRevision, startAfter: cursor).encoded()
        }
        return ObjectList(items: items, metadata: metadata)
    }

    // MARK: - Update

    /// Replaces spec and metadata; see `APIClient.update`. The status is kept as stored.
    public func update<Object: APIObject>(_ input: Object) async throws -> Object {
        let info = try registered(Object.self)
        let name = try requireName(input.metadata.name, info: info)
        let namespace = scopedNamespace(input.metadata.namespace, info)
        return try await guaranteedUpdate(
            Object.self, name: name, namespace: namespace, precondition: input.metadata.resourceVersion
        ) { old in
            var object = input
            ObjectLifecycle.keepStatus(of: old, in: &object)
            return object
        }
    }

    /// Replaces the status only; see `APIClient.updateStatus`.
    public func updateStatus<Object: HasStatus>(_ input: Object) async throws -> Object {
        let info = try registered(Object.self)
        let name = try requireName(input.metadata.name, info: info)
        let namespace = scopedNamespace(input.metadata.namespace, info)
        return try await guaranteedUpdate(
            Object.self, name: name, namespace: namespace, precondition: input.metadata.resourceVersion
        ) { old in
            var object = old
            object.status = input.status
            return object
        }
    }

    /// Applies a merge, JSON or strategic merge patch; see `APIClient.patch`.
    public func patch<Object: APIObject>(
        _ type: Object.Type, name: String, namespace: String?, patch: Patch, subresource: Subresource?
    ) async throws -> Object {
        let info = try registered(Object.self)
        let namespace = scopedNamespace(namespace, info)
        let document = try PatchDocument(patch)
        switch subresource {
        case nil:
            return try await guaranteedUpdate(
                Object.self, name: name, namespace: namespace, precondition: document.resourceVersion
            ) { old in
                var object = try document.apply(to: old, info: info)
                ObjectLifecycle.keepStatus(of: old, in: &object)
                return object
            }
        case .status?:
            return try await guaranteedUpdate(
                Object.self, name: name, namespace: namespace, precondition: document.resourceVersion
            ) { old in
                let patched = try document.apply(to: old, info: info)
                var object = old
                ObjectLifecycle.copyStatus(from: patched, to: &object)
                return object
            }
        case let other?:
            throw Status.methodNotAllowed("patch is not supported on the \(other.rawValue) subresource of \(info.plural)")
        }
    }

    /// Kubernetes' GuaranteedUpdate: read, transform, write with compare-and-swap; retried on a
    /// lost race unless the caller pinned a resourceVersion (then a stale one is a `Conflict`).
    private func guaranteedUpdate<Object: APIObject>(
        _ type: Object.Type, name: String, namespace: String?, precondition: String?,
        validates: Bool = true, transform: (Object) throws -> Object
    ) async throws -> Object {
        let info = Object.resourceInfo
        let key = StorageKey.key(for: info, namespace: namespace, name: name)
        let pinned = try precondition.flatMap { try parseResourceVersion($0, allowEmpty: true) }
        for _ in 0..<Self.maxWriteAttempts {
            guard let stored = try await storeCall({ try await self.store.get(key) }, info: info, name: name) else {
                throw Status.notFound(resource: info.plural, group: info.group, name: name)
            }
            if let pinned, pinned != stored.modRevision {
                throw Status.conflict(resource: info.plural, group: info.group, name: name)
            }
            let old = try recentObjects.object(Object.self, key: key, revision: stored.modRevision) ?? decodeStored(Object.self, stored)
            var transformed = try transform(old)
            try prepareUpdate(&transformed, old: old, info: info, name: name, namespace: namespace)
            let proposed = transformed
            let maxSize = options.maxObjectSize
            let outcome = try await worker.run {
                try WritePreparation.update(
                    proposed, old: old, info: info, name: name, validates: validates, maxSize: maxSize
                )
            }
            guard case .write(var object, let bytes) = outcome else {
                guard case .vanishes(var object) = outcome else { return old }  // unchanged
                do {
                    let (_, revision) = try await store.delete(key, expectedRevision: stored.modRevision)
                    var last = old
                    last.metadata.resourceVersion = String(revision)
                    remember(last, previous: old, revision: revision)
                    object.metadata.resourceVersion = String(revision)
                    return object
                } catch StoreError.revisionMismatch(let current) {
                    if pinned != nil { throw Status.conflict(resource: info.plural, group: info.group, name: name) }
                    await waitForCommit(of: current)
                    continue
                }
            }
            do {
                let updated = try await store.update(key, value: bytes, expectedRevision: stored.modRevision)
                object.metadata.resourceVersion = String(updated.modRevision)
                let boxed: any APIObject = object
                remember(boxed, previous: old, revision: updated.modRevision)
                recentObjects.insert(key: key, revision: updated.modRevision, object: boxed)
                return object
            } catch StoreError.revisionMismatch(let current) {
                if pinned != nil { throw Status.conflict(resource: info.plural, group: info.group, name: name) }
                await waitForCommit(of: current)
                continue
            } catch StoreError.notFound {
                throw Status.notFound(resource: info.plural, group: info.group, name: name)
            } catch {
                throw Self.status(from: error, info: info, name: name)
            }
        }
        throw Status.conflict(
            resource: info.plural, group: info.group, name: name,
            message: "too many concurrent updates; please retry"
        )
    }

    /// System-owned metadata comes from the stored object, then the defaults; the rest of the
    /// checks are `WritePreparation.update`'s.
    private func prepareUpdate<Object: APIObject>(
        _ object: inout Object, old: Object, info: ResourceInfo, name: String, namespace: String?
    ) throws {
        if let given = object.metadata.name, given != name {
            throw Status.badRequest("the name of the object (\(given)) does not match the name on the URL (\(name))", field: "metadata.name")
        }
        if info.isNamespaced, let given = object.metadata.namespace, !given.isEmpty, given != namespace {
            throw Status.badRequest(
                "the namespace of the object (\(given)) does not match the namespace on the request (\(namespace ?? ""))",
                field: "metadata.namespace"
            )
        }
        object.metadata.name = old.metadata.name
        object.metadata.namespace = old.metadata.namespace
        object.metadata.uid = old.metadata.uid
        object.metadata.creationTimestamp = old.metadata.creationTimestamp
        object.metadata.deletionTimestamp = old.metadata.deletionTimestamp
        object.metadata.deletionGracePeriodSeconds = old.metadata.deletionGracePeriodSeconds
        object.metadata.generateName = object.metadata.generateName ?? old.metadata.generateName
        object.metadata.resourceVersion = old.metadata.resourceVersion
        object.metadata.generation = old.metadata.generation
        object.setTypeMeta()
        ObjectLifecycle.carryOverAssignedFields(from: old, to: &object)
        object.applyDefaults()
    }

    // MARK: - Delete

    /// Deletes an object; see `APIClient.delete`. Finalizers, a pod's grace period on its node,
    /// or `Foreground`/`Orphan` propagation keep the object with `deletionTimestamp` set.
    public func delete<Object: APIObject>(
        _ type: Object.Type, name: String, namespace: String?, options: DeleteOptions
    ) async throws -> Object {
        let info = try registered(Object.self)
        let namespace = scopedNamespace(namespace, info)
        let key = StorageKey.key(for: info, namespace: namespace, name: name)
        for _ in 0..<Self.maxWriteAttempts {
            guard let stored = try await storeCall({ try await self.store.get(key) }, info: info, name: name) else {
                throw Status.notFound(resource: info.plural, group: info.group, name: name)
            }
            var object = try decodeStored(Object.self, stored)
            if let preconditions = options.preconditions {
                if let uid = preconditions.uid, uid != object.metadata.uid {
                    throw Status.conflict(
                        resource: info.plural, group: info.group, name: name,
                        message: "Precondition failed: UID in precondition: \(uid), UID in object meta: \(object.metadata.uid ?? "")"
                    )
                }
                if let version = preconditions.resourceVersion, version != object.metadata.resourceVersion {
                    throw Status.conflict(
                        resource: info.plural, group: info.group, name: name,
                        message: "Precondition failed: ResourceVersion in precondition: \(version), ResourceVersion in object meta: \(object.metadata.resourceVersion ?? "")"
                    )
                }
            }
            let old = object
            let graceful = ObjectLifecycle.beginDeletion(
                &object, options: options, now: Time(time.now())
            )
            if graceful {
                if object == old { return old }
                let bytes = try WritePreparation.encode(object, info: info, maxSize: self.options.maxObjectSize)
                do {
                    let updated = try await store.update(key, value: bytes, expectedRevision: stored.modRevision)
                    object.metadata.resourceVersion = String(updated.modRevision)
                    remember(object, previous: old, revision: updated.modRevision)
                    return object
                } catch StoreError.revisionMismatch(let current) {
                    await waitForCommit(of: current)
                    continue
                } catch {
                    throw Self.status(from: error, info: info, name: name)
                }
            }
            do {
                let (_, revision) = try await store.delete(key, expectedRevision: stored.modRevision)
                object = old
                object.metadata.resourceVersion = String(revision)
                remember(object, previous: old, revision: revision)
                return object
            } catch StoreError.revisionMismatch(let current) {
                await waitForCommit(of: current)
                continue
            } catch StoreError.notFound {
                throw Status.notFound(resource: info.plural, group: info.group, name: name)
            } catch {
                throw Self.status(from: error, info: info, name: name)
            }
        }
        throw Status.conflict(resource: info.plural, group: info.group, name: name, message: "too many concurrent updates; please retry")
    }

    // MARK: - Watch

    /// Watches one kind; see `APIClient.watch` and `WatchOptions` for where it starts.
    public func watch<Object: APIObject>(
        _ type: Object.Type, namespace: String?, options: WatchOptions
    ) async throws -> WatchStream<Object> {
        let info = try registered(Object.self)
        guard let cache = caches[ObjectIdentifier(Object.self)] as? WatchCache<Object> else {
            throw Status.internalError("no watch cache for \(info.plural)")
        }
        let filter = try WatchFilter<Object>(
            namespace: collectionNamespace(namespace, info), labelSelector: options.labelSelector,
            fieldSelector: options.fieldSelector
        )
        let requested = try options.resourceVersion.flatMap { try parseResourceVersion($0, allowEmpty: true) }
        let sendsInitialEvents = options.sendInitialEvents ?? (requested == nil || requested == 0)
        if options.sendInitialEvents == true, !options.allowWatchBookmarks {
            throw Status.invalid(
                kind: "ListOptions", group: "meta.k8s.io", name: "",
                causes: [.forbidden("allowWatchBookmarks", "sendInitialEvents requires setting allowWatchBookmarks to true")]
            )
        }
        let expired = Status.expired("the watch fell too far behind; re-list and watch again")
        guard sendsInitialEvents else {
            // No version and no initial events: start from now.
            let start: Int64
            if let requested, requested > 0 {
                start = requested
            } else {
                start = try await storeCall({ try await self.store.currentRevision() }, info: info, name: "")
            }
            let channel = WatchStream<Object>(capacity: self.options.watchBufferCapacity) { expired }
            try cache.subscribe(
                channel: channel, filter: filter, afterRevision: start,
                sendsBookmarks: options.allowWatchBookmarks
            )
            return channel
        }
        var initial: [WatchEvent<Object>] = []
        let prefix = StorageKey.prefix(for: info, namespace: filter.namespace)
        let page = try await storeCall(
            { try await self.store.range(prefix: prefix, startAfter: nil, limit: nil) }, info: info, name: ""
        )
        for stored in page.items {
            let object = try decodeStored(Object.self, stored)
            if filter.matches(object) { initial.append(WatchEvent(type: .added, object: object)) }
        }
        if options.sendInitialEvents == true {
            let end = try WatchCache<Object>.bookmark(
                revision: page.revision, annotations: ["k8s.io/initial-events-end": "true"]
            )
            initial.append(WatchEvent(type: .bookmark, object: end))
        }
        let channel = WatchStream<Object>(capacity: self.options.watchBufferCapacity + initial.count) { expired }
        channel.send(contentsOf: initial)
        try cache.subscribe(
            channel: channel, filter: filter, afterRevision: page.revision, sendsBookmarks: options.allowWatchBookmarks
        )
        return channel
    }

    // MARK: - Subresources

    /// Binds a pod to a node: sets `spec.nodeName` and the `PodScheduled` condition. A pod that
    /// is already bound or being deleted is a `Conflict`.
    public func bind(_ binding: Binding) async throws {
        let info = Pod.resourceInfo
        let name = try requireName(binding.metadata.name, info: info)
        guard let target = binding.target.name, !target.isEmpty else {
            throw Status.invalid(kind: "Binding", name: name, causes: [.required("target.name")])
        }
        let namespace = scopedNamespace(binding.metadata.namespace, info)
        _ = try await guaranteedUpdate(
            // As Kubernetes' binding, a write of the stored pod's own fields: not validated again
            // (the pod was validated when written; a Pod's validation is ~10 µs per binding).
            Pod.self, name: name, namespace: namespace, precondition: nil, validates: false
        ) { old in
            if let uid = binding.metadata.uid, uid != old.metadata.uid {
                throw Status.conflict(resource: "pods", name: name, message: "the UID in the binding does not match the pod")
            }
            if old.metadata.deletionTimestamp != nil {
                throw Status.conflict(resource: "pods/binding", name: name, message: "pod \(name) is being deleted, cannot be assigned to a host")
            }
            if let current = old.spec?.nodeName, !current.isEmpty {
                throw Status.conflict(resource: "pods/binding", name: name, message: "pod \(name) is already assigned to node \"\(current)\"")
            }
            var pod = old
            ObjectLifecycle.assign(&pod, toNode: target, now: Time(self.time.now()))
            return pod
        }
    }

    /// Reads the `scale` subresource of a workload.
    public func getScale<Object: Scalable>(_ type: Object.Type, name: String, namespace: String?) async throws -> Scale {
        let object = try await get(type, name: name, namespace: namespace)
        return Self.scale(of: object)
    }

    /// Writes `spec.replicas` through the `scale` subresource.
    public func updateScale<Object: Scalable>(_ type: Object.Type, scale: Scale) async throws -> Scale {
        let info = try registered(Object.self)
        let name = try requireName(scale.metadata.name, info: info)
        guard let replicas = scale.spec?.replicas else {
            throw Status.invalid(kind: "Scale", group: "autoscaling", name: name, causes: [.required("spec.replicas")])
        }
        if replicas < 0 {
            throw Status.invalid(
                kind: "Scale", group: "autoscaling", name: name,
                causes: [.invalid("spec.replicas", value: String(replicas), "must be greater than or equal to 0")]
            )
        }
        let updated = try await guaranteedUpdate(
            Object.self, name: name, namespace: scopedNamespace(scale.metadata.namespace, info),
            precondition: scale.metadata.resourceVersion
        ) { old in
            var object = old
            object.desiredReplicas = replicas
            return object
        }
        return Self.scale(of: updated)
    }

    static func scale<Object: Scalable>(of object: Object) -> Scale {
        var scale = Scale()
        scale.metadata = ObjectMeta(
            name: object.metadata.name, namespace: object.metadata.namespace, uid: object.metadata.uid,
            resourceVersion: object.metadata.resourceVersion, creationTimestamp: object.metadata.creationTimestamp
        )
        scale.spec = ScaleSpec(replicas: object.desiredReplicas ?? 1)
        scale.status = ScaleStatus(replicas: object.observedReplicas, selector: object.selectorString)
        return scale
    }

    // MARK: - Shared steps

    private func registered<Object: APIObject>(_ type: Object.Type) throws -> ResourceInfo {
        guard caches[ObjectIdentifier(type)] != nil else {
            throw Status.notFound(resource: Object.resourceInfo.plural, group: Object.resourceInfo.group, name: "")
        }
        return Object.resourceInfo
    }

    private func scopedNamespace(_ namespace: String?, _ info: ResourceInfo) -> String? {
        guard info.isNamespaced else { return nil }
        guard let namespace, !namespace.isEmpty else { return "default" }
        return namespace
    }

    /// The namespace a list or watch is confined to: none (every namespace) when not given, as
    /// `GET /api/v1/pods` lists the pods of all namespaces.
    private func collectionNamespace(_ namespace: String?, _ info: ResourceInfo) -> String? {
        guard info.isNamespaced, let namespace, !namespace.isEmpty else { return nil }
        return namespace
    }

    private func requireName(_ name: String?, info: ResourceInfo) throws -> String {
        guard let name, !name.isEmpty else {
            throw Status.invalid(kind: info.kind, group: info.group, name: "", causes: [.required("metadata.name", "name or generateName is required")])
        }
        return name
    }

    private func decodeStored<Object: APIObject>(_ type: Object.Type, _ stored: KeyValue) throws -> Object {
        var object: Object
        do {
            object = try JSONCodec.decode(Object.self, from: stored.value)
        } catch {
            throw Status.internalError("stored object \(stored.key) does not decode: \(error)")
        }
        object.metadata.resourceVersion = String(stored.modRevision)
        object.setTypeMeta()
        return object
    }

    private func parseResourceVersion(_ text: String, allowEmpty: Bool) throws -> Int64? {
        if text.isEmpty, allowEmpty { return nil }
        guard let value = Int64(text), value >= 0 else {
            throw Status.badRequest("invalid resource version \"\(text)\"", field: "metadata.resourceVersion")
        }
        return value
    }

    private func storeCall<T>(_ body: () async throws -> T, info: ResourceInfo, name: String) async throws -> T {
        do {
            return try await body()
        } catch {
            throw Self.status(from: error, info: info, name: name)
        }
    }

    static func status(from error: any Error, info: ResourceInfo, name: String) -> Status {
        if let status = error as? Status { return status }
        guard let storeError = error as? StoreError else { return .internalError(String(describing: error)) }
        switch storeError {
        case .keyExists: return .alreadyExists(resource: info.plural, group: info.group, name: name)
        case .notFound: return .notFound(resource: info.plural, group: info.group, name: name)
        case .revisionMismatch: return .conflict(resource: info.plural, group: info.group, name: name)
        case .compacted(let requested, let compacted):
            return .expired("too old resource version: \(requested) (\(compacted))")
        case .watcherTooSlow: return .expired("the watch fell too far behind; re-list and watch again")
        case .valueTooLarge(_, let size, let limit):
            return .tooLarge("\(info.kind) \"\(name)\" is too large: \(size) bytes, the limit is \(limit) bytes")
        case .closed: return .unavailable("the store is closed")
        case .corrupt(let message): return .internalError("the store is corrupt: \(message)")
        case .backend(let message): return .internalError(message)
        }
    }
}
