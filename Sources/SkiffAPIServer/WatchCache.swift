import SkiffAPI
import SkiffClient
import SkiffStore

/// The API server's per-kind watch cache: every store event of one kind is decoded **once** and
/// fanned out to every watcher of that kind, each filtered by namespace and selectors.
///
/// Isolation: owned and used only by the `APIServer` actor. It keeps a bounded history of recent
/// events so a watch may start from a recent resourceVersion; a start older than the history is
/// answered with `Expired` (410), and the client re-lists, exactly as Kubernetes' cacher does.
final class WatchCache<Object: APIObject>: KindWatchCache {
    /// One entry of the history: a change at `revision`, with the object before it when known.
    private struct Change {
        var revision: Int64
        var isDelete: Bool
        /// The new state (put) or the last state with the deletion's resourceVersion (delete).
        var object: Object
        var previous: Object?
    }

    private struct Subscriber {
        var channel: WatchStream<Object>
        var filter: WatchFilter<Object>
        /// Changes at or before this revision were already covered (by the initial list, say).
        var afterRevision: Int64
        var sendsBookmarks: Bool
    }

    let info = Object.resourceInfo
    private var subscribers: [Int: Subscriber] = [:]
    private var nextSubscriberID = 0
    private var history: BoundedHistory<Change>
    /// Every change after this revision is in `history`.
    private(set) var windowStart: Int64
    /// The latest revision this cache has seen (from any kind: the store's revision).
    private(set) var processedRevision: Int64

    init(startRevision: Int64, historyCapacity: Int) {
        self.windowStart = startRevision
        self.processedRevision = startRevision
        self.history = BoundedHistory(capacity: historyCapacity)
    }

    var watcherCount: Int { subscribers.count }

    // MARK: Store events

    func apply(_ event: StoreEvent, known: RecentWrite?) {
        let change: Change
        do {
            if let object = known?.object as? Object {
                let previous = known?.previous as? Object
                change = Change(
                    revision: event.revision, isDelete: event.kind == .delete, object: object,
                    previous: event.kind == .delete ? object : previous
                )
                processedRevision = event.revision
                record(change)
                fanOut(change)
                return
            }
            switch event.kind {
            case .put:
                var object = try JSONCodec.decode(Object.self, from: event.current.value)
                object.metadata.resourceVersion = String(event.revision)
                object.setTypeMeta()
                let previous = try event.previous.map { try Self.decodePrevious($0) }
                change = Change(revision: event.revision, isDelete: false, object: object, previous: previous)
            case .delete:
                guard let last = event.previous else { return }
                var object = try JSONCodec.decode(Object.self, from: last.value)
                object.metadata.resourceVersion = String(event.revision)
                object.setTypeMeta()
                change = Change(revision: event.revision, isDelete: true, object: object, previous: object)
            }
        } catch {
            // The API server wrote these bytes itself; an undecodable value means another writer
            // put garbage under our prefix. Skip it rather than poison every watcher.
            return
        }
        processedRevision = event.revision
        record(change)
        fanOut(change)
    }

    private func fanOut(_ change: Change) {
        guard !subscribers.isEmpty else { return }
        // Remote watchers send the object on as JSON: the first to do so encodes it for all.
        let encoding = SharedEncoding()
        for (id, subscriber) in subscribers where !deliver(change, to: subscriber, sharing: encoding) {
            subscribers[id] = nil
        }
    }

    /// Advances the revision every watcher of this kind may be told about (bookmarks) when other
    /// kinds change.
    func observe(revision: Int64) {
        if revision > processedRevision { processedRevision = revision }
    }

    private static func decodePrevious(_ keyValue: KeyValue) throws -> Object {
        var object = try JSONCodec.decode(Object.self, from: keyValue.value)
        object.metadata.resourceVersion = String(keyValue.modRevision)
        return object
    }

    private func record(_ change: Change) {
        if let evicted = history.append(change) { windowStart = evicted.revision }
    }

    /// Sends `change` to one subscriber if it concerns it; false when the subscriber is gone.
    /// `encoding` is shared by the events of this change that carry its object.
    private func deliver(_ change: Change, to subscriber: Subscriber, sharing encoding: SharedEncoding? = nil) -> Bool {
        guard change.revision > subscriber.afterRevision else { return !subscriber.channel.isEnded }
        guard let event = subscriber.filter.event(
            for: change.object, previous: change.previous, isDelete: change.isDelete, sharing: encoding
        ) else { return !subscriber.channel.isEnded }
        return subscriber.channel.send(event) == .enqueued
    }

    // MARK: Watchers

    /// Registers a watcher that has already been sent everything up to `afterRevision`
    /// (initial events, say) and replays the history after it.
    func subscribe(
        channel: WatchStream<Object>, filter: WatchFilter<Object>, afterRevision: Int64, sendsBookmarks: Bool
    ) throws {
        guard afterRevision >= windowStart else {
            throw Status.expired("too old resource version: \(afterRevision) (\(windowStart))")
        }
        let subscriber = Subscriber(
            channel: channel, filter: filter, afterRevision: afterRevision, sendsBookmarks: sendsBookmarks
        )
        let first = history.partitioningIndex { $0.revision <= afterRevision }
        for position in first..<history.count {
            guard deliver(history[position], to: subscriber) else { return }
        }
        let id = nextSubscriberID
        nextSubscriberID += 1
        subscribers[id] = subscriber
    }

    /// Sends a `BOOKMARK` with the latest processed revision to every watcher that asked for them.
    func sendBookmarks() {
        guard processedRevision > 0 else { return }
        for (id, subscriber) in subscribers where subscriber.sendsBookmarks {
            guard processedRevision > subscriber.afterRevision,
                  let bookmark = try? Self.bookmark(revision: processedRevision)
            else { continue }
            if subscriber.channel.send(WatchEvent(type: .bookmark, object: bookmark)) != .enqueued {
                subscribers[id] = nil
            }
        }
    }

    /// Ends every watcher with `Expired` and forgets the history (the store watch was lost).
    func reset(startRevision: Int64) {
        for subscriber in subscribers.values {
            subscriber.channel.finish(throwing: Status.expired("the watch cache was reset; re-list"))
        }
        subscribers = [:]
        history.removeAll()
        windowStart = startRevision
        processedRevision = startRevision
    }

    /// Ends every watcher normally (server shutdown).
    func closeAll() {
        for subscriber in subscribers.values { subscriber.channel.finish() }
        subscribers = [:]
    }

    /// An object carrying only `metadata.resourceVersion` (and annotations), as Kubernetes'
    /// bookmarks do. Built through the codec so it works for every kind.
    static func bookmark(revision: Int64, annotations: [String: String]? = nil) throws -> Object {
        var metadata = ObjectMeta()
        metadata.resourceVersion = String(revision)
        metadata.annotations = annotations
        let bytes = try JSONCodec.encode(BookmarkBody(metadata: metadata))
        var object = try JSONCodec.decode(Object.self, from: bytes)
        object.setTypeMeta()
        return object
    }

    private struct BookmarkBody: Encodable { var metadata: ObjectMeta }
}

/// What the API server needs of a watch cache without knowing its kind.
protocol KindWatchCache: AnyObject {
    var info: ResourceInfo { get }
    var watcherCount: Int { get }
    func apply(_ event: StoreEvent, known: RecentWrite?)
    func observe(revision: Int64)
    func sendBookmarks()
    func reset(startRevision: Int64)
    func closeAll()
}

/// The typed result of one of the API server's own writes, handed to the watch cache so the
/// store event for it need not be decoded. `object` has the write's resourceVersion (for a
/// deletion: the last state at the deletion's resourceVersion).
struct RecentWrite {
    var object: any APIObject
    var previous: (any APIObject)?
}
