import Foundation
import Synchronization

/// Where a command writes: its standard output and standard error, as text.
///
/// Contract: every write is handed to `forward` at once, in order (the `skiff` binary prints it,
/// so `get -w` streams; a test can turn it into an `AsyncStream` of lines). When `keepsText` is
/// true (the default) the text is also kept, and `standardOutput` / `standardError` return all of
/// it. Thread-safe; writes from several tasks interleave whole.
public final class CommandOutput: Sendable {
    /// Which of the two streams a piece of text went to.
    public enum Stream: Sendable, Hashable {
        case output
        case error
    }

    private let keepsText: Bool
    private let forward: @Sendable (Stream, String) -> Void
    private let collected = Mutex<(output: String, error: String)>(("", ""))

    /// An output that keeps what is written and also passes it to `forward`.
    public init(keepsText: Bool = true, forward: @escaping @Sendable (Stream, String) -> Void = { _, _ in }) {
        self.keepsText = keepsText
        self.forward = forward
    }

    /// The process's own stdout and stderr; nothing is kept (a long `get -w` must not grow memory).
    public static func terminal() -> CommandOutput {
        CommandOutput(keepsText: false) { stream, text in
            let handle = stream == .output ? FileHandle.standardOutput : FileHandle.standardError
            handle.write(Data(text.utf8))
        }
    }

    /// Writes `text` to standard output as it is (add the newline yourself).
    public func write(_ text: String) {
        emit(.output, text)
    }

    /// Writes `text` to standard error as it is.
    public func writeError(_ text: String) {
        emit(.error, text)
    }

    /// Everything written to standard output so far.
    public var standardOutput: String { collected.withLock { $0.output } }
    /// Everything written to standard error so far.
    public var standardError: String { collected.withLock { $0.error } }

    private func emit(_ stream: Stream, _ text: String) {
        guard !text.isEmpty else { return }
        if keepsText {
            collected.withLock { collected in
                switch stream {
                case .output: collected.output += text
                case .error: collected.error += text
                }
            }
        }
        forward(stream, text)
    }
}
