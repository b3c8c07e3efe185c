import Foundation
import SkiffAPI
import SkiffAPITesting
import SkiffClient
import SkiffLoop
import SkiffWire
import Testing

/// A split cluster across real processes: `skiff apiserver`, `skiff scheduler` and `skiff node`
/// each in its own, and this test as a fourth that creates pods and watches them run.
@Suite("end to end: apiserver, scheduler and node as separate processes")
struct SplitClusterTests {
    @Test func podsCreatedThroughTheAPIServerProcessAreBoundAndRunOnTheNodeProcess() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("skiff-split-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let loop = try EventLoop(name: "test-split")
        let port = try await SkiffBinary.freePort(on: loop)
        let server = "127.0.0.1:\(port)"
        let log = directory + "/cluster.log"
        // The scheduler starts first: it waits for the API server.
        let scheduler = try await SkiffBinary.start(["scheduler", "--server", server, "--seed", "7"], log: log, on: loop)
        let node = try await SkiffBinary.start(
            ["node", "--server", server, "--name", "node-1", "--data-dir", directory + "/nodes", "--pod-cidr", "127.244.9.0/24"],
            log: log, on: loop
        )
        let apiserver = try await SkiffBinary.start(["apiserver", "--data-dir", directory + "/data", "--listen", server], log: log, on: loop)

        let client = await RemoteClient.connecting(to: SocketAddress(host: "127.0.0.1", port: port), on: loop)
        try await client.waitUntilConnected()

        let start = try await client.create(samplePod("web-0"))
        let watch = try await client.watch(Pod.self, namespace: "default", resourceVersion: start.metadata.resourceVersion)
        let eventWatch = try await client.watch(SkiffAPI.Event.self, namespace: "default", resourceVersion: start.metadata.resourceVersion)
        _ = try await client.create(samplePod("web-1"))
        var running: Set<String> = []
        while running.count < 2, let event = try await watch.next() {
            let pod = event.object
            if pod.spec?.nodeName == "node-1", pod.status?.phase == .running, pod.status?.podIP?.hasPrefix("127.244.9.") == true {
                running.insert(pod.metadata.name ?? "")
            }
        }
        watch.cancel()
        #expect(running == ["web-0", "web-1"])
        // The scheduler records its decision too (written after the binding, so watched for).
        var scheduledEvent: SkiffAPI.Event?
        while scheduledEvent == nil, let event = try await eventWatch.next() {
            if event.object.reason == "Scheduled", event.object.involvedObject.name == "web-0" { scheduledEvent = event.object }
        }
        eventWatch.cancel()
        #expect(scheduledEvent?.message == "Successfully assigned default/web-0 to node-1")

        await client.close()
        try await node.signal(SIGTERM)
        #expect(try await node.waitForExit() == .exited(code: 0))
        try await scheduler.signal(SIGTERM)
        try await apiserver.signal(SIGTERM)
        #expect(try await scheduler.waitForExit() == .exited(code: 0))
        #expect(try await apiserver.waitForExit() == .exited(code: 0))
        await loop.shutdown()
    }
}
