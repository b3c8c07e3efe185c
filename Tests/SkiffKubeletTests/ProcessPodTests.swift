import Foundation
import Glibc
import SkiffAPI
import SkiffClient
import Testing
@testable import SkiffKubelet

@Suite("Kubelet running real processes", .serialized)
struct ProcessPodTests {
    @Test func runsAProcessWithAPodIPAndLogsItsOutput() async throws {
        try await withKubeletCluster { cluster in
            let marker = cluster.directory + "/said-hi"
            let created = try await cluster.run("web-1", [shell("echo hi; touch \(marker); exec sleep 3600")]) { pod in
                // Ready once `hi` is in the log (the marker is touched after the echo returned):
                // the probe waits for it, so the test observes the log through the pod status
                // instead of polling the file.
                pod.spec?.containers[0].readinessProbe = Probe(
                    exec: ExecAction(command: ["sh", "-c", "while [ ! -f \(marker) ]; do sleep 0.01; done"]), timeoutSeconds: 5
                )
            }
            let uid = created.metadata.uid ?? ""
            let logPath = "\(cluster.directory)/kubelet/pods/default_web-1_\(uid)/app/0.log"
            let running = try await cluster.waitForPod("web-1") { $0?.status?.phase == .running }
            let status = try #require(running?.status)
            #expect(status.podIP?.hasPrefix("127.244.7.") == true)
            #expect(status.podIPs == [PodIP(ip: status.podIP ?? "")])
            #expect(status.hostIP == "127.0.0.1")
            #expect(status.startTime != nil)
            let container = try #require(running?.containerStatus())
            #expect(container.state?.running?.startedAt != nil)
            #expect(container.image == "busybox")
            #expect(container.containerID?.hasPrefix("process://") == true)
            #expect(container.restartCount == 0)
            #expect(running?.condition(.podScheduled) == .true)
            #expect(running?.condition(.initialized) == .true)
            #expect(running?.condition(.podReadyToStartContainers) == .true)

            let ready = try await cluster.waitForPod("web-1") { $0?.condition(.ready) == .true }
            #expect(ready?.containerStatus()?.ready == true)
            #expect(ready?.condition(.containersReady) == .true)
            #expect(FileManager.default.fileExists(atPath: logPath))
            let logs = try await cluster.kubelet.logs(namespace: "default", pod: "web-1")
            #expect(logs == "hi\n")
            let tail = try await cluster.kubelet.logs(namespace: "default", pod: "web-1", tailLines: 1)
            #expect(tail == "hi\n")
            try await cluster.waitForEvent(about: "web-1") {
                $0.reason == "Started" && $0.message == "Started container app" && $0.source?.component == "kubelet"
                    && $0.involvedObject.fieldPath == "spec.containers{app}"
            }

            let usage = await cluster.kubelet.usage()
            #expect(usage.first?.name == "web-1")
            #expect((usage.first?.containers["app"]?.memoryBytes ?? 0) > 0)
        }
    }

    @Test func aCrashingContainerBacksOffTenTwentyFortySeconds() async throws {
        try await withKubeletCluster { cluster in
            try await cluster.run("crash", [shell("echo crashing; exit 1")])
            for (restarts, delay) in [(Int32(0), 10), (1, 20), (2, 40)] {
                let waiting = try await cluster.waitForPod("crash") {
                    $0?.containerStatus()?.state?.waiting?.reason == "CrashLoopBackOff" && $0?.containerStatus()?.restartCount == restarts
                }
                let container = try #require(waiting?.containerStatus())
                #expect(container.lastState?.terminated?.exitCode == 1)
                #expect(container.lastState?.terminated?.reason == "Error")
                #expect(container.state?.waiting?.message?.hasPrefix("back-off \(delay)s restarting failed container=app pod=crash_default(") == true)
                #expect(waiting?.status?.phase == .running)
                #expect(waiting?.condition(.ready) == .false)

                // One second early nothing happens; at the deadline the container starts again.
                await cluster.advance(by: .seconds(Int64(delay - 1)))
                await cluster.loop.settle()
                #expect(try await cluster.pod("crash").containerStatus()?.restartCount == restarts)
                await cluster.advance(by: .seconds(1))
                try await cluster.waitForPod("crash") { $0?.containerStatus()?.restartCount == restarts + 1 }
            }
            let uid = try await cluster.pod("crash").metadata.uid ?? ""
            try await cluster.waitForEvent(about: "crash") {
                $0.reason == "BackOff" && $0.type == .warning
                    && $0.message == "Back-off restarting failed container app in pod crash_default(\(uid))"
            }
            #expect(try await cluster.kubelet.logs(namespace: "default", pod: "crash", previous: true) == "crashing\n")
        }
    }

    @Test func restartPolicyNeverAndOnFailure() async throws {
        try await withKubeletCluster { cluster in
            try await cluster.run("never-fails", [shell("exit 3")], restartPolicy: .never)
            try await cluster.run("never-succeeds", [shell("exit 0")], restartPolicy: .never)
            try await cluster.run("onfailure-succeeds", [shell("exit 0")], restartPolicy: .onFailure)
            try await cluster.run("onfailure-fails", [shell("exit 2")], restartPolicy: .onFailure)

            let failed = try await cluster.waitForPod("never-fails") { $0?.status?.phase == .failed }
            #expect(failed?.containerStatus()?.state?.terminated?.exitCode == 3)
            #expect(failed?.containerStatus()?.state?.terminated?.reason == "Error")
            #expect(failed?.containerStatus()?.restartCount == 0)
            #expect(failed?.status?.conditions?.first { $0.type == .ready }?.reason == "PodCompleted")

            let succeeded = try await cluster.waitForPod("never-succeeds") { $0?.status?.phase == .succeeded }
            #expect(succeeded?.containerStatus()?.state?.terminated?.reason == "Completed")
            try await cluster.waitForPod("onfailure-succeeds") { $0?.status?.phase == .succeeded }

            let backingOff = try await cluster.waitForPod("onfailure-fails") {
                $0?.containerStatus()?.state?.waiting?.reason == "CrashLoopBackOff"
            }
            #expect(backingOff?.status?.phase == .running)
            #expect(backingOff?.containerStatus()?.lastState?.terminated?.exitCode == 2)
        }
    }

    @Test func initContainersRunInOrderBeforeTheApp() async throws {
        try await withKubeletCluster { cluster in
            let file = cluster.directory + "/order.txt"
            try await cluster.run("init", [shell("cat \(file)")], restartPolicy: .never) { pod in
                pod.spec?.initContainers = [shell("echo one >> \(file)", name: "first"), shell("echo two >> \(file)", name: "second")]
            }
            let done = try await cluster.waitForPod("init") { $0?.status?.phase == .succeeded }
            #expect(done?.status?.initContainerStatuses?.map(\.name) == ["first", "second"])
            #expect(done?.status?.initContainerStatuses?.allSatisfy { $0.state?.terminated?.reason == "Completed" } == true)
            #expect(done?.condition(.initialized) == .true)
            #expect(try await cluster.kubelet.logs(namespace: "default", pod: "init", container: "app") == "one\ntwo\n")
        }
    }

    @Test func aFailingInitContainerBlocksTheApp() async throws {
        try await withKubeletCluster { cluster in
            try await cluster.run("blocked", [shell("echo never")], restartPolicy: .never) { pod in
                pod.spec?.initContainers = [shell("exit 7", name: "setup")]
            }
            let failed = try await cluster.waitForPod("blocked") { $0?.status?.phase == .failed }
            #expect(failed?.status?.initContainerStatuses?.first?.state?.terminated?.exitCode == 7)
            #expect(failed?.containerStatus()?.state?.waiting?.reason == "PodInitializing")
            #expect(failed?.condition(.initialized) == .false)
        }
    }

    @Test func deletionSendsTermWaitsTheGracePeriodThenKills() async throws {
        try await withKubeletCluster { cluster in
            let marker = cluster.directory + "/prestop"
            try await cluster.run("stubborn", [shell("trap 'echo got TERM' TERM; while true; do sleep 0.05; done")]) { pod in
                pod.spec?.terminationGracePeriodSeconds = 30
                pod.spec?.containers[0].lifecycle = Lifecycle(preStop: LifecycleHandler(exec: ExecAction(command: ["sh", "-c", "echo stop > \(marker)"])))
            }
            try await cluster.waitForPod("stubborn") { $0?.status?.phase == .running }
            let deleting = try await cluster.client.delete(Pod.self, name: "stubborn", namespace: "default")
            #expect(deleting.metadata.deletionTimestamp != nil)
            #expect(deleting.metadata.deletionGracePeriodSeconds == 30)

            // The preStop hook is a real process: wait for its effect before moving the clock, or
            // the grace period could run out (correctly killing the hook) on a slow machine.
            try await cluster.waitForFile(marker)
            // The process ignores SIGTERM: the pod stays until the grace period is over.
            await cluster.advance(by: .seconds(29))
            await cluster.loop.settle()
            let waiting = try await cluster.pod("stubborn")
            #expect(waiting.containerStatus()?.state?.running != nil)
            try await cluster.waitForEvent(about: "stubborn") { $0.reason == "Killing" && $0.message == "Stopping container app" }

            await cluster.advance(by: .seconds(1))
            try await cluster.waitForPod("stubborn") { pod in
                guard let pod else { return true }
                return pod.containerStatus()?.state?.terminated?.exitCode == 137
            }
            try await cluster.waitForPod("stubborn") { $0 == nil }
            await cluster.loop.settle()
            #expect(await cluster.kubelet.podCount == 0)
        }
    }

    @Test func deletionOfAPodThatStopsOnTermIsQuick() async throws {
        try await withKubeletCluster { cluster in
            try await cluster.run("polite", [shell("exec sleep 3600")])
            try await cluster.waitForPod("polite") { $0?.status?.phase == .running }
            _ = try await cluster.client.delete(Pod.self, name: "polite", namespace: "default")
            // No clock movement needed: sleep dies of SIGTERM at once.
            try await cluster.waitForPod("polite") { $0 == nil }
        }
    }

    @Test func aContainerWithoutACommandFailsWithAClearReason() async throws {
        try await withKubeletCluster { cluster in
            try await cluster.run("nocommand", [Container(name: "app", image: "nginx")])
            let pod = try await cluster.waitForPod("nocommand") {
                $0?.containerStatus()?.state?.waiting?.reason == "CreateContainerConfigError"
            }
            #expect(pod?.containerStatus()?.state?.waiting?.message == "container has no command; Skiff runs commands, it does not pull images")
            #expect(pod?.status?.phase == .pending)
            let failed = try await cluster.waitForEvent(about: "nocommand") { $0.reason == "Failed" }
            #expect(failed?.type == .warning)
            #expect(failed?.message == "Error: container has no command; Skiff runs commands, it does not pull images")
        }
    }

    @Test func environmentHasPodVariablesFieldRefsAndConfigMapKeys() async throws {
        try await withKubeletCluster { cluster in
            _ = try await cluster.client.create(ConfigMap(metadata: ObjectMeta(name: "settings", namespace: "default"), data: ["greeting": "hello", "color": "blue"]))
            _ = try await cluster.client.create(Secret(metadata: ObjectMeta(name: "creds", namespace: "default"), data: ["token": Data("s3cret".utf8).base64EncodedString()]))
            var container = shell(#"echo "$POD_NAME $POD_NAMESPACE $NODE_NAME $MY_UID $MY_APP $GREETING $TOKEN $CFG_color $COMBINED"; echo "$POD_IP" "$MY_IP""#)
            container.env = [
                EnvVar(name: "MY_UID", valueFrom: EnvVarSource(fieldRef: ObjectFieldSelector(fieldPath: "metadata.uid"))),
                EnvVar(name: "MY_APP", valueFrom: EnvVarSource(fieldRef: ObjectFieldSelector(fieldPath: "metadata.labels['app']"))),
                EnvVar(name: "MY_IP", valueFrom: EnvVarSource(fieldRef: ObjectFieldSelector(fieldPath: "status.podIP"))),
                EnvVar(name: "GREETING", valueFrom: EnvVarSource(configMapKeyRef: ConfigMapKeySelector(name: "settings", key: "greeting"))),
                EnvVar(name: "TOKEN", valueFrom: EnvVarSource(secretKeyRef: SecretKeySelector(name: "creds", key: "token"))),
                EnvVar(name: "COMBINED", value: "$(GREETING)-$(POD_NAME)"),
            ]
            container.envFrom = [EnvFromSource(prefix: "CFG_", configMapRef: ConfigMapEnvSource(name: "settings"))]
            let created = try await cluster.run("env", [container], restartPolicy: .never) { pod in
                pod.metadata.labels = ["app": "web"]
            }
            let done = try await cluster.waitForPod("env") { $0?.status?.phase == .succeeded }
            let podIP = done?.status?.podIP ?? "?"
            let logs = try await cluster.kubelet.logs(namespace: "default", pod: "env")
            #expect(logs == "env default node-1 \(created.metadata.uid ?? "") web hello s3cret blue hello-env\n\(podIP) \(podIP)\n")
        }
    }

    @Test func aMissingConfigMapIsAConfigError() async throws {
        try await withKubeletCluster { cluster in
            var container = shell("echo $X")
            container.env = [EnvVar(name: "X", valueFrom: EnvVarSource(configMapKeyRef: ConfigMapKeySelector(name: "absent", key: "x")))]
            try await cluster.run("missing", [container])
            let pod = try await cluster.waitForPod("missing") { $0?.containerStatus()?.state?.waiting?.reason == "CreateContainerConfigError" }
            #expect(pod?.containerStatus()?.state?.waiting?.message == "configmap \"absent\" not found")
        }
    }

    @Test func aProcessKilledFromOutsideIsNoticedAndRestarted() async throws {
        try await withKubeletCluster { cluster in
            try await cluster.run("victim", [shell("exec sleep 3600")])
            let running = try await cluster.waitForPod("victim") { $0?.status?.phase == .running }
            let containerID = try #require(running?.containerStatus()?.containerID)
            let pid = try #require(Int32(containerID.split(separator: "-").last ?? ""))
            #expect(kill(pid, SIGKILL) == 0)
            let crashed = try await cluster.waitForPod("victim") { $0?.containerStatus()?.state?.waiting?.reason == "CrashLoopBackOff" }
            #expect(crashed?.containerStatus()?.lastState?.terminated?.exitCode == 137)
            #expect(crashed?.containerStatus()?.lastState?.terminated?.signal == SIGKILL)
            await cluster.advance(by: .seconds(10))
            let restarted = try await cluster.waitForPod("victim") {
                $0?.containerStatus()?.restartCount == 1 && $0?.containerStatus()?.state?.running != nil
            }
            #expect(restarted?.containerStatus()?.containerID != containerID)
        }
    }
}

