// What opening the log yields: the state the store starts from.

/// The committed state rebuilt from disk on open: every key's latest item, the last committed
/// revision, the compacted revision, and the watchable history after it.
struct RecoveredState: Sendable {
    var index: KeyIndex
    /// The last committed revision (0 for a new store).
    var revision: Int64
    /// History at or before this revision has been discarded.
    var compactRevision: Int64
    var history: WatchHistory
}
