import Foundation
import SkiffAPI
import SkiffLoop
import SkiffWire
import Testing

/// `skiff up` in one process and `skiff apply/get/scale/delete` from others, as a user would
/// from a second terminal.
@Suite("end to end: skiff up driven by skiff commands")
struct SkiffUpTests {
    /// Runs `skiff <arguments>` to completion; returns its exit status and stdout + stderr.
    private func skiff(_ arguments: [String], on loop: EventLoop) async throws -> (ChildProcess.ExitStatus, String, String) {
        let child = try await ChildProcess.spawn(
            executable: SkiffBinary.path, arguments: arguments, stdout: .capture, stderr: .capture, on: loop
        )
        let status = try await child.waitForExit()
        return (status, String(decoding: await child.standardOutput, as: UTF8.self), String(decoding: await child.standardError, as: UTF8.self))
    }

    @Test func applyGetScaleAndDeleteAgainstSkiffUp() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("skiff-up-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let loop = try EventLoop(name: "test-up")
        let port = try await SkiffBinary.freePort(on: loop)
        let server = "127.0.0.1:\(port)"
        let log = directory + "/up.log"
        let up = try await SkiffBinary.start(["up", "--data-dir", directory + "/data", "--listen", server], log: log, on: loop)

        // Commands fail until the cluster listens: wait for it with a client that retries.
        let probe = await RemoteClient.connecting(to: SocketAddress(host: "127.0.0.1", port: port), on: loop)
        try await probe.waitUntilConnected()
        await probe.close()

        // The README's tour with a command every machine has (Examples/web.yaml needs python3).
        let manifest = directory + "/web.yaml"
        func write(_ marker: String) throws {
            try """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: 3
                  selector:
                    matchLabels:
                      app: web
                  template:
                    metadata:
                      labels:
                        app: web
                    spec:
                      containers:
                      - name: app
                        image: busybox
                        command: ["sh", "-c", "echo \(marker); exec sleep 3600"]
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                spec:
                  selector:
                    app: web
                  ports:
                  - port: 80
                """.write(toFile: manifest, atomically: true, encoding: .utf8)
        }
        try write("v1")
        let applied = try await skiff(["apply", "-f", manifest, "--server", server], on: loop)
        #expect(applied.0 == .exited(code: 0))
        #expect(applied.1 == "deployment.apps/web created\nservice/web created\n")
        let again = try await skiff(["apply", "-f", manifest, "--server", server], on: loop)
        #expect(again.1 == "deployment.apps/web unchanged\nservice/web unchanged\n")

        // rollout status watches until every replica is available.
        let rolledOut = try await skiff(["rollout", "status", "deploy/web", "--server", server], on: loop)
        #expect(rolledOut.1.hasSuffix("deployment \"web\" successfully rolled out\n"))
        let table = try await skiff(["get", "deploy", "--server", server], on: loop)
        #expect(table.1.hasPrefix("NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    3/3     3            3"))
        let pods = try await skiff(["get", "pods", "-o", "name", "--server", server], on: loop)
        #expect(pods.1.split(separator: "\n").count == 3)

        let scaled = try await skiff(["scale", "deploy", "web", "--replicas=5", "--server", server], on: loop)
        #expect(scaled.1 == "deployment.apps/web scaled\n")
        _ = try await skiff(["rollout", "status", "deploy/web", "--server", server], on: loop)
        let json = try await skiff(["get", "deployment", "web", "-o", "json", "--server", server], on: loop)
        let deployment = try JSONCodec.decode(Deployment.self, from: Array(json.1.utf8))
        #expect(deployment.spec?.replicas == 5)
        #expect(deployment.status?.availableReplicas == 5)

        // A new template rolls out a second revision; undo goes back to the first template.
        try write("v2")
        let configured = try await skiff(["apply", "-f", manifest, "--server", server], on: loop)
        #expect(configured.1 == "deployment.apps/web configured\nservice/web unchanged\n")
        let second = try await skiff(["rollout", "status", "deploy/web", "--server", server], on: loop)
        #expect(second.1.hasSuffix("successfully rolled out\n"))
        let history = try await skiff(["rollout", "history", "deploy/web", "--server", server], on: loop)
        #expect(history.1 == "deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n")
        let undone = try await skiff(["rollout", "undo", "deploy/web", "--server", server], on: loop)
        #expect(undone.1 == "deployment.apps/web rolled back\n")
        _ = try await skiff(["rollout", "status", "deploy/web", "--server", server], on: loop)
        // Pods of the undone revision may still be terminating: read a live one.
        let list = try await skiff(["get", "pods", "-o", "json", "--server", server], on: loop).1
        let live = try JSONCodec.decode(ObjectList<Pod>.self, from: Array(list.utf8)).items
            .filter { $0.metadata.deletionTimestamp == nil }
        // The manifest says 3 replicas and kubectl's apply takes it, undoing the scale to 5.
        #expect(live.count == 3)
        let logs = try await skiff(["logs", live.first?.metadata.name ?? "", "--server", server], on: loop)
        #expect(logs.1 == "v1\n")

        let deleted = try await skiff(["delete", "deploy", "web", "--server", server], on: loop)
        #expect(deleted.1 == "deployment.apps \"web\" deleted\n")
        let missing = try await skiff(["get", "deploy", "web", "--server", server], on: loop)
        #expect(missing.0 == .exited(code: 1))
        #expect(missing.2 == "Error from server (NotFound): deployments.apps \"web\" not found\n")
        // The garbage collector removes its ReplicaSets and pods; the kubelet stops the processes.
        let client = await RemoteClient.connecting(to: SocketAddress(host: "127.0.0.1", port: port), on: loop)
        try await client.waitUntilConnected()
        let remaining = try await client.list(Pod.self, namespace: "default")
        var alive = Set(remaining.items.compactMap(\.metadata.name))
        let podWatch = try await client.watch(Pod.self, namespace: "default", resourceVersion: remaining.metadata.resourceVersion)
        while !alive.isEmpty, let event = try await podWatch.next() {
            if event.type == .deleted { alive.remove(event.object.metadata.name ?? "") }
        }
        podWatch.cancel()
        #expect(try await client.list(ReplicaSet.self, namespace: "default").items.isEmpty)
        await client.close()

        try await up.signal(SIGTERM)
        #expect(try await up.waitForExit() == .exited(code: 0))
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(text.contains("listening on \(server)"))
        await loop.shutdown()
    }

    @Test func aPodRunsAsAProcessAndItsLogIsReadWithSkiffLogs() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("skiff-up-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let loop = try EventLoop(name: "test-up-pod")
        let port = try await SkiffBinary.freePort(on: loop)
        let server = "127.0.0.1:\(port)"
        let up = try await SkiffBinary.start(
            ["up", "--data-dir", directory + "/data", "--listen", server, "--nodes", "2"], log: directory + "/up.log", on: loop
        )
        let client = await RemoteClient.connecting(to: SocketAddress(host: "127.0.0.1", port: port), on: loop)
        try await client.waitUntilConnected()

        let manifest = directory + "/hello.yaml"
        try """
            apiVersion: v1
            kind: Pod
            metadata:
              name: hello
            spec:
              restartPolicy: Never
              containers:
              - name: app
                image: busybox
                command: ["sh", "-c", "echo hello from $POD_NAME on $NODE_NAME"]
            """.write(toFile: manifest, atomically: true, encoding: .utf8)
        let start = try await client.list(Pod.self, namespace: "default")
        let watch = try await client.watch(Pod.self, namespace: "default", resourceVersion: start.metadata.resourceVersion)
        let applied = try await skiff(["apply", "-f", manifest, "--server", server], on: loop)
        #expect(applied.1 == "pod/hello created\n")
        var finished: Pod?
        while finished == nil, let event = try await watch.next() {
            if event.object.status?.phase == .succeeded { finished = event.object }
        }
        watch.cancel()
        let node = finished?.spec?.nodeName ?? ""
        #expect(["node-1", "node-2"].contains(node))
        #expect(finished?.status?.podIP?.hasPrefix("127.244.") == true)

        let logs = try await skiff(["logs", "hello", "--server", server], on: loop)
        #expect(logs.1 == "hello from hello on \(node)\n")
        let table = try await skiff(["get", "pods", "--server", server], on: loop)
        #expect(table.1.contains("hello   0/1     Completed   0"))

        // A running pod's usage, measured by its kubelet in the `skiff up` process.
        let sleeperWatch = try await client.watch(Pod.self, namespace: "default", resourceVersion: finished?.metadata.resourceVersion)
        _ = try await client.create(Pod(
            metadata: ObjectMeta(name: "sleeper", namespace: "default"),
            spec: PodSpec(containers: [Container(name: "app", command: ["sleep", "3600"])])
        ))
        var isRunning = false
        while !isRunning, let event = try await sleeperWatch.next() {
            isRunning = event.object.metadata.name == "sleeper" && event.object.status?.phase == .running
        }
        sleeperWatch.cancel()
        let top = try await skiff(["top", "pods", "--server", server], on: loop)
        #expect(top.0 == .exited(code: 0))
        let rows = top.1.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows.first == ["NAME", "CPU(cores)", "MEMORY(bytes)"])
        #expect(rows.count == 2 && rows[1].count == 3 && rows[1][0] == "sleeper")
        #expect(rows.last?[1].hasSuffix("m") == true && rows.last?[2].hasSuffix("Mi") == true)

        await client.close()
        try await up.signal(SIGTERM)
        #expect(try await up.waitForExit() == .exited(code: 0))
        await loop.shutdown()
    }
}
