import SkiffAPI

/// The JSON payload of a `watchEvent` frame, in Kubernetes' watch shape:
/// `{"type":"ADDED","object":{…}}`.
///
/// A watch stream is: a `response` frame (empty payload: the watch is established; or a
/// `Status` with the `status` flag: it failed, e.g. `Expired`), then `watchEvent` frames, then
/// one `watchEnd` frame (empty, or a `Status` such as `Expired` when the server dropped a slow
/// watcher). The client ends a watch early with a `cancel` frame on its stream id.
public struct WireWatchEvent<Object: APIObject>: Codable, Sendable {
    public var type: WatchEventType
    public var object: Object

    public init(_ event: WatchEvent<Object>) {
        self.type = event.type
        self.object = event.object
    }

    /// The typed event.
    public var event: WatchEvent<Object> { WatchEvent(type: type, object: object) }
}
