import Synchronization
import Testing
@testable import SkiffLoop
import SkiffLoopTesting

@Suite struct TCPTests {
    /// Echoes every connection's bytes back until the peer's EOF, then closes it.
    private func echo(_ listener: TCPListener) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for try await connection in listener.connections {
                group.addTask {
                    for try await chunk in connection.inbound {
                        try await connection.write(chunk)
                    }
                    await connection.close()
                }
            }
            try await group.waitForAll()
        }
    }

    @Test func echoWithManyPipelinedWrites() async throws {
        let loop = try EventLoop(name: "test-tcp-echo")
        let listener = try await TCPListener.bind(host: "127.0.0.1", port: 0, on: loop)
        #expect(listener.localAddress.host == "127.0.0.1")
        #expect(listener.localAddress.port > 0)
        let server = Task(executorPreference: loop.taskExecutor) { try await echo(listener) }

        let client = try await TCPConnection.connect(to: listener.localAddress, on: loop)
        #expect(client.remoteAddress == listener.localAddress)
        let frames = 10_000
        let expected = (0..<frames).flatMap { index in Array("frame \(index);".utf8) }
        let received = try await Task(executorPreference: loop.taskExecutor) {
            // All writes are issued before any reply is read: they coalesce per loop turn.
            for index in 0..<frames {
                try await client.write(Array("frame \(index);".utf8))
            }
            var received: [UInt8] = []
            for try await chunk in client.inbound {
                received += chunk
                if received.count == expected.count { break }
            }
            await client.close()
            return received
        }.value
        #expect(received == expected)
        await listener.close()
        try await server.value
        await loop.shutdown()
    }

    @Test func peerEOFEndsTheReadSequence() async throws {
        let loop = try EventLoop(name: "test-tcp-eof")
        let listener = try await TCPListener.bind(host: "127.0.0.1", port: 0, on: loop)
        let client = try await TCPConnection.connect(to: listener.localAddress, on: loop)
        let accepted = try #require(try await listener.accept())
        try await client.write(Array("bye".utf8))
        await client.close()
        var received: [UInt8] = []
        for try await chunk in accepted.inbound { received += chunk }
        #expect(received == Array("bye".utf8))
        #expect(try await accepted.read() == nil)  // stays ended
        await accepted.close()
        await #expect(throws: UVError.self) { try await client.write([1]) }
        await listener.close()
        await loop.shutdown()
    }

    @Test func largeTransferToASlowReaderKeepsMemoryBounded() async throws {
        let loop = try EventLoop(name: "test-tcp-large")
        let readLimit = 64 * 1024
        let writeLimit = 256 * 1024
        let limits = TCPBufferLimits(maxBufferedReadBytes: readLimit, maxBufferedWriteBytes: writeLimit)
        let listener = try await TCPListener.bind(host: "127.0.0.1", port: 0, limits: limits, on: loop)
        let total = 8 * 1024 * 1024
        let block = (0..<32 * 1024).map { UInt8(truncatingIfNeeded: $0 &* 7) }

        let sender = Task(executorPreference: loop.taskExecutor) { () -> Int in
            let connection = try #require(try await listener.accept())
            var maxBuffered = 0
            for _ in 0..<(total / block.count) {
                try await connection.write(block)
                maxBuffered = max(maxBuffered, await connection.bufferedWriteBytes)
            }
            await connection.close()
            return maxBuffered
        }

        let client = try await TCPConnection.connect(to: listener.localAddress, limits: limits, on: loop)
        var receivedCount = 0
        var checksum: UInt64 = 0
        var maxBufferedRead = 0
        for try await chunk in client.inbound {
            for byte in chunk { checksum = checksum &* 31 &+ UInt64(byte) }
            receivedCount += chunk.count
            maxBufferedRead = max(maxBufferedRead, await client.bufferedReadBytes)
            // The slow reader: a pause between chunks while the sender keeps writing.
            if receivedCount < total / 2 { try await loop.sleep(for: .milliseconds(1)) }
        }
        var expectedChecksum: UInt64 = 0
        for _ in 0..<(total / block.count) {
            for byte in block { expectedChecksum = expectedChecksum &* 31 &+ UInt64(byte) }
        }
        #expect(receivedCount == total)
        #expect(checksum == expectedChecksum)
        // At most one 64 KiB read lands after the limit is reached.
        #expect(maxBufferedRead <= readLimit + 64 * 1024)
        #expect(await client.readPauseCount > 0)
        let maxBufferedWrite = try await sender.value
        #expect(maxBufferedWrite <= writeLimit + block.count)
        await client.close()
        await listener.close()
        await loop.shutdown()
    }

    @Test func connectToAClosedPortThrows() async throws {
        let loop = try EventLoop(name: "test-tcp-refused")
        let listener = try await TCPListener.bind(host: "127.0.0.1", port: 0, on: loop)
        let address = listener.localAddress
        await listener.close()
        let error = await #expect(throws: UVError.self) {
            try await TCPConnection.connect(to: address, on: loop)
        }
        #expect(error?.name == "ECONNREFUSED")
        await #expect(throws: UVError.self) {
            try await TCPConnection.connect(to: SocketAddress(host: "not-an-ip", port: 80), on: loop)
        }
        await #expect(throws: UVError.self) {
            try await TCPListener.bind(host: "127.0.0.1", port: 70_000, on: loop)
        }
        await loop.shutdown()
    }

    @Test func aConnectNobodyAnswersTimesOut() async throws {
        let loop = try EventLoop(name: "test-tcp-timeout")
        let time = ManualTimeSource(settling: loop)
        let peer = try UnansweredListener()
        defer { peer.close() }
        // On the loop, so settling it runs the attempt until it waits for the peer.
        let address = peer.address
        let attempt = Task(executorPreference: loop.taskExecutor) {
            try await TCPConnection.connect(to: address, timeout: .seconds(5), time: time, on: loop)
        }
        await loop.settle()
        #expect(time.pendingSleepers == 1)
        await time.advance(by: .seconds(4))
        #expect(time.pendingSleepers == 1)
        await loop.settle()
        await time.advance(by: .seconds(1))
        do {
            _ = try await attempt.value
            Issue.record("connected to a peer that never answered")
        } catch let error as UVError {
            #expect(error.name == "ETIMEDOUT")
            #expect(error.description.contains("no answer within 5"))
        }
        // The loop has nothing of the attempt left: shutdown closes no stray handle.
        await loop.shutdown()
    }

    @Test func bindingAPortInUseThrows() async throws {
        let loop = try EventLoop(name: "test-tcp-inuse")
        let first = try await TCPListener.bind(host: "127.0.0.1", port: 0, on: loop)
        let error = await #expect(throws: UVError.self) {
            try await TCPListener.bind(host: "127.0.0.1", port: first.localAddress.port, on: loop)
        }
        #expect(error?.name == "EADDRINUSE")
        await first.close()
        await loop.shutdown()
    }

    @Test func podAddressesOnLoopbackWork() async throws {
        let loop = try EventLoop(name: "test-tcp-pod-ip")
        let listener = try await TCPListener.bind(host: "127.244.0.7", port: 0, on: loop)
        let client = try await TCPConnection.connect(to: listener.localAddress, on: loop)
        let accepted = try #require(try await listener.accept())
        #expect(accepted.remoteAddress.host == "127.0.0.1")
        #expect(await accepted.localAddress == listener.localAddress)
        await client.close()
        await accepted.close()
        await listener.close()
        await loop.shutdown()
    }

    @Test func cancellingAWaitingReaderLeavesTheConnectionUsable() async throws {
        let loop = try EventLoop(name: "test-tcp-cancel")
        let listener = try await TCPListener.bind(host: "127.0.0.1", port: 0, on: loop)
        let client = try await TCPConnection.connect(to: listener.localAddress, on: loop)
        let accepted = try #require(try await listener.accept())
        let reading = Task(executorPreference: loop.taskExecutor) { try await accepted.read() }
        await loop.settle()
        reading.cancel()
        await #expect(throws: CancellationError.self) { try await reading.value }
        try await client.write([42])
        #expect(try await accepted.read() == [42])
        await client.close()
        await accepted.close()
        await listener.close()
        await loop.shutdown()
    }

    @Test func loopShutdownClosesOpenConnectionsAndEndsReads() async throws {
        let loop = try EventLoop(name: "test-tcp-shutdown")
        let listener = try await TCPListener.bind(host: "127.0.0.1", port: 0, on: loop)
        let client = try await TCPConnection.connect(to: listener.localAddress, on: loop)
        // Preferring the loop puts the task's first job on the loop queue at once, so settle
        // sees it park; a plain task might still be on its way when the loop stops accepting.
        let reading = Task(executorPreference: loop.taskExecutor) { try await client.read() }
        _ = try await listener.accept()
        await loop.settle()
        await loop.shutdown()
        #expect(try await reading.value == nil)
    }
}
