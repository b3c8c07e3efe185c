import SkiffAPI
import SkiffAPIServer
import SkiffClient
import SkiffWire
import Testing
import SkiffAPITesting

/// The same test bodies against `LocalClient` and `RemoteClient`: the wire must be invisible.
@Suite("APIClient: the same behaviour in process and over TCP")
struct RemoteClientTests {
    @Test(arguments: ClientKind.allCases)
    func createGetAndStatusErrorsRoundTrip(_ kind: ClientKind) async throws {
        try await withCluster(kind) { _, client in
            let created = try await client.create(samplePod("web", labels: ["v": "1"]))
            #expect(created.metadata.uid?.count == 36)
            #expect(created.kind == "Pod")
            let fetched = try await client.get(Pod.self, name: "web", namespace: "default")
            #expect(fetched == created)

            let duplicate = await status { try await client.create(samplePod("web")) }
            #expect(duplicate?.reason == .alreadyExists)
            #expect(duplicate?.code == 409)
            #expect(duplicate?.message == "pods \"web\" already exists")
            #expect(duplicate?.details?.name == "web")

            let missing = await status { try await client.get(Pod.self, name: "nope", namespace: "default") }
            #expect(missing == Status.notFound(resource: "pods", name: "nope"))
            let missingDeployment = await status { try await client.get(Deployment.self, name: "nope", namespace: "default") }
            #expect(missingDeployment?.message == "deployments.apps \"nope\" not found")
        }
    }

    @Test(arguments: ClientKind.allCases)
    func invalidObjectKeepsItsFieldCauses(_ kind: ClientKind) async throws {
        try await withCluster(kind) { _, client in
            var pod = samplePod("web")
            pod.spec?.containers = []
            let failure = await status { try await client.create(pod) }
            #expect(failure?.reason == .invalid)
            #expect(failure?.code == 422)
            #expect(failure?.details?.causes?.isEmpty == false)
        }
    }

    @Test(arguments: ClientKind.allCases)
    func listWithALabelSelector(_ kind: ClientKind) async throws {
        try await withCluster(kind) { _, client in
            _ = try await client.create(samplePod("a", labels: ["app": "web"]))
            _ = try await client.create(samplePod("b", labels: ["app": "db"]))
            _ = try await client.create(samplePod("c", labels: ["app": "web"]))
            let web = try await client.list(Pod.self, namespace: "default", labelSelector: "app=web")
            #expect(web.items.compactMap(\.metadata.name).sorted() == ["a", "c"])
            #expect(web.kind == "PodList")
            #expect(web.metadata.resourceVersion != nil)
            let bad = await status { try await client.list(Pod.self, namespace: "default", labelSelector: "app==,") }
            #expect(bad?.code == 400)
        }
    }

    @Test(arguments: ClientKind.allCases)
    func staleUpdateIsAConflict(_ kind: ClientKind) async throws {
        try await withCluster(kind) { _, client in
            let created = try await client.create(samplePod("web"))
            var first = created
            first.metadata.labels = ["x": "1"]
            let updated = try await client.update(first)
            #expect(updated.metadata.labels == ["x": "1"])
            var stale = created
            stale.metadata.labels = ["x": "2"]
            let failure = await status { try await client.update(stale) }
            #expect(failure?.reason == .conflict)
            #expect(failure?.code == 409)
            #expect(failure?.message?.contains("the object has been modified") == true)
            #expect(try await client.get(Pod.self, name: "web", namespace: "default") == updated)
        }
    }

    @Test(arguments: ClientKind.allCases)
    func updateStatusWritesOnlyStatus(_ kind: ClientKind) async throws {
        try await withCluster(kind) { _, client in
            let created = try await client.create(sampleDeployment("web"))
            var write = created
            write.spec?.replicas = 99
            var status = DeploymentStatus()
            status.readyReplicas = 2
            write.status = status
            let after = try await client.updateStatus(write)
            #expect(after.spec?.replicas == 2)
            #expect(after.status?.readyReplicas == 2)
        }
    }

    @Test(arguments: ClientKind.allCases)
    func patchesAndTheirErrors(_ kind: ClientKind) async throws {
        try await withCluster(kind) { _, client in
            _ = try await client.create(samplePod("web", labels: ["a": "1", "b": "2"]))
            let patched = try await client.patch(
                Pod.self, name: "web", namespace: "default",
                patch: .merge(#"{"metadata":{"labels":{"a":null,"c":"3"}}}"#), subresource: nil
            )
            #expect(patched.metadata.labels == ["b": "2", "c": "3"])
            _ = try await client.create(sampleDeployment("web", replicas: 2))
            let failing = #"[{"op":"test","path":"/spec/replicas","value":3}]"#
            let failure = await status {
                try await client.patch(
                    Deployment.self, name: "web", namespace: "default",
                    patch: Patch(type: .json, body: Array(failing.utf8)), subresource: nil
                )
            }
            #expect(failure?.reason == .invalid)
        }
    }

    @Test(arguments: ClientKind.allCases)
    func deleteReturnsTheObjectAndThenItIsGone(_ kind: ClientKind) async throws {
        try await withCluster(kind) { _, client in
            let created = try await client.create(samplePod("web"))
            let deleted = try await client.delete(Pod.self, name: "web", namespace: "default")
            #expect(deleted.metadata.uid == created.metadata.uid)
            let gone = await status { try await client.get(Pod.self, name: "web", namespace: "default") }
            #expect(gone?.reason == .notFound)
            let again = await status { try await client.delete(Pod.self, name: "web", namespace: "default") }
            #expect(again?.reason == .notFound)
        }
    }

    @Test(arguments: ClientKind.allCases)
    func bindingAssignsANodeOnce(_ kind: ClientKind) async throws {
        try await withCluster(kind) { _, client in
            _ = try await client.create(samplePod("web"))
            try await client.bind(Binding(
                metadata: ObjectMeta(name: "web", namespace: "default"), target: ObjectReference(kind: "Node", name: "n1")
            ))
            #expect(try await client.get(Pod.self, name: "web", namespace: "default").spec?.nodeName == "n1")
            let again = await status {
                try await client.bind(Binding(
                    metadata: ObjectMeta(name: "web", namespace: "default"), target: ObjectReference(kind: "Node", name: "n2")
                ))
            }
            #expect(again?.reason == .conflict)
        }
    }

    @Test(arguments: ClientKind.allCases)
    func scaleSubresource(_ kind: ClientKind) async throws {
        try await withCluster(kind) { _, client in
            _ = try await client.create(sampleDeployment("web", replicas: 2))
            var scale = try await client.getScale(Deployment.self, name: "web", namespace: "default")
            #expect(scale.spec?.replicas == 2)
            #expect(scale.status?.selector == "app=web")
            scale.spec?.replicas = 7
            let updated = try await client.updateScale(Deployment.self, scale: scale)
            #expect(updated.spec?.replicas == 7)
            #expect(try await client.get(Deployment.self, name: "web", namespace: "default").spec?.replicas == 7)
            scale.spec?.replicas = -1
            let negative = await status { try await client.updateScale(Deployment.self, scale: scale) }
            #expect(negative?.reason == .invalid)
        }
    }

    @Test(arguments: ClientKind.allCases)
    func watchFromAResourceVersionSeesLaterChanges(_ kind: ClientKind) async throws {
        try await withCluster(kind) { _, client in
            let first = try await client.create(samplePod("a"))
            let stream = try await client.watch(Pod.self, namespace: "default", resourceVersion: first.metadata.resourceVersion)
            var second = try await client.create(samplePod("b"))
            second.metadata.labels = ["x": "y"]
            second = try await client.update(second)
            let deleted = try await client.delete(Pod.self, name: "b", namespace: "default")
            let events = try await next(3, from: stream)
            #expect(events.map(\.type) == [.added, .modified, .deleted])
            #expect(events.map { $0.object.metadata.name } == ["b", "b", "b"])
            #expect(events[1].object.metadata.resourceVersion == second.metadata.resourceVersion)
            #expect(events[2].object.metadata.resourceVersion == deleted.metadata.resourceVersion)
            stream.cancel()
        }
    }

    @Test(arguments: ClientKind.allCases)
    func watchFromACompactedVersionIsExpired(_ kind: ClientKind) async throws {
        var options = APIServer.Options()
        options.watchHistoryCapacity = 4
        try await withCluster(kind, options: options) { _, client in
            let first = try await client.create(samplePod("p0"))
            for index in 1...10 { _ = try await client.create(samplePod("p\(index)")) }
            let probe = try await client.watch(Pod.self, namespace: "default")
            _ = try await next(11, from: probe)
            let failure = await status {
                try await client.watch(Pod.self, namespace: "default", resourceVersion: first.metadata.resourceVersion)
            }
            #expect(failure?.reason == .expired)
            #expect(failure?.code == 410)
        }
    }

    @Test(arguments: ClientKind.allCases)
    func aSlowWatcherEndsWithExpired(_ kind: ClientKind) async throws {
        var options = APIServer.Options()
        options.watchBufferCapacity = 5
        try await withCluster(kind, options: options) { cluster, client in
            let start = try await client.create(samplePod("start"))
            let slow = try await client.watch(Pod.self, namespace: "default", resourceVersion: start.metadata.resourceVersion)
            for index in 0..<20 { _ = try await client.create(samplePod("p\(index)")) }
            // In process the watch cache has ended the slow watch once it has seen every write;
            // the probe (in process, so its own initial events cannot overflow) waits for that.
            let probe = try await LocalClient(server: cluster.server).watch(Pod.self, namespace: "default")
            _ = try await next(21, from: probe)
            // Over TCP the client's buffer is the bound: the channel ends once the sixth event
            // arrives. Await that condition itself (no fixed delay).
            await slow.ended()
            var received = 0
            var ending: Status?
            do {
                while try await slow.next() != nil { received += 1 }
            } catch {
                ending = error as? Status
            }
            #expect(received <= 6)
            #expect(ending?.reason == .expired)
            #expect(try await client.list(Pod.self, namespace: "default").items.count == 21)
        }
    }
}
