// The live watches: who gets each committed batch.
//
// Registration and publishing happen on the store's actor; unregistering happens wherever a
// watch ends (the consumer's task on cancel, the publisher on overflow), so the table is behind a
// lock. Publishing snapshots the table and sends outside the lock, because `send` may end a
// channel and run its termination handler, which unregisters (re-entering the lock).

import SkiffLoop
import Synchronization

/// The registered watch channels with their prefixes. Thread-safe (a `Mutex`).
final class WatcherRegistry: Sendable {
    private struct Watcher {
        let prefix: String
        /// Events at or before this revision are not for this watcher (it asked to start later).
        let afterRevision: Int64
        let channel: StoreWatch
    }

    private struct Table {
        var nextIdentifier = 0
        var watchers: [Int: Watcher] = [:]
    }

    private let table = Mutex(Table())

    init() {}

    var count: Int { table.withLock { $0.watchers.count } }

    /// Registers `channel` for live events under `prefix` with revision > `afterRevision`;
    /// it is removed when the channel ends.
    func add(prefix: String, afterRevision: Int64, channel: StoreWatch) {
        let identifier = table.withLock { table in
            let identifier = table.nextIdentifier
            table.nextIdentifier += 1
            table.watchers[identifier] = Watcher(prefix: prefix, afterRevision: afterRevision, channel: channel)
            return identifier
        }
        // Runs at once if the channel already ended, so nothing stale stays registered.
        channel.setOnTermination { [weak self] in self?.remove(identifier) }
    }

    private func remove(_ identifier: Int) {
        _ = table.withLock { $0.watchers.removeValue(forKey: identifier) }
    }

    /// Sends each watcher the events under its prefix, one `send(contentsOf:)` per watcher.
    /// Never blocks: a watcher whose buffer overflows ends with `.watcherTooSlow` and unregisters.
    func publish(_ events: [StoreEvent]) {
        guard !events.isEmpty else { return }
        let watchers = table.withLock { Array($0.watchers.values) }
        for watcher in watchers {
            let isWholeBatch = watcher.prefix.isEmpty && events[0].revision > watcher.afterRevision
            if isWholeBatch {
                watcher.channel.send(contentsOf: events)
            } else {
                let matching = events.filter {
                    $0.revision > watcher.afterRevision
                        && IndexKey.bytes(of: $0.current.key, startWith: watcher.prefix)
                }
                if !matching.isEmpty { watcher.channel.send(contentsOf: matching) }
            }
        }
    }

    /// Ends every watch with `error` (the store is closing).
    func finishAll(throwing error: any Error) {
        let watchers = table.withLock { table in
            defer { table.watchers = [:] }
            return Array(table.watchers.values)
        }
        for watcher in watchers { watcher.channel.finish(throwing: error) }
    }
}
