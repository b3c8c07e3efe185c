// The writer thread's report on one group of writes.

/// What the writer thread did with a group of writes, in commit order.
struct CommitOutcome: Sendable {
    let writes: [PendingWrite]
    /// nil when the group is durable; otherwise why every write in it failed.
    let failure: StoreError?
}
