import Foundation
import SkiffAPI
import SkiffAPITesting
import SkiffClient
import SkiffLoop
import SkiffWire
import Testing

/// A split cluster across real processes: `skiff apiserver`, `skiff scheduler` and `skiff node`
/// each in its own, and this test as a fourth that creates pods, watches them run, and reads
/// their logs and metrics (which the API server fetches from the node process's endpoint).
@Suite("end to end: apiserver, scheduler and node as separate processes")
struct SplitClusterTests {
    /// Runs `skiff <arguments>` to completion; returns its exit status and stdout + stderr.
    private func skiff(_ arguments: [String], on loop: EventLoop) async throws -> (ChildProcess.ExitStatus, String, String) {
        let child = try await ChildProcess.spawn(
            executable: SkiffBinary.path, arguments: arguments, stdout: .capture, stderr: .capture, on: loop
        )
        let status = try await child.waitForExit()
        return (status, String(decoding: await child.standardOutput, as: UTF8.self), String(decoding: await child.standardError, as: UTF8.self))
    }

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

        var talker = samplePod("web-0")
        talker.spec?.containers[0].command = ["sh", "-c", "echo hello from $POD_NAME; exec sleep 3600"]
        let start = try await client.create(talker)
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

        // The node published its endpoint; the API server reads the log there. Following the log
        // until the line shows waits for the echo without sleeping.
        let registered = try await client.get(Node.self, name: "node-1")
        #expect((registered.status?.daemonEndpoints?.kubeletEndpoint?.Port ?? 0) > 0)
        #expect(registered.status?.addresses?.contains(NodeAddress(type: .internalIP, address: "127.0.0.1")) == true)
        let followed = try await client.podLogs(name: "web-0", namespace: "default", options: PodLogOptions(follow: true))
        var logText = ""
        while !logText.contains("\n"), let chunk = try await followed.next() {
            logText += String(decoding: chunk, as: UTF8.self)
        }
        followed.cancel()
        #expect(logText == "hello from web-0\n")
        let logs = try await skiff(["logs", "web-0", "--server", server], on: loop)
        #expect(logs.0 == .exited(code: 0))
        #expect(logs.1 == "hello from web-0\n")
        let top = try await skiff(["top", "pods", "--server", server], on: loop)
        #expect(top.1.hasPrefix("NAME    CPU(cores)   MEMORY(bytes)   \nweb-0   "))
        #expect(top.1.contains("\nweb-1   "))
        let topNodes = try await skiff(["top", "nodes", "--server", server], on: loop)
        #expect(topNodes.1.hasPrefix("NAME     CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)   \nnode-1   "))

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
