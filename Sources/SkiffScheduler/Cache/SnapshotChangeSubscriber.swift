/// Something kept current from a `Snapshot`'s change log (`DomainCounts`): the snapshot syncs
/// every subscriber before it drops the log's entries.
protocol SnapshotChangeSubscriber: AnyObject {
    func sync(with snapshot: Snapshot)
    var lastUsedRound: Int { get set }
}
