import SkiffLoop

/// A key-value store with etcd's semantics: the contract the API server needs, and nothing more.
///
/// Every successful write gets the next global *revision* (a monotonic Int64, starting at 1).
/// Each key remembers the revision that created it and the one that last modified it; updates and
/// deletes may be guarded by the modification revision the caller read (compare-and-swap).
/// Writes are acknowledged only once durable, and watchers see them only after that, in revision
/// order. The embedded SQLite backend and a future etcd backend both implement this protocol.
///
/// Errors thrown are `StoreError`.
public protocol Store: Sendable {
    /// The latest revision committed and visible.
    func currentRevision() async throws -> Int64

    /// The value of one key, or nil.
    func get(_ key: String) async throws -> KeyValue?

    /// Keys that start with `prefix`, in ascending key order, starting strictly after `startAfter`
    /// when given; at most `limit` items when given. Reads the latest state.
    func range(prefix: String, startAfter: String?, limit: Int?) async throws -> RangeResult

    /// Creates `key`; throws `.keyExists` if it is present. Returns the new item.
    func create(_ key: String, value: [UInt8]) async throws -> KeyValue

    /// Replaces `key`'s value if its modification revision is still `expectedRevision`; throws
    /// `.notFound` or `.revisionMismatch(current:)`. Returns the new item.
    func update(_ key: String, value: [UInt8], expectedRevision: Int64) async throws -> KeyValue

    /// Deletes `key` (if its modification revision is `expectedRevision`, when given). Returns the
    /// deleted item as it was, and the revision of the deletion.
    func delete(_ key: String, expectedRevision: Int64?) async throws -> (previous: KeyValue, revision: Int64)

    /// Events for keys under `prefix` with revision > `afterRevision`, in revision order.
    /// Throws `.compacted` if `afterRevision` is older than the compacted history allows.
    /// A watcher that falls more than the backend's buffer behind is ended with `.watcherTooSlow`.
    func watch(prefix: String, afterRevision: Int64) async throws -> StoreWatch

    /// Discards history (for watches) up to and including `revision`.
    func compact(upTo revision: Int64) async throws

    /// Flushes and closes; later calls throw `.closed`.
    func close() async throws
}

/// One stored item.
public struct KeyValue: Sendable, Hashable {
    public var key: String
    public var value: [UInt8]
    /// The revision that created the key.
    public var createRevision: Int64
    /// The revision that last wrote it (the `resourceVersion` of the object).
    public var modRevision: Int64
    /// How many times the key has been written since it was created (1 on create).
    public var version: Int64

    public init(key: String, value: [UInt8], createRevision: Int64, modRevision: Int64, version: Int64) {
        self.key = key
        self.value = value
        self.createRevision = createRevision
        self.modRevision = modRevision
        self.version = version
    }
}

/// A page of a `range`.
public struct RangeResult: Sendable {
    public var items: [KeyValue]
    /// The store's revision when the range was read.
    public var revision: Int64
    /// True when `limit` cut the result and more keys follow the last item.
    public var hasMore: Bool

    public init(items: [KeyValue], revision: Int64, hasMore: Bool) {
        self.items = items
        self.revision = revision
        self.hasMore = hasMore
    }
}

/// A change to one key.
public struct StoreEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case put, delete }
    public var kind: Kind
    /// For a put, the new item; for a delete, the deleted key with an empty value and
    /// `modRevision` set to the deletion's revision.
    public var current: KeyValue
    /// The item before this change (nil for a create).
    public var previous: KeyValue?
    /// The revision of this change.
    public var revision: Int64 { current.modRevision }

    public init(kind: Kind, current: KeyValue, previous: KeyValue?) {
        self.kind = kind
        self.current = current
        self.previous = previous
    }
}

/// Why a store operation failed.
public enum StoreError: Error, Sendable, Hashable {
    case keyExists(String)
    case notFound(String)
    /// The key's modification revision was not the expected one; `current` is what is stored now.
    case revisionMismatch(current: KeyValue)
    /// The requested revision is older than the oldest kept in history.
    case compacted(requested: Int64, compactedRevision: Int64)
    /// A watcher fell further behind than its buffer allows and was ended.
    case watcherTooSlow
    /// The database file is damaged; the message says how.
    case corrupt(String)
    /// The value is larger than the store accepts.
    case valueTooLarge(key: String, size: Int, limit: Int)
    case closed
    /// The backend failed (I/O error, …).
    case backend(String)
}

/// The events of one store watch, one element per event, in revision order.
/// Bounded: a watcher that falls behind is ended with `StoreError.watcherTooSlow` (see `BoundedChannel`).
public typealias StoreWatch = BoundedChannel<StoreEvent>
