import SkiffAPI
import SkiffAPIServer
import SkiffClient
import SkiffLoop
import SkiffWire
import Testing
import SkiffAPITesting

/// Bad input closes only the connection that sent it; connection loss reaches every caller.
@Suite("Wire server: bad input, multiplexing and connection loss")
struct WireServerRobustnessTests {
    /// Sends `bytes` on a fresh raw connection after a valid hello (unless `hello` is false) and
    /// waits for the server to close it: reads until EOF, which is the server's answer.
    private func sendAndAwaitClose(_ bytes: [UInt8], hello: Bool = true, to cluster: WireTestCluster) async throws -> [Frame] {
        let raw = try await TCPConnection.connect(to: cluster.address, on: cluster.loop)
        if hello {
            try await raw.write(Frame(type: .hello, streamID: 0, payload: try JSONCodec.encode(WireHello())).serialized())
        }
        try await raw.write(bytes)
        var decoder = FrameDecoder()
        var frames: [Frame] = []
        while let chunk = try await raw.read() {
            decoder.feed(chunk)
            while let frame = try decoder.nextFrame() { frames.append(frame) }
        }
        await raw.close()
        return frames
    }

    @Test func garbageAndOversizedFramesCloseOnlyTheirConnection() async throws {
        try await withCluster(.remote) { cluster, client in
            let created = try await client.create(samplePod("web"))
            let before = try await client.list(Pod.self, namespace: "default")

            // Garbage: an HTTP request (its first bytes read as a ~1 GB length) and an unknown
            // frame type.
            let http = try await sendAndAwaitClose(Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8), to: cluster)
            #expect(http.map(\.type) == [.hello])
            let unknownType = try await sendAndAwaitClose([0, 0, 0, 1, 0xEE, 0, 0, 0, 0, 1, 42], to: cluster)
            #expect(unknownType.map(\.type) == [.hello])
            // A header announcing a 4 GiB payload: rejected before any of it arrives.
            let oversized = try await sendAndAwaitClose([0xFF, 0xFF, 0xFF, 0xFF, 2, 0, 0, 0, 0, 1], to: cluster)
            #expect(oversized.map(\.type) == [.hello])
            // A well-formed frame whose payload is not a request.
            let undecodable = Frame(type: .request, streamID: 1, payload: Array(#"{"verb":"explode"}"#.utf8))
            _ = try await sendAndAwaitClose(undecodable.serialized(), to: cluster)
            // A request before the hello.
            let request = try JSONCodec.encode(WireRequest(verb: .get, resource: "pods", namespace: "default", name: "web"))
            _ = try await sendAndAwaitClose(Frame(type: .request, streamID: 1, payload: request).serialized(), hello: false, to: cluster)
            // A client may not send responses.
            _ = try await sendAndAwaitClose(Frame(type: .response, streamID: 1).serialized(), to: cluster)

            #expect(cluster.errors.all.count == 6)
            #expect(cluster.errors.all.contains { $0.contains("unknown frame type") })
            #expect(cluster.errors.all.contains { $0.contains("exceeds the limit") })

            // The well-behaved client carries on, and nothing stored changed.
            #expect(try await client.get(Pod.self, name: "web", namespace: "default") == created)
            let after = try await client.list(Pod.self, namespace: "default")
            #expect(after.items == before.items)
            #expect(after.metadata.resourceVersion == before.metadata.resourceVersion)
        }
    }

    @Test func anUnknownResourceIsNotFoundNotAClosedConnection() async throws {
        try await withCluster(.remote) { cluster, client in
            let raw = try await TCPConnection.connect(to: cluster.address, on: cluster.loop)
            try await raw.write(Frame(type: .hello, streamID: 0, payload: try JSONCodec.encode(WireHello())).serialized())
            let request = try JSONCodec.encode(WireRequest(verb: .list, resource: "widgets.example.com"))
            try await raw.write(Frame(type: .request, streamID: 7, payload: request).serialized())
            var decoder = FrameDecoder()
            var frames: [Frame] = []
            while frames.count < 2, let chunk = try await raw.read() {
                decoder.feed(chunk)
                while let frame = try decoder.nextFrame() { frames.append(frame) }
            }
            await raw.close()
            #expect(frames.map(\.type) == [.hello, .response])
            let response = try #require(frames.last)
            #expect(response.streamID == 7)
            #expect(response.flags.contains(.status))
            let status = try JSONCodec.decode(Status.self, from: response.payload)
            #expect(status.reason == .notFound)
            #expect(status.code == 404)
            #expect(cluster.errors.all.isEmpty)
            _ = try await client.list(Pod.self, namespace: "default")
        }
    }

    @Test func manyConcurrentCallsShareOneConnection() async throws {
        try await withCluster(.remote) { _, client in
            let names = try await withThrowingTaskGroup(of: String.self) { group in
                for index in 0..<50 {
                    group.addTask { try await client.create(samplePod("p\(index)")).metadata.name ?? "" }
                }
                var names: [String] = []
                for try await name in group { names.append(name) }
                return names
            }
            #expect(Set(names).count == 50)
            #expect(try await client.list(Pod.self, namespace: "default").items.count == 50)
        }
    }

    @Test func cancellingAWatchStopsItOnTheServer() async throws {
        try await withCluster(.remote) { cluster, client in
            let stream = try await client.watch(Pod.self, namespace: "default")
            #expect(await cluster.server.watcherCount(of: Pod.self) == 1)
            stream.cancel()
            // The server drops an ended subscriber at its next event, and the cancel frame is
            // sent asynchronously: write until the server has let go (normally one write).
            var writes = 0
            while await cluster.server.watcherCount(of: Pod.self) != 0, writes < 100 {
                _ = try await client.create(samplePod("p\(writes)"))
                writes += 1
            }
            #expect(await cluster.server.watcherCount(of: Pod.self) == 0)
        }
    }

    @Test func connectionLossFailsCallsAndEndsWatchesWithServiceUnavailable() async throws {
        try await withCluster(.remote) { cluster, client in
            let stream = try await client.watch(Pod.self, namespace: "default", resourceVersion: "0")
            await cluster.wireServer.stop()
            var ending: Status?
            do {
                while try await stream.next() != nil {}
            } catch {
                ending = error as? Status
            }
            #expect(ending?.reason == .serviceUnavailable)
            let failure = await status { try await client.list(Pod.self, namespace: "default") }
            #expect(failure?.reason == .serviceUnavailable)
            #expect(failure?.code == 503)
        }
    }
}
