import Foundation
import SkiffAPI
import Testing

@Suite("KindRegistry: manifests to typed objects")
struct KindRegistryTests {
    let registry = KindRegistry()

    @Test func multiDocumentManifestsDecodeToTheirKinds() throws {
        let objects = try registry.decodeManifests("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: nginx-deployment
          labels: {app: nginx}
        spec:
          replicas: 3
          selector:
            matchLabels: {app: nginx}
          template:
            metadata:
              labels: {app: nginx}
            spec:
              containers:
              - name: nginx
                image: nginx:1.14.2
                ports:
                - containerPort: 80
        ---
        # a comment-only document is skipped
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          selector: {app: nginx}
          ports: [{port: 80, targetPort: 80}]
        """)
        #expect(objects.count == 2)
        let deployment = try #require(objects[0] as? Deployment)
        #expect(deployment.spec?.replicas == 3)
        #expect(deployment.spec?.template.spec?.containers.first?.ports?.first?.containerPort == 80)
        #expect(objects[1] is Service)
    }

    @Test func theExamplesDecode() throws {
        let examples = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".yaml") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOfFile: examples.appendingPathComponent(file).path, encoding: .utf8)
            for object in try registry.decodeManifests(text) {
                let problems = Self.problemsAsTheServerSeesThem(object)
                #expect(problems.isEmpty, "\(file): \(problems)")
            }
        }
    }

    /// What the API server checks: the request's namespace set, defaults applied, then validation.
    private static func problemsAsTheServerSeesThem<Object: APIObject>(_ object: Object) -> [FieldError] {
        var copy = object
        if Object.resourceInfo.isNamespaced { copy.metadata.namespace = copy.metadata.namespace ?? "default" }
        copy.applyDefaults()
        return copy.validate()
    }

    @Test func namesFromTheCommandLine() {
        #expect(registry.type(named: "po") == Pod.self)
        #expect(registry.type(named: "pods") == Pod.self)
        #expect(registry.type(named: "deploy") == Deployment.self)
        #expect(registry.type(named: "deployments.apps") == Deployment.self)
        #expect(registry.type(named: "Deployment") == Deployment.self)
        #expect(registry.type(named: "no") == Node.self)
        #expect(registry.type(named: "ns") == Namespace.self)
        #expect(registry.type(named: "svc") == Service.self)
        #expect(registry.type(named: "rs") == ReplicaSet.self)
        #expect(registry.type(named: "widgets") == nil)
    }

    @Test(arguments: [
        ("kind: Pod\nmetadata: {name: x}\n", "BadRequest", "apiVersion"),
        ("apiVersion: v1\nmetadata: {name: x}\n", "BadRequest", "Kind"),
        ("apiVersion: v1\nkind: Widget\nmetadata: {name: x}\n", "NotFound", "no matches for kind \"Widget\" in version \"v1\""),
        ("apiVersion: apps/v2\nkind: Deployment\nmetadata: {name: x}\n", "NotFound", "no matches for kind \"Deployment\" in version \"apps/v2\""),
        ("apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: {containers: [{name: a, ports: [{containerPort: eighty}]}]}\n", "BadRequest", "spec.containers[0].ports[0].containerPort"),
        ("apiVersion: v1\nkind: Pod\nmetadata: {name: x\n", "BadRequest", "line"),
        ("- just\n- a list\n", "BadRequest", "Kind"),
    ])
    func badManifestsGetAStatus(text: String, reason: String, mention: String) {
        do {
            _ = try registry.decodeManifests(text)
            Issue.record("decoded a bad manifest")
        } catch let status as Status {
            #expect(status.reason?.rawValue == reason)
            #expect(status.message?.contains(mention) == true, "\(status.message ?? "")")
        } catch {
            Issue.record("threw \(error), not a Status")
        }
    }

    @Test func malformedJSONGetsAStatus() {
        for text in ["{", "{\"kind\":}", "[1,2", "\u{0}", "{\"a\":1}}"] {
            do {
                _ = try JSONCodec.decode(Pod.self, from: Array(text.utf8))
                Issue.record("decoded \(text)")
            } catch let status as Status {
                #expect(status.reason == .badRequest)
            } catch {
                Issue.record("threw \(error), not a Status")
            }
        }
    }
}
