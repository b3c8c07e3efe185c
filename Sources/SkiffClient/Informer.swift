import Foundation
import SkiffAPI
import SkiffLoop

/// A local, indexed cache of one kind kept current by list + watch, with change notifications:
/// client-go's SharedIndexInformer.
///
/// Contract:
/// - `run()` lists, then watches from the list's resourceVersion; when the watch ends it resumes
///   from the last resourceVersion seen; when the server answers `Expired` (410) it re-lists and
///   turns the difference into add/update/delete notifications. Other errors are retried with
///   back-off on the injected clock. So every change is seen, none twice, though several changes
///   of one object may be coalesced into one update (level-triggered consumers are fine with that).
/// - Handlers are called in event order on the informer's actor, one at a time, after the cache
///   has been updated; they should only enqueue keys.
/// - `hasSynced` turns true once the first list is in the cache and its adds delivered.
/// - Objects handed out are copies; the cache is never mutated from outside.
/// - Periodic resync (when `resyncPeriod` is set) re-delivers every object as an update.
///
/// Isolation: an actor on the component's event loop.
public actor Informer<Object: APIObject>: LoopBound {
    /// A change notification.
    public enum Event: Sendable {
        case added(Object)
        case updated(old: Object, new: Object)
        /// The last known state of a deleted object.
        case deleted(Object)
    }

    /// Maps an object to its index values (e.g. a pod to its node name).
    public typealias IndexFunction = @Sendable (Object) -> [String]

    public nonisolated let loop: EventLoop
    private let client: any APIClient
    private let time: any TimeSource
    private let namespace: String?
    private let labelSelector: String?
    private let fieldSelector: String?
    private let resyncPeriod: Duration?
    private let retryBackoff = ExponentialBackoff(base: .milliseconds(100), cap: .seconds(30))

    private var items: [String: Object] = [:]
    private var indexFunctions: [String: IndexFunction] = [:]
    private var indexes: [String: [String: Set<String>]] = [:]
    private var handlers: [@Sendable (Event) async -> Void] = []
    private var syncWaiters: [CheckedContinuation<Void, Never>] = []
    public private(set) var hasSynced = false
    /// The resourceVersion of the last list or event applied.
    public private(set) var lastResourceVersion: String?
    /// How many times the informer has listed (1 after the first sync).
    public private(set) var listCount = 0

    /// The index every informer has: objects by namespace.
    public static var namespaceIndex: String { "namespace" }

    public init(
        client: any APIClient, loop: EventLoop, time: any TimeSource, namespace: String? = nil,
        labelSelector: String? = nil, fieldSelector: String? = nil, resyncPeriod: Duration? = nil
    ) {
        self.client = client
        self.loop = loop
        self.time = time
        self.namespace = namespace
        self.labelSelector = labelSelector
        self.fieldSelector = fieldSelector
        self.resyncPeriod = resyncPeriod
        self.indexFunctions[Self.namespaceIndex] = { [$0.metadata.namespace ?? ""] }
    }

    // MARK: Handlers and indexes

    /// Registers a handler. A handler added after sync first gets an `added` for every cached object.
    public func addHandler(_ handler: @escaping @Sendable (Event) async -> Void) async {
        handlers.append(handler)
        if hasSynced {
            for object in items.values { await handler(.added(object)) }
        }
    }

    /// Adds a custom index; existing objects are indexed at once.
    public func addIndex(_ name: String, _ function: @escaping IndexFunction) {
        indexFunctions[name] = function
        var index: [String: Set<String>] = [:]
        for (key, object) in items {
            for value in function(object) { index[value, default: []].insert(key) }
        }
        indexes[name] = index
    }

    // MARK: Lister

    /// The cache key of an object: `namespace/name`, or `name` for cluster-scoped kinds.
    public nonisolated static func key(of object: Object) -> String {
        key(name: object.metadata.name ?? "", namespace: object.metadata.namespace)
    }

    public nonisolated static func key(name: String, namespace: String?) -> String {
        guard let namespace, !namespace.isEmpty else { return name }
        return namespace + "/" + name
    }

    public func get(_ key: String) -> Object? { items[key] }

    public func get(name: String, namespace: String?) -> Object? { items[Self.key(name: name, namespace: namespace)] }

    /// Cached objects, optionally in one namespace and matching a label selector.
    public func list(namespace: String? = nil, selector: LabelSelectorExpression? = nil) -> [Object] {
        let candidates: [Object]
        if let namespace {
            candidates = (indexes[Self.namespaceIndex]?[namespace] ?? []).compactMap { items[$0] }
        } else {
            candidates = Array(items.values)
        }
        guard let selector else { return candidates }
        return candidates.filter { selector.matches($0.metadata.labels ?? [:]) }
    }

    /// Objects whose index `name` has `value`.
    public func byIndex(_ name: String, _ value: String) -> [Object] {
        (indexes[name]?[value] ?? []).compactMap { items[$0] }
    }

    public var count: Int { items.count }

    /// Waits until the first list has been applied.
    public func waitForSync() async {
        if hasSynced { return }
        await withCheckedContinuation { syncWaiters.append($0) }
    }

    // MARK: Run

    /// Lists and watches until the task is cancelled.
    public func run() async {
        var failures = 0
        var mustList = true
        let resync = resyncPeriod.map { period in
            Task(executorPreference: loop.taskExecutor) { [time] in
                while !Task.isCancelled {
                    do { try await time.sleep(for: period) } catch { return }
                    await self.resync()
                }
            }
        }
        defer { resync?.cancel() }
        while !Task.isCancelled {
            do {
                if mustList {
                    try await relist()
                    mustList = false
                }
                let delivered = try await watchOnce()
                // A watch the server ends at once (shutting down, say) must not become a busy loop.
                if delivered == 0 {
                    do { try await time.sleep(for: retryBackoff.delay(forAttempt: failures)) } catch { return }
                    failures += 1
                } else {
                    failures = 0
                }
            } catch is CancellationError {
                return
            } catch let status as Status where status.code == 410 {
                mustList = true
                failures = 0
            } catch {
                do { try await time.sleep(for: retryBackoff.delay(forAttempt: failures)) } catch { return }
                failures += 1
            }
        }
    }

    private func relist() async throws {
        let list = try await client.list(
            Object.self, namespace: namespace,
            options: ListOptions(labelSelector: labelSelector, fieldSelector: fieldSelector)
        )
        listCount += 1
        var fresh: [String: Object] = [:]
        for object in list.items { fresh[Self.key(of: object)] = object }
        for (key, old) in items where fresh[key] == nil {
            remove(key)
            await notify(.deleted(old))
        }
        for object in list.items {
            let key = Self.key(of: object)
            if let old = items[key] {
                if old.metadata.resourceVersion != object.metadata.resourceVersion {
                    store(object, key: key)
                    await notify(.updated(old: old, new: object))
                }
            } else {
                store(object, key: key)
                await notify(.added(object))
            }
        }
        lastResourceVersion = list.metadata.resourceVersion
        if !hasSynced {
            hasSynced = true
            let waiters = syncWaiters
            syncWaiters = []
            for waiter in waiters { waiter.resume() }
        }
    }

    /// Watches from the last resourceVersion until the stream ends; throws what ended it.
    /// Returns how many events it applied.
    private func watchOnce() async throws -> Int {
        let stream = try await client.watch(
            Object.self, namespace: namespace,
            options: WatchOptions(
                resourceVersion: lastResourceVersion ?? "0", labelSelector: labelSelector,
                fieldSelector: fieldSelector, allowWatchBookmarks: true
            )
        )
        defer { stream.cancel() }
        var delivered = 0
        for try await event in stream {
            try Task.checkCancellation()
            await apply(event)
            delivered += 1
        }
        return delivered
    }

    private func apply(_ event: WatchEvent<Object>) async {
        let object = event.object
        if let version = object.metadata.resourceVersion { lastResourceVersion = version }
        let key = Self.key(of: object)
        switch event.type {
        case .added, .modified:
            if let old = items[key] {
                store(object, key: key)
                await notify(.updated(old: old, new: object))
            } else {
                store(object, key: key)
                await notify(.added(object))
            }
        case .deleted:
            if let old = items[key] {
                remove(key)
                await notify(.deleted(old.with(resourceVersion: object.metadata.resourceVersion)))
            }
        case .bookmark, .error:
            break
        }
    }

    private func resync() async {
        for object in items.values { await notify(.updated(old: object, new: object)) }
    }

    private func notify(_ event: Event) async {
        for handler in handlers { await handler(event) }
    }

    private func store(_ object: Object, key: String) {
        if let old = items[key] { unindex(old, key: key) }
        items[key] = object
        for (name, function) in indexFunctions {
            for value in function(object) { indexes[name, default: [:]][value, default: []].insert(key) }
        }
    }

    private func remove(_ key: String) {
        guard let old = items.removeValue(forKey: key) else { return }
        unindex(old, key: key)
    }

    private func unindex(_ object: Object, key: String) {
        for (name, function) in indexFunctions {
            for value in function(object) {
                indexes[name]?[value]?.remove(key)
                if indexes[name]?[value]?.isEmpty == true { indexes[name]?[value] = nil }
            }
        }
    }
}

extension APIObject {
    fileprivate func with(resourceVersion: String?) -> Self {
        var copy = self
        if let resourceVersion { copy.metadata.resourceVersion = resourceVersion }
        return copy
    }
}
