import Foundation

/// The process's standard input, for `-f -`.
public enum StandardInput {
    /// Reads standard input to its end.
    @Sendable public static func readAll() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}
