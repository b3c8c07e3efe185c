import Foundation

/// What a controller is waiting to see after issuing creates and deletes (client-go's
/// `UIDTrackingControllerExpectations`): its informer lags behind its own writes, so until the
/// creations and deletions it asked for have been observed, a sync would count stale pods and
/// act twice.
///
/// Contract: a key with no record, or whose record is fulfilled, is satisfied; so is a record
/// older than `timeout` (five minutes, as upstream: a watch event lost for good must not wedge
/// the controller). Deletions are tracked by pod key, so observing one pod's deletion twice
/// (its `deletionTimestamp`, then its removal) counts once. Time is passed in: the controller's
/// injected clock.
struct ControllerExpectations {
    static let timeout: TimeInterval = 5 * 60

    private struct Record {
        var pendingCreations: Int
        var pendingDeletions: Set<String>
        var timestamp: Date
    }

    private var records: [String: Record] = [:]

    func isSatisfied(_ key: String, now: Date) -> Bool {
        guard let record = records[key] else { return true }
        if record.pendingCreations <= 0 && record.pendingDeletions.isEmpty { return true }
        return now.timeIntervalSince(record.timestamp) > Self.timeout
    }

    mutating func expectCreations(_ key: String, count: Int, now: Date) {
        records[key] = Record(pendingCreations: count, pendingDeletions: [], timestamp: now)
    }

    mutating func expectDeletions(_ key: String, podKeys: [String], now: Date) {
        records[key] = Record(pendingCreations: 0, pendingDeletions: Set(podKeys), timestamp: now)
    }

    mutating func creationObserved(_ key: String) {
        records[key]?.pendingCreations -= 1
    }

    mutating func deletionObserved(_ key: String, podKey: String) {
        records[key]?.pendingDeletions.remove(podKey)
    }

    mutating func forget(_ key: String) {
        records[key] = nil
    }
}
