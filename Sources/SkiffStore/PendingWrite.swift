// One validated write on its way to disk.

/// A write that passed validation and got its revision, waiting for the writer thread to commit
/// it. `continuation` is resumed by the store's actor once the commit is durable and applied
/// (or failed). `epoch` ties the write to the pending state it was validated against: after a
/// failed commit, every write of that epoch fails too (see `CommitWriter`).
struct PendingWrite: Sendable {
    let event: StoreEvent
    let epoch: Int
    let continuation: CheckedContinuation<Void, any Error>
}
