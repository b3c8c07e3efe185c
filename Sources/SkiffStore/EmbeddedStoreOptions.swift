// Tuning for `EmbeddedStore`.

/// How an `EmbeddedStore` limits values, buffers watches, keeps history, checks its file and
/// where its actor runs. The defaults suit a single-node control plane.
public struct EmbeddedStoreOptions: Sendable {
    /// How much of the file `init` verifies beyond the replay (which always checks every log
    /// row's checksum and its link to the key's previous row).
    public enum IntegrityCheck: Sendable, Hashable {
        /// Only the replay's checks.
        case none
        /// `PRAGMA quick_check`: page structure and free list, O(file size).
        case quick
        /// `PRAGMA integrity_check`: also index consistency; slower.
        case full
    }

    /// Values longer than this many bytes are rejected with `.valueTooLarge` (etcd's default
    /// request limit is 1.5 MiB).
    public var maximumValueSize: Int
    /// Events a watcher may have waiting before it is ended with `.watcherTooSlow`.
    public var watchBufferCapacity: Int
    /// Events kept in memory for watches that start in the past; older ones count as compacted.
    public var historyCapacity: Int
    /// The executor the store's actor runs on (e.g. the process's event loop), so callers on
    /// that executor reach it without a thread hop. nil: the default actor executor.
    public var executor: (any SerialExecutor)?
    /// What `init` verifies.
    public var integrityCheck: IntegrityCheck
    /// WAL size, in pages (16 KiB), at which a commit also checkpoints the WAL into the database
    /// file (SQLite's `wal_autocheckpoint`; its default is 1000).
    public var walAutoCheckpointPages: Int

    /// Options with etcd-like defaults: 1.5 MiB values, 10,000-event watch buffers, 100,000
    /// events of history, the default executor, `quick_check` on open.
    public init(
        maximumValueSize: Int = 1_572_864,
        watchBufferCapacity: Int = 10_000,
        historyCapacity: Int = 100_000,
        executor: (any SerialExecutor)? = nil,
        integrityCheck: IntegrityCheck = .quick,
        walAutoCheckpointPages: Int = 2_000
    ) {
        self.maximumValueSize = maximumValueSize
        self.watchBufferCapacity = watchBufferCapacity
        self.historyCapacity = historyCapacity
        self.executor = executor
        self.integrityCheck = integrityCheck
        self.walAutoCheckpointPages = walAutoCheckpointPages
    }
}
