import CLibUV

/// A libuv (or POSIX) call failed: `code` is libuv's negative error number (`UV_ECONNREFUSED`, …).
///
/// Every I/O failure in `SkiffLoop` surfaces as this error, thrown from the async call that
/// started the operation or from the next call on the same object (a failed write is reported by
/// a later `write` or by `read`).
public struct UVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// libuv's error number, always negative (`uv_strerror` describes it).
    public let code: Int32
    /// What Skiff was doing, e.g. `"connect 127.0.0.1:80"`.
    public let operation: String

    /// An error for libuv error number `code` (negative) raised while doing `operation`.
    public init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
    }

    /// The symbolic libuv name, e.g. `ECONNREFUSED`.
    public var name: String { String(cString: uv_err_name(code)) }

    /// "connect 127.0.0.1:80: ECONNREFUSED (connection refused)".
    public var description: String {
        "\(operation): \(name) (\(String(cString: uv_strerror(code))))"
    }

    /// Throws unless `result` (a libuv return value) is a success.
    static func check(_ result: Int32, _ operation: @autoclosure () -> String) throws {
        if result < 0 { throw UVError(code: result, operation: operation()) }
    }
}

/// The loop has shut down (or is shutting down) and no longer accepts work.
public struct EventLoopClosedError: Error, Sendable, CustomStringConvertible {
    /// The `EventLoop.name` of the loop.
    public let loopName: String
    /// "event loop NAME is shut down".
    public var description: String { "event loop \(loopName) is shut down" }
}
