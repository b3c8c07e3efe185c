import Foundation
import SkiffLoop

/// A followed container log (`skiff logs -f`): chunks of bytes as the container writes them.
///
/// The file is polled every `pollInterval` on the kubelet's clock (there is no file watching on
/// the loop yet); the sequence ends once the container instance that was current when following
/// began has exited and everything it wrote has been delivered. A slow consumer costs nothing:
/// the file is the buffer, and it is read only when the consumer asks for the next chunk.
public struct ContainerLogStream: AsyncSequence, Sendable {
    public typealias Element = Data

    let file: ContainerLogFile
    let startOffset: UInt64
    let pollInterval: Duration
    let time: any TimeSource
    /// True while the followed container instance is still running.
    let isRunning: @Sendable () async -> Bool

    public func makeAsyncIterator() -> Iterator {
        Iterator(stream: self, offset: startOffset)
    }

    /// Reads the next chunk, waiting for one while the container runs.
    public struct Iterator: AsyncIteratorProtocol {
        let stream: ContainerLogStream
        var offset: UInt64
        var isFinished = false

        public mutating func next() async throws -> Data? {
            while !isFinished {
                let (data, newOffset) = stream.file.read(from: offset)
                offset = newOffset
                if !data.isEmpty { return data }
                if !(await stream.isRunning()) {
                    // One last read: output written just before the exit.
                    let (rest, end) = stream.file.read(from: offset)
                    offset = end
                    isFinished = true
                    return rest.isEmpty ? nil : rest
                }
                try await stream.time.sleep(for: stream.pollInterval)
            }
            return nil
        }
    }
}
