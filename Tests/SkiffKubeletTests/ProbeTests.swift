import Foundation
import SkiffAPI
import SkiffClient
import Testing
@testable import SkiffKubelet

private let hasPython = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")

@Suite("Kubelet probes with real processes", .serialized)
struct ProbeTests {
    @Test func aFailingExecLivenessProbeRestartsTheContainer() async throws {
        try await withKubeletCluster { cluster in
            var container = shell("exec sleep 3600")
            container.livenessProbe = Probe(exec: ExecAction(command: ["false"]), periodSeconds: 5, failureThreshold: 1)
            try await cluster.run("liveness", [container])
            let killed = try await cluster.waitForPod("liveness") { $0?.containerStatus()?.state?.waiting?.reason == "CrashLoopBackOff" }
            #expect(killed?.containerStatus()?.lastState?.terminated?.exitCode == 143)
            try await cluster.waitForEvent(about: "liveness") {
                $0.reason == "Unhealthy" && $0.type == .warning && $0.message == "Liveness probe failed: command [false] exited with 1"
            }
            try await cluster.waitForEvent(about: "liveness") {
                $0.reason == "Killing" && $0.message == "Container app failed liveness probe, will be restarted"
            }
            await cluster.advance(by: .seconds(10))
            try await cluster.waitForPod("liveness") { $0?.containerStatus()?.restartCount == 1 }
        }
    }

    @Test func aFailingTCPLivenessProbeRestartsTheContainer() async throws {
        try await withKubeletCluster { cluster in
            var container = shell("exec sleep 3600")
            container.livenessProbe = Probe(tcpSocket: TCPSocketAction(port: 1), initialDelaySeconds: 3, failureThreshold: 2)
            try await cluster.run("tcp", [container])
            try await cluster.waitForPod("tcp") { $0?.status?.phase == .running }
            // Two failures (at 3 s and 13 s) reach the threshold.
            await cluster.advance(by: .seconds(3))
            await cluster.advance(by: .seconds(10))
            let killed = try await cluster.waitForPod("tcp") { $0?.containerStatus()?.state?.waiting?.reason == "CrashLoopBackOff" }
            #expect(killed?.containerStatus()?.lastState?.terminated != nil)
            let podIP = killed?.status?.podIP ?? ""
            try await cluster.waitForEvent(about: "tcp") {
                $0.reason == "Unhealthy" && $0.message?.hasPrefix("Liveness probe failed: dial tcp \(podIP):1:") == true
            }
        }
    }

    @Test(.enabled(if: hasPython, "needs python3 for an HTTP server"))
    func httpProbesReadTheStatusCode() async throws {
        try await withKubeletCluster { cluster in
            var container = Container(
                name: "app", image: "python", command: ["python3", "-m", "http.server", "8080", "--bind", "$(POD_IP)"],
                workingDir: cluster.directory
            )
            // The startup probe waits until the server listens, so the test needs no retries.
            container.startupProbe = Probe(
                exec: ExecAction(command: ["sh", "-c", #"until python3 -c "import socket; socket.create_connection(('$POD_IP', 8080))" 2>/dev/null; do sleep 0.02; done"#]),
                timeoutSeconds: 60
            )
            container.readinessProbe = Probe(httpGet: HTTPGetAction(path: "/", port: 8080), periodSeconds: 1)
            container.livenessProbe = Probe(httpGet: HTTPGetAction(path: "/missing", port: 8080), initialDelaySeconds: 5, periodSeconds: 5, failureThreshold: 1)
            try await cluster.run("http", [container])
            let ready = try await cluster.waitForPod("http") { $0?.condition(.ready) == .true }
            #expect(ready?.containerStatus()?.started == true)
            await cluster.advance(by: .seconds(5))
            try await cluster.waitForPod("http") { $0?.containerStatus()?.state?.waiting?.reason == "CrashLoopBackOff" }
            try await cluster.waitForEvent(about: "http") {
                $0.reason == "Unhealthy" && $0.message == "Liveness probe failed: HTTP probe failed with statuscode: 404"
            }
        }
    }

    @Test func readinessTogglesTheReadyCondition() async throws {
        try await withKubeletCluster { cluster in
            let file = cluster.directory + "/ready"
            var container = shell("exec sleep 3600")
            container.readinessProbe = Probe(exec: ExecAction(command: ["test", "-f", file]), periodSeconds: 1, failureThreshold: 1)
            try await cluster.run("ready", [container])
            let running = try await cluster.waitForPod("ready") { $0?.status?.phase == .running }
            #expect(running?.condition(.ready) == .false)
            #expect(running?.status?.conditions?.first { $0.type == .ready }?.reason == "ContainersNotReady")

            _ = FileManager.default.createFile(atPath: file, contents: nil)
            await cluster.advance(by: .seconds(1))
            try await cluster.waitForPod("ready") { $0?.condition(.ready) == .true && $0?.containerStatus()?.ready == true }

            try FileManager.default.removeItem(atPath: file)
            await cluster.advance(by: .seconds(1))
            try await cluster.waitForPod("ready") { $0?.condition(.ready) == .false && $0?.condition(.containersReady) == .false }
            #expect(try await cluster.pod("ready").containerStatus()?.restartCount == 0)
        }
    }
}
