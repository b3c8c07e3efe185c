import Foundation

/// One container start's log file (`<restartCount>.log`) and its rotated predecessor
/// (`<restartCount>.log.1`): reading, tailing and size-based rotation.
///
/// Rotation is copy-then-truncate: the process keeps its descriptor (opened `O_APPEND`, so it
/// writes at the new end), the kubelet copies the file to `.1` and truncates it. Lines written
/// between the copy and the truncate are lost — the price of not restarting the process, the same
/// one logrotate's `copytruncate` pays.
struct ContainerLogFile: Sendable {
    let path: String
    var rotatedPath: String { path + ".1" }

    /// The whole log (rotated part first), or only its last `tailLines` lines.
    func read(tailLines: Int? = nil) -> Data {
        var data = FileManager.default.contents(atPath: rotatedPath) ?? Data()
        data += FileManager.default.contents(atPath: path) ?? Data()
        guard let tailLines else { return data }
        return Self.tail(data, lines: tailLines)
    }

    /// The last `lines` lines of `data` (a final line without a newline counts).
    static func tail(_ data: Data, lines: Int) -> Data {
        guard lines > 0 else { return Data() }
        let bytes = [UInt8](data)
        var end = bytes.count
        if end > 0, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        var seen = 0
        var index = end
        while index > 0 {
            if bytes[index - 1] == UInt8(ascii: "\n") {
                seen += 1
                if seen == lines { return Data(bytes[index...]) }
            }
            index -= 1
        }
        return data
    }

    /// Rotates the file when it is larger than `maxBytes`; true when it did.
    @discardableResult
    func rotateIfLarger(than maxBytes: Int) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? Int, size > maxBytes,
              let contents = FileManager.default.contents(atPath: path) else { return false }
        do {
            try contents.write(to: URL(fileURLWithPath: rotatedPath))
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.truncate(atOffset: 0)
            try handle.close()
            return true
        } catch {
            return false
        }
    }

    /// Bytes from `offset` to the end, and the new offset; a file that shrank (rotated) is read
    /// from its start.
    func read(from offset: UInt64) -> (Data, UInt64) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return (Data(), offset) }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        let start = size < offset ? 0 : offset
        try? handle.seek(toOffset: start)
        let data = (try? handle.readToEnd()) ?? Data()
        return (data, start + UInt64(data.count))
    }
}
