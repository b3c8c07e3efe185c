import ArgumentParser
import Foundation
import SkiffAPI
import SkiffAPITesting
import SkiffCLI
import SkiffClient
import Testing

@Suite("get")
struct GetTests {
    /// A pod on `node-1` whose one container runs, restarted twice, the last time a minute ago.
    static func runningPod(_ client: any APIClient, name: String = "web-1", namespace: String = "default") async throws {
        var pod = try await client.create(samplePod(name, namespace: namespace, node: "node-1"))
        let restartedAt = SkiffAPI.Time(CLITestCluster.created.addingTimeInterval(240))
        pod.status = PodStatus(
            phase: .running, conditions: [PodCondition(type: .ready, status: .true)], hostIP: "10.0.0.1", podIP: "10.244.0.5",
            podIPs: [PodIP(ip: "10.244.0.5")], startTime: SkiffAPI.Time(CLITestCluster.created),
            containerStatuses: [ContainerStatus(
                name: "app", state: ContainerState(running: ContainerStateRunning(startedAt: restartedAt)),
                lastState: ContainerState(terminated: ContainerStateTerminated(exitCode: 1, reason: "Error", finishedAt: restartedAt)),
                ready: true, restartCount: 2, image: "busybox", imageID: "busybox@sha256:1"
            )],
            qosClass: .bestEffort
        )
        _ = try await client.updateStatus(pod)
    }

    func get(_ arguments: [String], _ client: any APIClient) async throws -> (ExitCode, CommandOutput) {
        let output = CommandOutput()
        let code = try await GetCommand.parse(arguments).execute(client: client, output: output, now: fixedNow)
        return (code, output)
    }

    @Test("pods: kubectl's columns and computed STATUS, wide adds IP and NODE")
    func pods() async throws {
        try await withCluster { cluster in
            try await Self.runningPod(cluster.client)
            _ = try await cluster.client.create(samplePod("web-2"))

            let (code, output) = try await get(["pods"], cluster.client)
            #expect(code == .success)
            #expect(output.standardOutput == """
                NAME    READY   STATUS    RESTARTS      AGE
                web-1   1/1     Running   2 (60s ago)   5m
                web-2   0/1     Pending   0             5m

                """)

            let (_, wide) = try await get(["po", "-o", "wide"], cluster.client)
            #expect(wide.standardOutput == """
                NAME    READY   STATUS    RESTARTS      AGE   IP           NODE     NOMINATED NODE   READINESS GATES
                web-1   1/1     Running   2 (60s ago)   5m    10.244.0.5   node-1   <none>           <none>
                web-2   0/1     Pending   0             5m    <none>       <none>   <none>           <none>

                """)

            let (_, labelled) = try await get(["pod", "web-2", "--show-labels"], cluster.client)
            #expect(labelled.standardOutput == """
                NAME    READY   STATUS    RESTARTS   AGE   LABELS
                web-2   0/1     Pending   0          5m    <none>

                """)
        }
    }

    @Test("STATUS follows kubectl: waiting reasons, exit codes, init containers, Terminating")
    func podStatusReasons() {
        func pod(_ status: PodStatus, initContainers: Int = 0, deleting: Bool = false) -> Pod {
            var pod = samplePod("p")
            pod.spec?.initContainers = initContainers == 0 ? nil : (0..<initContainers).map { Container(name: "init\($0)") }
            pod.status = status
            if deleting { pod.metadata.deletionTimestamp = SkiffAPI.Time(CLITestCluster.created) }
            return pod
        }
        let waiting = ContainerStatus(name: "app", state: ContainerState(waiting: ContainerStateWaiting(reason: "CrashLoopBackOff")))
        #expect(PodSummary(pod(PodStatus(phase: .running, containerStatuses: [waiting]))).status == "CrashLoopBackOff")
        let exited = ContainerStatus(name: "app", state: ContainerState(terminated: ContainerStateTerminated(exitCode: 3)))
        #expect(PodSummary(pod(PodStatus(phase: .failed, containerStatuses: [exited]))).status == "ExitCode:3")
        let completed = ContainerStatus(name: "app", state: ContainerState(terminated: ContainerStateTerminated(exitCode: 0, reason: "Completed")))
        #expect(PodSummary(pod(PodStatus(phase: .succeeded, containerStatuses: [completed]))).status == "Completed")
        let initRunning = ContainerStatus(name: "init0", state: ContainerState(running: ContainerStateRunning()))
        #expect(PodSummary(pod(PodStatus(phase: .pending, initContainerStatuses: [initRunning]), initContainers: 2)).status == "Init:0/2")
        #expect(PodSummary(pod(PodStatus(phase: .running), deleting: true)).status == "Terminating")
        #expect(PodSummary(pod(PodStatus(phase: .succeeded), deleting: true)).status == "Succeeded")
        #expect(PodSummary(pod(PodStatus(phase: .pending, reason: "Evicted"))).status == "Evicted")
    }

    @Test("deployments and nodes")
    func deploymentsAndNodes() async throws {
        try await withCluster { cluster in
            var deployment = try await cluster.client.create(sampleDeployment("web", replicas: 3))
            deployment.status = DeploymentStatus(replicas: 3, updatedReplicas: 3, readyReplicas: 2, availableReplicas: 2)
            _ = try await cluster.client.updateStatus(deployment)
            let (_, deployments) = try await get(["deploy"], cluster.client)
            #expect(deployments.standardOutput == """
                NAME   READY   UP-TO-DATE   AVAILABLE   AGE
                web    2/3     3            2           5m

                """)

            var node = try await cluster.client.create(Node(metadata: ObjectMeta(name: "node-1", labels: ["node-role.kubernetes.io/control-plane": ""])))
            node.status = NodeStatus(
                conditions: [NodeCondition(type: .ready, status: .true)],
                addresses: [NodeAddress(type: .internalIP, address: "10.0.0.1")],
                nodeInfo: NodeSystemInfo(kernelVersion: "6.1.0", osImage: "Debian GNU/Linux 12", containerRuntimeVersion: "skiff://0.1.0", kubeletVersion: "v1.33.0")
            )
            _ = try await cluster.client.updateStatus(node)
            _ = try await cluster.client.create(Node(metadata: ObjectMeta(name: "node-2"), spec: NodeSpec(unschedulable: true)))
            let (_, nodes) = try await get(["no"], cluster.client)
            #expect(nodes.standardOutput == """
                NAME     STATUS                       ROLES           AGE   VERSION
                node-1   Ready                        control-plane   5m    v1.33.0
                node-2   Unknown,SchedulingDisabled   <none>          5m    

                """)
        }
    }

    @Test("-A adds a NAMESPACE column; an empty list says so on stderr")
    func allNamespacesAndEmpty() async throws {
        try await withCluster { cluster in
            let (_, empty) = try await get(["pods"], cluster.client)
            #expect(empty.standardOutput == "")
            #expect(empty.standardError == "No resources found in default namespace.\n")
            let (_, emptyAll) = try await get(["pods", "-A"], cluster.client)
            #expect(emptyAll.standardError == "No resources found\n")
            let (_, emptySystem) = try await get(["pods", "-n", "kube-system"], cluster.client)
            #expect(emptySystem.standardError == "No resources found in kube-system namespace.\n")

            _ = try await cluster.client.create(samplePod("a"))
            _ = try await cluster.client.create(samplePod("b", namespace: "kube-system"))
            let (_, all) = try await get(["pods", "--all-namespaces"], cluster.client)
            #expect(all.standardOutput == """
                NAMESPACE     NAME   READY   STATUS    RESTARTS   AGE
                default       a      0/1     Pending   0          5m
                kube-system   b      0/1     Pending   0          5m

                """)
            let (_, namespaces) = try await get(["ns"], cluster.client)
            #expect(namespaces.standardOutput.hasPrefix("NAME              STATUS   AGE\ndefault           Active   5m\n"))
        }
    }

    @Test("-l filters by label")
    func selector() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(samplePod("a", labels: ["app": "web"]))
            _ = try await cluster.client.create(samplePod("b", labels: ["app": "db"]))
            let (_, output) = try await get(["pods", "-l", "app=web", "-o", "name"], cluster.client)
            #expect(output.standardOutput == "pod/a\n")
        }
    }

    @Test("-o json, -o yaml and -o name")
    func structuredOutput() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(sampleDeployment("web"))
            let (_, names) = try await get(["deployments.apps"], cluster.client)
            #expect(names.standardOutput.hasPrefix("NAME"))
            let (_, name) = try await get(["deployment", "web", "-o", "name"], cluster.client)
            #expect(name.standardOutput == "deployment.apps/web\n")

            let (_, single) = try await get(["deploy", "web", "-o", "json"], cluster.client)
            #expect(single.standardOutput.hasPrefix("{\n    \"apiVersion\": \"apps/v1\",\n    \"kind\": \"Deployment\",\n    \"metadata\": {\n"))
            let decoded = try JSONCodec.decode(Deployment.self, from: Array(single.standardOutput.utf8))
            #expect(decoded.metadata.name == "web")

            let (_, list) = try await get(["deploy", "-o", "json"], cluster.client)
            let value = try JSONValue(parsing: Array(list.standardOutput.utf8))
            #expect(value["kind"] == "DeploymentList")
            #expect(value["apiVersion"] == "apps/v1")
            let listed = try JSONCodec.decode(ObjectList<Deployment>.self, from: value)
            #expect(listed.items.map(\.metadata.name) == ["web"])
            #expect(Int(listed.metadata.resourceVersion ?? "") ?? 0 > 0)
            #expect(list.standardOutput.contains("    ],\n    \"kind\": \"DeploymentList\",\n    \"metadata\": {\n        \"resourceVersion\": \""))

            let (_, yaml) = try await get(["deploy", "-o", "yaml"], cluster.client)
            #expect(yaml.standardOutput.hasPrefix("apiVersion: apps/v1\nitems:\n- apiVersion: apps/v1\n  kind: Deployment\n"))
            #expect(yaml.standardOutput.contains("kind: DeploymentList\nmetadata:\n  resourceVersion: "))

            let (_, emptyJSON) = try await get(["pods", "-o", "json"], cluster.client)
            let empty = try JSONValue(parsing: Array(emptyJSON.standardOutput.utf8))
            #expect(empty["kind"] == "PodList")
            #expect(empty["items"] == .array([]))
            #expect(emptyJSON.standardError == "")
        }
    }

    @Test("NotFound and unknown resource types")
    func errors() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(samplePod("a"))
            let (code, output) = try await get(["pods", "a", "x"], cluster.client)
            #expect(code == .failure)
            #expect(output.standardError == "Error from server (NotFound): pods \"x\" not found\n")
            #expect(output.standardOutput.hasPrefix("NAME   READY"))

            let (deploymentCode, deployment) = try await get(["deploy/missing"], cluster.client)
            #expect(deploymentCode == .failure)
            #expect(deployment.standardError == "Error from server (NotFound): deployments.apps \"missing\" not found\n")

            let (unknownCode, unknown) = try await get(["foo"], cluster.client)
            #expect(unknownCode == .failure)
            #expect(unknown.standardError == "error: the server doesn't have a resource type \"foo\"\n")
        }
    }

    @Test("-w prints the table, then one row per change without headers")
    func watch() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(samplePod("a"))
            let (lines, continuation) = AsyncStream.makeStream(of: String.self)
            let output = CommandOutput { stream, text in
                guard stream == .output else { return }
                for line in text.split(separator: "\n") { continuation.yield(String(line)) }
            }
            let command = try GetCommand.parse(["pods", "-w"])
            let client = cluster.client
            let watcher = Task { await command.execute(client: client, output: output, now: fixedNow) }
            var iterator = lines.makeAsyncIterator()
            var seen: [String] = []
            for _ in 0..<2 { seen.append(await iterator.next() ?? "") }
            // The list has been printed, so these changes come through the watch.
            _ = try await cluster.client.create(samplePod("longer-name"))
            _ = try await cluster.client.delete(Pod.self, name: "a", namespace: "default")
            for _ in 0..<2 { seen.append(await iterator.next() ?? "") }
            watcher.cancel()
            #expect(await watcher.value == .success)
            #expect(seen == [
                "NAME   READY   STATUS    RESTARTS   AGE",
                "a      0/1     Pending   0          5m",
                "longer-name   0/1     Pending   0          5m",
                "a             0/1     Pending   0          5m",
            ])
        }
    }

    @Test("-A -w streams changes from every namespace with a NAMESPACE column")
    func watchAllNamespaces() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(samplePod("a"))
            let (lines, continuation) = AsyncStream.makeStream(of: String.self)
            let output = CommandOutput { stream, text in
                guard stream == .output else { return }
                for line in text.split(separator: "\n") { continuation.yield(String(line)) }
            }
            let command = try GetCommand.parse(["pods", "-A", "-w"])
            let client = cluster.client
            let watcher = Task { await command.execute(client: client, output: output, now: fixedNow) }
            var iterator = lines.makeAsyncIterator()
            var seen: [String] = []
            for _ in 0..<2 { seen.append(await iterator.next() ?? "") }
            _ = try await cluster.client.create(samplePod("b", namespace: "kube-system"))
            seen.append(await iterator.next() ?? "")
            watcher.cancel()
            #expect(await watcher.value == .success)
            #expect(seen == [
                "NAMESPACE   NAME   READY   STATUS    RESTARTS   AGE",
                "default     a      0/1     Pending   0          5m",
                "kube-system   b      0/1     Pending   0          5m",
            ])
        }
    }
}
