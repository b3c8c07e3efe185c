import SkiffAPI
import SkiffAPIServer
import SkiffClient
import Testing
import SkiffAPITesting

@Suite("API server: lists, selectors, pagination")
struct ListTests {
    @Test func labelAndFieldSelectorsFilter() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(samplePod("a", labels: ["app": "web", "tier": "front"], node: "n1"))
            _ = try await cluster.client.create(samplePod("b", labels: ["app": "web", "tier": "back"], node: "n2"))
            _ = try await cluster.client.create(samplePod("c", labels: ["app": "db"]))
            func names(_ label: String?, _ field: String? = nil) async throws -> [String] {
                try await cluster.client.list(Pod.self, namespace: "default", labelSelector: label, fieldSelector: field)
                    .items.compactMap(\.metadata.name).sorted()
            }
            #expect(try await names("app=web") == ["a", "b"])
            #expect(try await names("app=web,tier!=back") == ["a"])
            #expect(try await names("tier in (front,back)") == ["a", "b"])
            #expect(try await names("!tier") == ["c"])
            #expect(try await names(nil, "spec.nodeName=n2") == ["b"])
            #expect(try await names(nil, "spec.nodeName=") == ["c"])
            #expect(try await names("app=web", "metadata.name!=a") == ["b"])
        }
    }

    @Test func badSelectorsAreBadRequests() async throws {
        try await withCluster { cluster in
            let label = await status { try await cluster.client.list(Pod.self, labelSelector: "app in (web") }
            #expect(label?.reason == .badRequest)
            let field = await status { try await cluster.client.list(Pod.self, fieldSelector: "spec.unknown=x") }
            #expect(field?.reason == .badRequest)
            #expect(field?.message == "field label not supported: spec.unknown")
        }
    }

    @Test func listsHaveKubernetesShape() async throws {
        try await withCluster { cluster in
            let empty = try await cluster.client.list(Pod.self, namespace: "default")
            #expect(empty.items.isEmpty)
            let json = try JSONCodec.encodeValue(empty)
            #expect(json["kind"] == .string("PodList"))
            #expect(json["items"] == .array([]))
            #expect(json["metadata"]?["resourceVersion"]?.stringValue != nil)
        }
    }

    @Test func namespacesScopeLists() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(Namespace(metadata: ObjectMeta(name: "team")))
            _ = try await cluster.client.create(samplePod("a"))
            _ = try await cluster.client.create(samplePod("b", namespace: "team"))
            #expect(try await cluster.client.list(Pod.self, namespace: "team").items.map(\.metadata.name) == ["b"])
            // No namespace lists every namespace, as `GET /api/v1/pods` does.
            #expect(try await cluster.client.list(Pod.self, namespace: nil).items.map(\.metadata.name) == ["a", "b"])
            let all = try await cluster.server.list(Pod.self, namespace: "", options: ListOptions())
            #expect(all.items.count == 2)
        }
    }

    @Test func paginationWalksEveryItemOnce() async throws {
        try await withCluster { cluster in
            for index in 0..<25 {
                _ = try await cluster.client.create(samplePod("pod-\(index)", labels: ["even": index % 2 == 0 ? "yes" : "no"]))
            }
            var seen: [String] = []
            var token: String?
            var pages = 0
            var versions: Set<String> = []
            repeat {
                let page = try await cluster.client.list(
                    Pod.self, namespace: "default", options: ListOptions(labelSelector: "even=yes", limit: 5, continue: token)
                )
                pages += 1
                seen += page.items.compactMap(\.metadata.name)
                token = page.metadata.continue
                versions.insert(page.metadata.resourceVersion ?? "")
            } while token != nil
            #expect(pages == 3)
            #expect(seen.count == 13)
            #expect(Set(seen).count == 13)
            #expect(versions.count == 1)
            let bad = await status {
                try await cluster.client.list(Pod.self, namespace: "default", options: ListOptions(limit: 5, continue: "garbage!"))
            }
            #expect(bad?.reason == .badRequest)
        }
    }
}
