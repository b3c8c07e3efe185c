import ArgumentParser
import Foundation
import SkiffAPI
import SkiffAPITesting
import SkiffCLI
import Testing

@Suite("describe")
struct DescribeTests {
    func describe(_ arguments: [String], _ cluster: CLITestCluster) async throws -> (ExitCode, CommandOutput) {
        let output = CommandOutput()
        let code = try await DescribeCommand.parse(arguments).execute(client: cluster.client, output: output, now: CLITestCluster.now)
        return (code, output)
    }

    @Test("a pod: node, IP, containers with state and restarts, conditions, its events")
    func pod() async throws {
        try await withCluster { cluster in
            try await GetTests.runningPod(cluster.client)
            let pod = try await cluster.client.get(Pod.self, name: "web-1", namespace: "default")
            _ = try await cluster.client.create(Event(
                metadata: ObjectMeta(name: "web-1.1", namespace: "default"),
                involvedObject: ObjectReference(kind: "Pod", namespace: "default", name: "web-1", uid: pod.metadata.uid),
                reason: "Scheduled", message: "Successfully assigned default/web-1 to node-1",
                source: EventSource(component: "default-scheduler"),
                firstTimestamp: SkiffAPI.Time(CLITestCluster.created.addingTimeInterval(60)),
                lastTimestamp: SkiffAPI.Time(CLITestCluster.created.addingTimeInterval(60)), count: 1, type: .normal
            ))
            // An event about another object with the same name must not show up.
            _ = try await cluster.client.create(Event(
                metadata: ObjectMeta(name: "other", namespace: "default"),
                involvedObject: ObjectReference(kind: "Pod", namespace: "default", name: "web-1", uid: "old-uid"),
                reason: "Killing", type: .normal
            ))

            let (code, output) = try await describe(["pod", "web-1"], cluster)
            #expect(code == .success)
            let text = output.standardOutput
            // Admission resolved the pod's priority (no class: 0), so it is printed, as kubectl does.
            #expect(text.hasPrefix("Name:         web-1\nNamespace:    default\nPriority:     0\nNode:         node-1/10.0.0.1\n"))
            let lines = squeezed(text)
            for expected in [
                "Node: node-1/10.0.0.1",
                "Start Time: Thu, 01 Jan 2026 00:00:00 +0000",
                "Labels: <none>",
                "Status: Running",
                "IP: 10.244.0.5",
                "Containers:\n app:",
                "Image: \n",
                "Command:\n sleep\n 3600",
                "State: Running\n Started: Thu, 01 Jan 2026 00:04:00 +0000",
                "Last State: Terminated\n Reason: Error\n Exit Code: 1",
                "Ready: True\n Restart Count: 2",
                "Conditions:\n Type Status\n Ready True \n",
                "QoS Class: BestEffort",
                "Events:\n Type Reason Age From Message\n ---- ------ ---- ---- -------\n Normal Scheduled 4m default-scheduler Successfully assigned default/web-1 to node-1\n",
            ] {
                #expect(lines.contains(expected), "missing \(expected)")
            }
            #expect(!text.contains("Killing"))
        }
    }

    @Test("a deployment: replicas line, strategy, selector, pod template; <none> events")
    func deployment() async throws {
        try await withCluster { cluster in
            let path = try cluster.manifest("web.yaml", ApplyTests.deployment)
            _ = try await ApplyCommand.parse(["-f", path]).execute(client: cluster.client, output: CommandOutput())
            var deployment = try await cluster.client.get(Deployment.self, name: "web", namespace: "default")
            deployment.status = DeploymentStatus(replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3, conditions: [
                DeploymentCondition(type: .available, status: .true, reason: "MinimumReplicasAvailable"),
            ])
            _ = try await cluster.client.updateStatus(deployment)

            let (_, output) = try await describe(["deployment/web"], cluster)
            let lines = squeezed(output.standardOutput)
            for expected in [
                "Name: web\nNamespace: default\nCreationTimestamp: Thu, 01 Jan 2026 00:00:00 +0000\nLabels: app=web\nAnnotations: <none>\n",
                "Selector: app=web",
                "Replicas: 3 desired | 3 updated | 3 total | 3 available | 0 unavailable",
                "StrategyType: RollingUpdate",
                "RollingUpdateStrategy: 25% max unavailable, 25% max surge",
                "Pod Template:\n Labels: app=web\n Containers:\n web:\n Image: nginx",
                "Conditions:\n Type Status Reason\n ---- ------ ------\n Available True MinimumReplicasAvailable",
                "Events: <none>",
            ] {
                #expect(lines.contains(expected), "missing \(expected)")
            }
        }
    }

    @Test("other kinds get the generic describer; a missing object is NotFound")
    func genericAndMissing() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(ConfigMap(metadata: ObjectMeta(name: "settings", namespace: "default"), data: ["mode": "fast"]))
            let (_, output) = try await describe(["cm", "settings"], cluster)
            let lines = squeezed(output.standardOutput)
            #expect(lines.hasPrefix("Name: settings\nNamespace: default\nLabels: <none>\nAnnotations: <none>\nAPI Version: v1\n"))
            #expect(lines.contains("Data:\n Mode: fast\n"))
            #expect(lines.contains("Metadata:\n UID: "))
            #expect(lines.contains(" Creation Timestamp: 2026-01-01T00:00:00Z\n"))
            #expect(lines.hasSuffix("Events: <none>\n"))

            let (code, missing) = try await describe(["pod", "nope"], cluster)
            #expect(code == .failure)
            #expect(missing.standardError == "Error from server (NotFound): pods \"nope\" not found\n")
        }
    }
}
