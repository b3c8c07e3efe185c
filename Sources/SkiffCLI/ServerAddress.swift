import SkiffLoop

/// Where the client commands find the API server: `--server HOST:PORT`, else the `SKIFF_SERVER`
/// environment variable, else `127.0.0.1:7443`.
public enum ServerAddress {
    /// The port `skiff apiserver` listens on unless told otherwise.
    public static let defaultPort = 7443
    /// The host the client commands try when not told.
    public static let defaultHost = "127.0.0.1"
    /// The environment variable that names the server when `--server` is not given.
    public static let environmentVariable = "SKIFF_SERVER"

    /// The address to connect to: `flag`, else the environment's `SKIFF_SERVER`, else the default.
    /// `HOST` alone means the default port. Throws a `CommandError` for text that is not
    /// `HOST[:PORT]` with a port in 1...65535.
    public static func resolve(flag: String?, environment: [String: String]) throws -> SocketAddress {
        if let flag, !flag.isEmpty { return try parse(flag) }
        if let value = environment[environmentVariable], !value.isEmpty { return try parse(value) }
        return SocketAddress(host: defaultHost, port: defaultPort)
    }

    /// Parses `HOST[:PORT]`.
    public static func parse(_ text: String) throws -> SocketAddress {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty else {
            throw CommandError("invalid server address \"\(text)\": expected HOST:PORT")
        }
        guard parts.count == 2 else { return SocketAddress(host: String(parts[0]), port: defaultPort) }
        guard let port = Int(parts[1]), (1...65_535).contains(port) else {
            throw CommandError("invalid server address \"\(text)\": the port must be a number in 1...65535")
        }
        return SocketAddress(host: String(parts[0]), port: port)
    }
}
