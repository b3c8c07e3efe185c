import ArgumentParser
import Foundation
import SkiffAPI
import SkiffAPITesting
import SkiffCLI
import Testing

@Suite("delete and scale")
struct DeleteAndScaleTests {
    @Test("delete by name, by TYPE/NAME, by selector and by file; NotFound is reported")
    func delete() async throws {
        try await withCluster { cluster in
            for name in ["a", "b", "c"] { _ = try await cluster.client.create(samplePod(name, labels: ["app": name == "c" ? "db" : "web"])) }
            let output = CommandOutput()
            #expect(try await DeleteCommand.parse(["pod", "a", "x"]).execute(client: cluster.client, output: output) == .failure)
            #expect(output.standardOutput == "pod \"a\" deleted\n")
            #expect(output.standardError == "Error from server (NotFound): pods \"x\" not found\n")

            let selected = CommandOutput()
            #expect(try await DeleteCommand.parse(["pods", "-l", "app=web"]).execute(client: cluster.client, output: selected) == .success)
            #expect(selected.standardOutput == "pod \"b\" deleted\n")
            let remaining = try await cluster.client.list(Pod.self, namespace: "default")
            #expect(remaining.items.map(\.metadata.name) == ["c"])

            let path = try cluster.manifest("web.yaml", ApplyTests.deployment)
            _ = try await ApplyCommand.parse(["-f", path]).execute(client: cluster.client, output: CommandOutput())
            let byFile = CommandOutput()
            #expect(try await DeleteCommand.parse(["-f", path]).execute(client: cluster.client, output: byFile) == .success)
            #expect(byFile.standardOutput == "deployment.apps \"web\" deleted\nservice \"web\" deleted\n")

            let slash = CommandOutput()
            #expect(try await DeleteCommand.parse(["po/c", "--grace-period", "0"]).execute(client: cluster.client, output: slash) == .success)
            #expect(slash.standardOutput == "pod \"c\" deleted\n")
        }
    }

    @Test("--grace-period and --now become DeleteOptions.gracePeriodSeconds")
    func gracePeriod() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(samplePod("bound", node: "node-1"))
            let output = CommandOutput()
            #expect(try await DeleteCommand.parse(["pod", "bound", "--grace-period", "7"]).execute(client: cluster.client, output: output) == .success)
            let terminating = try await cluster.client.get(Pod.self, name: "bound", namespace: "default")
            #expect(terminating.metadata.deletionGracePeriodSeconds == 7)
            let listed = CommandOutput()
            _ = try await GetCommand.parse(["pods"]).execute(client: cluster.client, output: listed, now: fixedNow)
            #expect(listed.standardOutput.contains("Terminating"))
            #expect(try DeleteCommand.parse(["pod", "x", "--now"]).deleteOptions.gracePeriodSeconds == 1)
            #expect(try DeleteCommand.parse(["pod", "x"]).deleteOptions.gracePeriodSeconds == nil)
        }
    }

    @Test("scale a deployment through the scale subresource; pods cannot be scaled")
    func scale() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(sampleDeployment("web", replicas: 2))
            let output = CommandOutput()
            #expect(try await ScaleCommand.parse(["deployment", "web", "--replicas=5"]).execute(client: cluster.client, output: output) == .success)
            #expect(output.standardOutput == "deployment.apps/web scaled\n")
            let scaled = try await cluster.client.get(Deployment.self, name: "web", namespace: "default")
            #expect(scaled.spec?.replicas == 5)

            let slash = CommandOutput()
            #expect(try await ScaleCommand.parse(["deploy/web", "--replicas", "0"]).execute(client: cluster.client, output: slash) == .success)
            #expect(try await cluster.client.get(Deployment.self, name: "web", namespace: "default").spec?.replicas == 0)

            let pods = CommandOutput()
            #expect(try await ScaleCommand.parse(["pods", "a", "--replicas=3"]).execute(client: cluster.client, output: pods) == .failure)
            #expect(pods.standardError.hasPrefix("error: cannot scale pods: "))

            let missing = CommandOutput()
            #expect(try await ScaleCommand.parse(["rs", "nope", "--replicas=3"]).execute(client: cluster.client, output: missing) == .failure)
            #expect(missing.standardError == "Error from server (NotFound): replicasets.apps \"nope\" not found\n")
        }
    }
}
