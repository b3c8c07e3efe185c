/// The payload of the `hello` frame each side sends first on stream 0: `{"version":1}`.
///
/// Contract: a peer whose first frame is not a `hello`, or whose `version` is not
/// `WireHello.currentVersion`, is a protocol error and the connection is closed. `token` is
/// reserved for authentication and ignored for now.
public struct WireHello: Codable, Sendable, Hashable {
    /// The protocol version this build speaks.
    public static let currentVersion = 1

    public var version: Int
    /// Reserved: a bearer token, once the server authenticates clients.
    public var token: String?

    public init(version: Int = WireHello.currentVersion, token: String? = nil) {
        self.version = version
        self.token = token
    }
}
