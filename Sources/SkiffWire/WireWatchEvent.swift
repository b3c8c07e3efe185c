import SkiffAPI

/// The JSON payload of a `watchEvent` frame, in Kubernetes' watch shape:
/// `{"type":"ADDED","object":{…}}`.
///
/// A watch stream is: a `response` frame (empty payload: the watch is established; or a
/// `Status` with the `status` flag: it failed, e.g. `Expired`), then `watchEvent` frames, then
/// one `watchEnd` frame (empty, or a `Status` such as `Expired` when the server dropped a slow
/// watcher). The client ends a watch early with a `cancel` frame on its stream id.
///
/// Frames carry it as written by `payload()` and read by `init(payload:)` (see
/// WireWatchEvent+JSON.swift); its `Codable` conformance gives the same bytes and errors.
public struct WireWatchEvent<Object: APIObject>: Codable, Sendable {
    public var type: WatchEventType
    public var object: Object {
        // Bytes encoded from the old object would be wrong for the new one.
        didSet { sharedEncoding = nil }
    }
    /// The object's JSON, shared with the other watchers of the same change (see
    /// `SharedEncoding`): written once for all of them.
    var sharedEncoding: SharedEncoding?

    private enum CodingKeys: String, CodingKey {
        case type, object
    }

    public init(_ event: WatchEvent<Object>) {
        self.type = event.type
        self.object = event.object
        self.sharedEncoding = event.sharedEncoding
    }

    init(type: WatchEventType, object: Object) {
        self.type = type
        self.object = object
    }

    /// The typed event.
    public var event: WatchEvent<Object> { WatchEvent(type: type, object: object) }
}
