import Synchronization

/// The compact JSON of one object, encoded at most once and shared by every copy of the watch
/// event that carries it: an event fanned out to many remote watchers is serialized once, not
/// once per watcher (Kubernetes' watch cache does the same with its `cachingObject`).
///
/// Thread-safe: the connections of the watchers sharing it may run on different loops. Two that
/// ask at the same moment may both encode (equal bytes; the first stored wins), so no loop ever
/// waits for another's encoding. The bytes live as long as some copy of the event does.
package final class SharedEncoding: Sendable {
    private let stored = Mutex<[UInt8]?>(nil)

    package init() {}

    /// The bytes, made by `encode` if nobody has made them yet.
    package func bytes(encode: () throws -> [UInt8]) throws -> [UInt8] {
        if let bytes = stored.withLock({ $0 }) { return bytes }
        let encoded = try encode()
        return stored.withLock { stored in
            if let bytes = stored { return bytes }
            stored = encoded
            return encoded
        }
    }

    /// The bytes, if someone has made them.
    package var encodedBytes: [UInt8]? { stored.withLock { $0 } }
}
