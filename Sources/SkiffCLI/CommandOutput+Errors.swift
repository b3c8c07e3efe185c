import SkiffAPI

extension CommandOutput {
    /// Reports `error` on standard error in kubectl's words: a `Status` from the server as
    /// `Error from server (NotFound): pods "x" not found`, anything else as `error: …`.
    /// `context` goes before the message, as kubectl's `error when creating "web.yaml": …`.
    public func report(_ error: any Error, context: String? = nil) {
        let prefix = context.map { $0 + ": " } ?? ""
        if let status = error as? Status {
            let reason = status.reason?.rawValue ?? "Unknown"
            writeError("Error from server (\(reason)): \(prefix)\(status.message ?? "")\n")
        } else {
            writeError("error: \(prefix)\(error)\n")
        }
    }
}

/// A failure found by the client itself (bad arguments, an unknown resource type, a file that
/// does not parse): kubectl prints these as `error: <message>`.
public struct CommandError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
