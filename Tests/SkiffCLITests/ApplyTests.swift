import ArgumentParser
import Foundation
import SkiffAPI
import SkiffAPITesting
import SkiffCLI
import Testing

@Suite("apply and create")
struct ApplyTests {
    static let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels:
            app: web
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
              - name: web
                image: nginx
                command: ["sleep", "3600"]
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
            targetPort: 8080
        """

    @Test("created, then unchanged, then configured after an edit")
    func threeApplies() async throws {
        try await withCluster { cluster in
            let path = try cluster.manifest("web.yaml", Self.deployment)
            let command = try ApplyCommand.parse(["-f", path])

            let first = CommandOutput()
            #expect(await command.execute(client: cluster.client, output: first) == .success)
            #expect(first.standardOutput == "deployment.apps/web created\nservice/web created\n")
            #expect(first.standardError == "")

            let second = CommandOutput()
            #expect(await command.execute(client: cluster.client, output: second) == .success)
            #expect(second.standardOutput == "deployment.apps/web unchanged\nservice/web unchanged\n")

            _ = try cluster.manifest("web.yaml", Self.deployment.replacingOccurrences(of: "replicas: 3", with: "replicas: 5"))
            let third = CommandOutput()
            #expect(await command.execute(client: cluster.client, output: third) == .success)
            #expect(third.standardOutput == "deployment.apps/web configured\nservice/web unchanged\n")

            let stored = try await cluster.client.get(Deployment.self, name: "web", namespace: "default")
            #expect(stored.spec?.replicas == 5)
            #expect(stored.metadata.generation == 2)
            let lastApplied = try #require(stored.metadata.annotations?[LastAppliedConfiguration.annotation])
            #expect(lastApplied.hasPrefix(#"{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"labels":{"app":"web"},"name":"web","namespace":"default"}"#))
            #expect(lastApplied.hasSuffix("}\n"))
        }
    }

    @Test("a configured Service keeps the cluster IP the server allocated")
    func serviceKeepsClusterIP() async throws {
        try await withCluster { cluster in
            let path = try cluster.manifest("web.yaml", Self.deployment)
            _ = try await ApplyCommand.parse(["-f", path]).execute(client: cluster.client, output: CommandOutput())
            var service = try await cluster.client.get(Service.self, name: "web", namespace: "default")
            service.spec?.clusterIP = "10.96.0.10"
            service.spec?.clusterIPs = ["10.96.0.10"]
            _ = try await cluster.client.update(service)

            _ = try cluster.manifest("web.yaml", Self.deployment.replacingOccurrences(of: "port: 80", with: "port: 81"))
            let output = CommandOutput()
            #expect(try await ApplyCommand.parse(["-f", path]).execute(client: cluster.client, output: output) == .success)
            #expect(output.standardOutput.contains("service/web configured"))
            let updated = try await cluster.client.get(Service.self, name: "web", namespace: "default")
            #expect(updated.spec?.clusterIP == "10.96.0.10")
            #expect(updated.spec?.ports?.first?.port == 81)
        }
    }

    @Test("an invalid object is reported with its field path; the others are applied, nothing else touched")
    func invalidObject() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(ConfigMap(metadata: ObjectMeta(name: "keep", namespace: "default"), data: ["a": "1"]))
            let path = try cluster.manifest("mixed.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                data:
                  mode: fast
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: broken
                spec:
                  containers:
                  - name: Bad_Name
                    image: nginx
                """)
            let output = CommandOutput()
            #expect(try await ApplyCommand.parse(["-f", path]).execute(client: cluster.client, output: output) == .failure)
            #expect(output.standardOutput == "configmap/settings created\n")
            #expect(output.standardError.hasPrefix("Error from server (Invalid): error when creating \"\(path)\": Pod \"broken\" is invalid: "))
            #expect(output.standardError.contains("spec.containers[0].name"))
            #expect(await status { try await cluster.client.get(Pod.self, name: "broken", namespace: "default") }?.reason == .notFound)
            let kept = try await cluster.client.get(ConfigMap.self, name: "keep", namespace: "default")
            #expect(kept.data == ["a": "1"])
        }
    }

    @Test("a file that is not YAML applies nothing and says why")
    func badYAML() async throws {
        try await withCluster { cluster in
            let path = try cluster.manifest("bad.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: first
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: [unclosed
                """)
            let output = CommandOutput()
            #expect(try await ApplyCommand.parse(["-f", path]).execute(client: cluster.client, output: output) == .failure)
            #expect(output.standardOutput == "")
            #expect(output.standardError.hasPrefix("error: error parsing \(path): error converting YAML to JSON: yaml: line "))
            #expect(await status { try await cluster.client.get(ConfigMap.self, name: "first", namespace: "default") }?.reason == .notFound)
        }
    }

    @Test("an unknown kind is a resource mapping error, as kubectl words it")
    func unknownKind() async throws {
        try await withCluster { cluster in
            let path = try cluster.manifest("foo.yaml", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\n")
            let output = CommandOutput()
            #expect(try await ApplyCommand.parse(["-f", path]).execute(client: cluster.client, output: output) == .failure)
            #expect(output.standardError == """
                error: resource mapping not found for name: "x" namespace: "" from "\(path)": no matches for kind "Foo" in version "v1"
                ensure CRDs are installed first

                """)
        }
    }

    @Test("a directory applies its manifests in name order; -n sets the namespace; JSON and stdin work")
    func directoryJSONAndStandardInput() async throws {
        try await withCluster { cluster in
            let directory = cluster.directory + "/manifests"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"b"}}"#.write(toFile: directory + "/b.json", atomically: true, encoding: .utf8)
            try "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n".write(toFile: directory + "/a.yml", atomically: true, encoding: .utf8)
            try "not a manifest".write(toFile: directory + "/notes.txt", atomically: true, encoding: .utf8)
            let output = CommandOutput()
            let code = try await ApplyCommand.parse(["-f", directory, "-n", "kube-system"]).execute(client: cluster.client, output: output)
            #expect(code == .success)
            #expect(output.standardOutput == "configmap/a created\nconfigmap/b created\n")
            _ = try await cluster.client.get(ConfigMap.self, name: "b", namespace: "kube-system")

            let piped = CommandOutput()
            let pipedCode = try await ApplyCommand.parse(["-f", "-"]).execute(client: cluster.client, output: piped) {
                "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n"
            }
            #expect(pipedCode == .success)
            #expect(piped.standardOutput == "namespace/team created\n")
        }
    }

    @Test("create makes new objects and reports existing ones as AlreadyExists")
    func create() async throws {
        try await withCluster { cluster in
            let path = try cluster.manifest("web.yaml", Self.deployment)
            let first = CommandOutput()
            #expect(try await CreateCommand.parse(["-f", path]).execute(client: cluster.client, output: first) == .success)
            #expect(first.standardOutput == "deployment.apps/web created\nservice/web created\n")
            let created = try await cluster.client.get(Deployment.self, name: "web", namespace: "default")
            #expect(created.metadata.annotations?[LastAppliedConfiguration.annotation] == nil)

            let second = CommandOutput()
            #expect(try await CreateCommand.parse(["-f", path]).execute(client: cluster.client, output: second) == .failure)
            #expect(second.standardError == """
                Error from server (AlreadyExists): error when creating "\(path)": deployments.apps "web" already exists
                Error from server (AlreadyExists): error when creating "\(path)": services "web" already exists

                """)

            // An object created without apply is `configured` by the first apply (no record yet).
            let applied = CommandOutput()
            _ = try await ApplyCommand.parse(["-f", path]).execute(client: cluster.client, output: applied)
            #expect(applied.standardOutput == "deployment.apps/web configured\nservice/web configured\n")
        }
    }
}
