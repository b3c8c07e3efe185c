import Foundation
import SkiffAPI
import SkiffAPITesting
import SkiffClient
import SkiffLoop
import SkiffWire
import Testing

/// The split cluster for real: `skiff apiserver` as a child process, a client in this process
/// over TCP, and the server killed (SIGKILL) and restarted under a live watch.
@Suite("end to end: skiff apiserver killed and restarted under a watch")
struct APIServerRestartTests {
    @Test func anInformerResumesAcrossAKilledAndRestartedAPIServerWithoutLosingOrRepeatingEvents() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("skiff-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let loop = try EventLoop(name: "test-e2e")
        let port = try await SkiffBinary.freePort(on: loop)
        let arguments = ["apiserver", "--data-dir", directory + "/data", "--listen", "127.0.0.1:\(port)"]
        let log = directory + "/apiserver.log"

        var apiserver = try await SkiffBinary.start(arguments, log: log, on: loop)
        // The client connects in the background, retrying until the child listens.
        let client = await RemoteClient.connecting(to: SocketAddress(host: "127.0.0.1", port: port), on: loop)
        try await client.waitUntilConnected()
        let informer = Informer<ConfigMap>(client: client, loop: loop, time: SystemTimeSource(loop: loop), namespace: "default")
        let events = InformerLog<ConfigMap>()
        await events.attach(to: informer)
        let run = Task(executorPreference: loop.taskExecutor) { await informer.run() }

        _ = try await client.create(configMap("a"))
        _ = try await client.create(configMap("b"))
        #expect(await events.waitFor(2) == ["add a", "add b"])

        // Two acknowledged writes, then SIGKILL at once: the informer may or may not have seen
        // them before the kill; it must see each exactly once in the end.
        _ = try await client.create(configMap("c"))
        var a = try await client.get(ConfigMap.self, name: "a", namespace: "default")
        a.data = ["v": "2"]
        _ = try await client.update(a)
        try await apiserver.signal(SIGKILL)
        #expect(try await apiserver.waitForExit() == .signaled(SIGKILL))

        apiserver = try await SkiffBinary.start(arguments, log: log, on: loop)
        var b = try await afterReconnecting(client) { try await client.get(ConfigMap.self, name: "b", namespace: "default") }
        b.data = ["v": "2"]
        _ = try await client.update(b)
        _ = try await client.delete(ConfigMap.self, name: "a", namespace: "default")

        let seen = await events.waitFor(6)
        #expect(Array(seen.prefix(2)) == ["add a", "add b"])
        #expect(Set(seen[2..<4]) == ["add c", "update a"])
        #expect(Array(seen[4..<6]) == ["update b", "delete a"])
        // Nothing stray follows: the next notification is the next write.
        _ = try await client.create(configMap("z"))
        #expect(await events.waitFor(7).count == 7)
        #expect(await events.lines.last == "add z")
        let cached = await informer.list().compactMap(\.metadata.name).sorted()
        #expect(cached == ["b", "c", "z"])

        run.cancel()
        await client.close()
        try await apiserver.signal(SIGTERM)
        #expect(try await apiserver.waitForExit() == .exited(code: 0))
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(text.contains("listening on 127.0.0.1:\(port)"))
        await loop.shutdown()
    }

    private func configMap(_ name: String) -> ConfigMap {
        ConfigMap(metadata: ObjectMeta(name: name, namespace: "default"), data: ["v": "1"])
    }

    /// Runs `body` once the client is connected to the restarted server. The client may not
    /// have noticed the old connection's death yet (its first call then fails with 503 and ends
    /// that connection), so wait for a connection, and again after a 503.
    private func afterReconnecting<T>(_ client: RemoteClient, _ body: () async throws -> T) async throws -> T {
        for _ in 0..<3 {
            try await client.waitUntilConnected()
            do { return try await body() } catch let status as Status where status.code == 503 { continue }
        }
        try await client.waitUntilConnected()
        return try await body()
    }
}
