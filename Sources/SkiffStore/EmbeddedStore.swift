// The embedded backend of `Store`: etcd's role, in process.
//
// Reads are served from an in-memory index of the committed state. Writes are validated in
// order against committed + pending state on this actor, given consecutive revisions, and
// committed in groups by a writer thread (`CommitWriter`) into a SQLite log (`RevisionLog`).
// When a group is durable, this actor applies it to the index and history, publishes it to
// watchers and only then resumes the writers' continuations.

import SkiffLoop

/// The embedded `Store`: an in-memory index over a durable SQLite log (WAL, `synchronous=FULL`).
///
/// **Isolation.** An actor. By default it runs on its own default-actor executor; pass
/// `EmbeddedStoreOptions.executor` to pin it to the process's event loop, so calls from actors on
/// that loop do not cross threads. SQLite runs only on the store's private writer thread: no
/// call ever blocks the caller's executor on disk I/O.
///
/// **Reads** (`get`, `range`, `currentRevision`) see only committed — durable — state and never
/// touch SQLite. Keys are compared and ordered by their UTF-8 bytes (as etcd does).
///
/// **Writes** are validated in call order against the committed state plus the writes still
/// being committed (two creates of one key: the second throws `.keyExists`), take the next
/// revision, and return once their group commit is on disk (one fsync per group). A write is
/// published to watchers before it is acknowledged, and revisions are acknowledged in order.
/// A write cannot be cancelled once validated: cancelling the caller's task does not stop it.
/// The `current` of a `.revisionMismatch` may be a write still being committed.
///
/// **Failure.** If a commit fails, every write in it — and every write validated after it —
/// throws `.backend`; nothing of them is stored or published, and the pending state rolls back
/// to the committed state (their revisions are reused). Values over
/// `maximumValueSize` throw `.valueTooLarge` and change nothing.
///
/// **Watches** deliver events from the in-memory history (`historyCapacity` events since the
/// last compaction), then live events: no gaps, no duplicates, revision order. A watcher more
/// than `watchBufferCapacity` events behind ends with `.watcherTooSlow`; writers never wait
/// for watchers. A watch from before the kept history throws `.compacted`.
///
/// **Opening** replays the log and verifies every row (checksums and links), plus
/// `PRAGMA quick_check` by default: a damaged, truncated or foreign file throws `.corrupt` naming
/// the file; it is never recreated. A crash mid-commit is not damage: SQLite's WAL recovery drops
/// the unfinished commit, which was never acknowledged.
///
/// **Closing** waits for writes in flight, stops and joins the writer thread, closes the file
/// (checkpointing the WAL) and ends every watch with `.closed`. Afterwards every call throws
/// `.closed`. A store released without `close()` still stops its thread, without waiting.
public actor EmbeddedStore: Store {
    private enum Lifecycle { case open, closing, closed }

    /// A write validated but not yet committed: the key's state once it lands (nil: deleted).
    private struct PendingItem {
        let item: KeyValue?
        let revision: Int64
    }

    /// The database file.
    public nonisolated let path: String
    private nonisolated let options: EmbeddedStoreOptions
    /// Lends its default executor when no executor is given (a custom `unownedExecutor` replaces
    /// the actor's own default one, and the default one cannot be named).
    private nonisolated let executorOwner: DefaultExecutorOwner?
    private let writer: CommitWriter
    private let watchers = WatcherRegistry()

    private var lifecycle = Lifecycle.open
    /// Committed state.
    private var index: KeyIndex
    private var history: WatchHistory
    private var committedRevision: Int64
    private var compactedRevision: Int64
    /// Pending state: writes validated and queued, not yet committed.
    private var pending: [IndexKey: PendingItem] = [:]
    private var nextRevision: Int64
    private var epoch = 0
    private var inFlightCount = 0
    /// The event loop the store runs on, if any: each write in flight is registered with it as
    /// external work, so `EventLoop.settle()` (deterministic tests) waits for commits too.
    private nonisolated let settleLoop: EventLoop?
    private var idleWaiters: [CheckedContinuation<Void, Never>] = []

    /// The executor given in the options, or this store's own.
    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        if let executor = options.executor { return executor.asUnownedSerialExecutor() }
        // `executorOwner` is non-nil exactly when `options.executor` is nil.
        return executorOwner.unsafelyUnwrapped.unownedExecutor
    }

    /// Opens the store at `path`, creating it if no file exists there, and replays it.
    /// Throws `.corrupt` (naming the file) if the file is damaged or not a Skiff store,
    /// `.backend` for other failures.
    public init(path: String, options: EmbeddedStoreOptions = .init()) async throws {
        var options = options
        options.watchBufferCapacity = max(options.watchBufferCapacity, 1)
        options.maximumValueSize = max(options.maximumValueSize, 0)
        let (writer, recovered) = try await CommitWriter.start(path: path, options: options)
        self.path = path
        self.options = options
        self.executorOwner = options.executor == nil ? DefaultExecutorOwner() : nil
        self.settleLoop = options.executor as? EventLoop
        self.writer = writer
        self.index = recovered.index
        self.history = recovered.history
        self.committedRevision = recovered.revision
        self.compactedRevision = recovered.compactRevision
        self.nextRevision = recovered.revision + 1
        writer.setCompletionHandler { [weak self] in
            guard let self else { return }
            // Called on the writer thread: hop to the actor to apply what was committed.
            Task { await self.applyCompletedCommits() }
        }
    }

    deinit {
        writer.abandon()
    }

    // MARK: - Reads

    /// The latest committed (durable) revision; 0 for an empty store.
    public func currentRevision() throws -> Int64 {
        try checkOpen()
        return committedRevision
    }

    /// The committed value of `key`, or nil; never a write still being committed.
    public func get(_ key: String) throws -> KeyValue? {
        try checkOpen()
        return index[IndexKey(key)]
    }

    /// Committed keys under `prefix` in byte order (see `Store.range`); a `limit` of nil or
    /// <= 0 means no limit.
    public func range(prefix: String, startAfter: String?, limit: Int?) throws -> RangeResult {
        try checkOpen()
        let (items, hasMore) = index.range(prefix: prefix, startAfter: startAfter, limit: limit)
        return RangeResult(items: items, revision: committedRevision, hasMore: hasMore)
    }

    // MARK: - Writes

    /// Creates `key` once durable; throws `.keyExists` if it exists or a pending write creates it.
    public func create(_ key: String, value: [UInt8]) async throws -> KeyValue {
        try checkWritable(key, value: value)
        if latestItem(key) != nil { throw StoreError.keyExists(key) }
        let revision = takeRevision()
        let item = KeyValue(key: key, value: value, createRevision: revision, modRevision: revision, version: 1)
        try await commit(StoreEvent(kind: .put, current: item, previous: nil))
        return item
    }

    /// Replaces `key`'s value if its latest modification revision (pending writes included) is
    /// `expectedRevision`; returns once durable.
    public func update(_ key: String, value: [UInt8], expectedRevision: Int64) async throws -> KeyValue {
        try checkWritable(key, value: value)
        guard let current = latestItem(key) else { throw StoreError.notFound(key) }
        guard current.modRevision == expectedRevision else { throw StoreError.revisionMismatch(current: current) }
        let revision = takeRevision()
        let item = KeyValue(
            key: key, value: value, createRevision: current.createRevision, modRevision: revision,
            version: current.version + 1)
        try await commit(StoreEvent(kind: .put, current: item, previous: current))
        return item
    }

    /// Deletes `key` (guarded by `expectedRevision` when given); returns once durable.
    public func delete(_ key: String, expectedRevision: Int64?) async throws -> (previous: KeyValue, revision: Int64) {
        try checkOpen()
        guard let current = latestItem(key) else { throw StoreError.notFound(key) }
        if let expectedRevision, current.modRevision != expectedRevision {
            throw StoreError.revisionMismatch(current: current)
        }
        let revision = takeRevision()
        let tombstone = KeyValue(key: key, value: [], createRevision: 0, modRevision: revision, version: 0)
        try await commit(StoreEvent(kind: .delete, current: tombstone, previous: current))
        return (current, revision)
    }

    // MARK: - Watch and compaction

    /// See `Store.watch`. The channel holds at most `watchBufferCapacity` events; if the history
    /// after `afterRevision` alone exceeds that, the watch ends at once with `.watcherTooSlow`.
    public func watch(prefix: String, afterRevision: Int64) throws -> StoreWatch {
        try checkOpen()
        let floor = history.floor
        if afterRevision < floor {
            throw StoreError.compacted(requested: afterRevision, compactedRevision: floor)
        }
        let channel = StoreWatch(capacity: options.watchBufferCapacity) { StoreError.watcherTooSlow }
        // History and registration happen in one actor turn, and commits are applied on this
        // actor too: the watcher sees each revision exactly once.
        if channel.send(contentsOf: history.events(after: afterRevision, prefix: prefix)) == .enqueued {
            watchers.add(prefix: prefix, afterRevision: afterRevision, channel: channel)
        }
        return channel
    }

    /// See `Store.compact`. A revision beyond the current one compacts up to the current one.
    /// Log rows superseded at or before it are deleted on the writer thread, after the writes
    /// queued before this call.
    public func compact(upTo revision: Int64) async throws {
        try checkOpen()
        let target = min(revision, committedRevision)
        guard target > compactedRevision else { return }
        try await writer.compact(upTo: target)
        if target > compactedRevision {
            compactedRevision = target
            history.compact(upTo: target)
        }
    }

    /// Waits for writes in flight, stops and joins the writer thread, closes the file and ends
    /// every watch with `.closed`. A second call throws `.closed`.
    public func close() async throws {
        guard lifecycle == .open else { throw StoreError.closed }
        lifecycle = .closing
        if inFlightCount > 0 {
            await withCheckedContinuation { idleWaiters.append($0) }
        }
        defer {
            lifecycle = .closed
            watchers.finishAll(throwing: StoreError.closed)
        }
        try await writer.stop()
    }

    // MARK: - Committing

    private func checkOpen() throws {
        guard lifecycle == .open else { throw StoreError.closed }
    }

    private func checkWritable(_ key: String, value: [UInt8]) throws {
        try checkOpen()
        if value.count > options.maximumValueSize {
            throw StoreError.valueTooLarge(key: key, size: value.count, limit: options.maximumValueSize)
        }
    }

    /// The key's state including writes not yet committed.
    private func latestItem(_ key: String) -> KeyValue? {
        let indexKey = IndexKey(key)
        if let pendingItem = pending[indexKey] { return pendingItem.item }
        return index[indexKey]
    }

    private func takeRevision() -> Int64 {
        defer { nextRevision += 1 }
        return nextRevision
    }

    /// Records `event` as pending and waits until it is durable and applied (or failed).
    private func commit(_ event: StoreEvent) async throws {
        pending[IndexKey(event.current.key)] = PendingItem(
            item: event.kind == .put ? event.current : nil, revision: event.revision)
        inFlightCount += 1
        settleLoop?.beginExternalWork()
        let epoch = self.epoch
        let writer = self.writer
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            // Cannot fail while the store is open: `close` stops the writer only once no write is
            // in flight and no new one can start.
            if !writer.enqueue(PendingWrite(event: event, epoch: epoch, continuation: continuation)) {
                continuation.resume(throwing: StoreError.closed)
            }
        }
    }

    /// Applies every outcome the writer has produced, in commit order.
    private func applyCompletedCommits() {
        for outcome in writer.takeCompleted() {
            if let failure = outcome.failure {
                fail(outcome.writes, with: failure)
            } else {
                apply(outcome.writes)
            }
        }
    }

    /// A durable group: advance the committed state, publish, then acknowledge.
    private func apply(_ writes: [PendingWrite]) {
        guard let last = writes.last else { return }
        var events: [StoreEvent] = []
        events.reserveCapacity(writes.count)
        for write in writes {
            let event = write.event
            index.apply(event)
            let key = IndexKey(event.current.key)
            if pending[key]?.revision == event.revision { pending.removeValue(forKey: key) }
            events.append(event)
        }
        committedRevision = last.event.revision
        history.append(contentsOf: events)
        watchers.publish(events)
        for write in writes { write.continuation.resume() }
        finish(writes.count)
    }

    /// A failed group: the first failure of an epoch rolls the pending state back.
    private func fail(_ writes: [PendingWrite], with failure: StoreError) {
        if writes.contains(where: { $0.epoch == epoch }) {
            // Everything still pending was validated against the failed writes; the writer will
            // fail it all (it is poisoned). Start again from the committed state.
            epoch += 1
            pending.removeAll()
            nextRevision = committedRevision + 1
        }
        for write in writes { write.continuation.resume(throwing: failure) }
        finish(writes.count)
    }

    private func finish(_ count: Int) {
        inFlightCount -= count
        // After the continuations were resumed: the callers' jobs are queued on the loop first.
        for _ in 0..<count { settleLoop?.endExternalWork() }
        if inFlightCount == 0, !idleWaiters.isEmpty {
            let waiters = idleWaiters
            idleWaiters = []
            for waiter in waiters { waiter.resume() }
        }
    }

    // MARK: - Test hooks

    /// Makes the next `count` group commits fail after writing their rows.
    func injectCommitFailures(_ count: Int) {
        writer.injectCommitFailures(count)
    }

    /// Rows in the on-disk log (after everything queued so far).
    func logRowCount() async throws -> Int64 {
        try checkOpen()
        return try await writer.rowCount()
    }

    /// Writes validated but not yet committed.
    var pendingCount: Int { pending.count }

    /// Live watches registered.
    var watcherCount: Int { watchers.count }
}

/// An empty actor whose default executor `EmbeddedStore` shares when no executor is given.
private actor DefaultExecutorOwner {}
