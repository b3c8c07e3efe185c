import SkiffAPI
import SkiffAPIServer
import SkiffClient
import SkiffStore
import Testing
import SkiffAPITesting

@Suite("API server: deletion, finalizers, subresources, patches")
struct LifecycleTests {
    @Test func aScheduledPodIsDeletedGracefully() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(samplePod("web", node: "n1"))
            let terminating = try await cluster.client.delete(Pod.self, name: "web", namespace: "default")
            #expect(terminating.metadata.deletionGracePeriodSeconds == 30)
            #expect(terminating.metadata.deletionTimestamp?.date == cluster.time.now().addingTimeInterval(30))
            #expect(try await cluster.client.get(Pod.self, name: "web", namespace: "default").metadata.deletionTimestamp != nil)
            _ = try await cluster.client.delete(Pod.self, name: "web", namespace: "default", options: DeleteOptions(gracePeriodSeconds: 0))
            let gone = await status { try await cluster.client.get(Pod.self, name: "web", namespace: "default") }
            #expect(gone?.reason == .notFound)
        }
    }

    @Test func anUnscheduledPodGoesAtOnce() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(samplePod("web"))
            _ = try await cluster.client.delete(Pod.self, name: "web", namespace: "default")
            let gone = await status { try await cluster.client.get(Pod.self, name: "web", namespace: "default") }
            #expect(gone?.reason == .notFound)
        }
    }

    @Test func finalizersHoldDeletionUntilRemoved() async throws {
        try await withCluster { cluster in
            var map = ConfigMap(metadata: ObjectMeta(name: "cfg", namespace: "default"))
            map.metadata.finalizers = ["example.com/cleanup"]
            _ = try await cluster.client.create(map)
            var held = try await cluster.client.delete(ConfigMap.self, name: "cfg", namespace: "default")
            #expect(held.metadata.deletionTimestamp != nil)
            held.metadata.finalizers?.append("example.com/another")
            let added = await status { try await cluster.client.update(held) }
            #expect(added?.reason == .invalid)
            held = try await cluster.client.get(ConfigMap.self, name: "cfg", namespace: "default")
            held.metadata.finalizers = []
            _ = try await cluster.client.update(held)
            let gone = await status { try await cluster.client.get(ConfigMap.self, name: "cfg", namespace: "default") }
            #expect(gone?.reason == .notFound)
        }
    }

    @Test func foregroundDeletionAddsItsFinalizer() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(sampleDeployment("web"))
            let held = try await cluster.client.delete(
                Deployment.self, name: "web", namespace: "default", options: DeleteOptions(propagationPolicy: .foreground)
            )
            #expect(held.metadata.finalizers == ["foregroundDeletion"])
            #expect(held.metadata.deletionTimestamp != nil)
        }
    }

    @Test func deletePreconditions() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(samplePod("web"))
            let failure = await status {
                try await cluster.client.delete(
                    Pod.self, name: "web", namespace: "default",
                    options: DeleteOptions(preconditions: .init(uid: "not-the-uid"))
                )
            }
            #expect(failure?.reason == .conflict)
            _ = try await cluster.client.get(Pod.self, name: "web", namespace: "default")
        }
    }

    @Test func bindingAssignsANodeOnce() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(samplePod("web"))
            try await cluster.client.bind(Binding(
                metadata: ObjectMeta(name: "web", namespace: "default"),
                target: ObjectReference(kind: "Node", name: "n1")
            ))
            let bound = try await cluster.client.get(Pod.self, name: "web", namespace: "default")
            #expect(bound.spec?.nodeName == "n1")
            #expect(bound.status?.conditions?.first { $0.type == .podScheduled }?.status == .true)
            let again = await status {
                try await cluster.client.bind(Binding(
                    metadata: ObjectMeta(name: "web", namespace: "default"),
                    target: ObjectReference(kind: "Node", name: "n2")
                ))
            }
            #expect(again?.reason == .conflict)
            #expect(try await cluster.client.get(Pod.self, name: "web", namespace: "default").spec?.nodeName == "n1")
        }
    }

    /// As in Kubernetes, a binding writes the stored pod's own fields without validating the pod
    /// again; a user's update of the same pod is still validated.
    @Test func bindingDoesNotRevalidateTheStoredPod() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(samplePod("web"))
            // Stored before a validation rule it breaks (a container name that is not DNS-1123).
            let key = "/registry/pods/default/web"
            let stored = try #require(try await cluster.store.get(key))
            var pod = try JSONCodec.decode(Pod.self, from: stored.value)
            pod.spec?.containers[0].name = "Not_A_Label"
            _ = try await cluster.store.update(key, value: try JSONCodec.encode(pod), expectedRevision: stored.modRevision)

            try await cluster.client.bind(Binding(
                metadata: ObjectMeta(name: "web", namespace: "default"), target: ObjectReference(kind: "Node", name: "n1")
            ))
            let bound = try await cluster.client.get(Pod.self, name: "web", namespace: "default")
            #expect(bound.spec?.nodeName == "n1")
            #expect(bound.spec?.containers[0].name == "Not_A_Label")

            var labelled = bound
            labelled.metadata.labels = ["tier": "front"]
            let failure = await status { try await cluster.client.update(labelled) }
            #expect(failure?.reason == .invalid)
            #expect(failure?.details?.causes?.first?.field == "spec.containers[0].name")
        }
    }

    @Test func scaleSubresource() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(sampleDeployment("web", replicas: 2))
            var scale = try await cluster.client.getScale(Deployment.self, name: "web", namespace: "default")
            #expect(scale.spec?.replicas == 2)
            #expect(scale.status?.selector == "app=web")
            scale.spec?.replicas = 7
            let updated = try await cluster.client.updateScale(Deployment.self, scale: scale)
            #expect(updated.spec?.replicas == 7)
            let deployment = try await cluster.client.get(Deployment.self, name: "web", namespace: "default")
            #expect(deployment.spec?.replicas == 7)
            #expect(deployment.metadata.generation == 2)
            scale.spec?.replicas = -1
            let negative = await status { try await cluster.client.updateScale(Deployment.self, scale: scale) }
            #expect(negative?.reason == .invalid)
        }
    }

    @Test func mergePatch() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(samplePod("web", labels: ["a": "1", "b": "2"]))
            let patched = try await cluster.client.patch(
                Pod.self, name: "web", namespace: "default",
                patch: .merge(#"{"metadata":{"labels":{"a":null,"c":"3"}}}"#), subresource: nil
            )
            #expect(patched.metadata.labels == ["b": "2", "c": "3"])
        }
    }

    @Test func jsonPatch() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(sampleDeployment("web", replicas: 2))
            let body = #"[{"op":"test","path":"/spec/replicas","value":2},{"op":"replace","path":"/spec/replicas","value":4}]"#
            let patched = try await cluster.client.patch(
                Deployment.self, name: "web", namespace: "default", patch: Patch(type: .json, body: Array(body.utf8)), subresource: nil
            )
            #expect(patched.spec?.replicas == 4)
            let failing = #"[{"op":"test","path":"/spec/replicas","value":2}]"#
            let failure = await status {
                try await cluster.client.patch(
                    Deployment.self, name: "web", namespace: "default", patch: Patch(type: .json, body: Array(failing.utf8)), subresource: nil
                )
            }
            #expect(failure?.reason == .invalid)
        }
    }

    @Test func strategicMergePatchMergesContainersByName() async throws {
        try await withCluster { cluster in
            var pod = samplePod("web")
            pod.spec?.containers.append(Container(name: "sidecar", command: ["sleep", "1"]))
            _ = try await cluster.client.create(pod)
            let body = #"{"spec":{"containers":[{"name":"sidecar","image":"busybox:1.37"}]}}"#
            let patched = try await cluster.client.patch(
                Pod.self, name: "web", namespace: "default",
                patch: Patch(type: .strategicMerge, body: Array(body.utf8)), subresource: nil
            )
            #expect(patched.spec?.containers.map(\.name) == ["app", "sidecar"])
            #expect(patched.spec?.containers[1].image == "busybox:1.37")
            #expect(patched.spec?.containers[1].command == ["sleep", "1"])
        }
    }

    @Test func statusPatchTouchesOnlyStatus() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(samplePod("web"))
            let patched = try await cluster.client.patch(
                Pod.self, name: "web", namespace: "default",
                patch: .merge(#"{"metadata":{"labels":{"x":"y"}},"status":{"phase":"Running","podIP":"127.244.0.2"}}"#),
                subresource: .status
            )
            #expect(patched.status?.phase == .running)
            #expect(patched.status?.podIP == "127.244.0.2")
            #expect(patched.metadata.labels == nil)
        }
    }

    @Test func malformedPatchesChangeNothing() async throws {
        try await withCluster { cluster in
            let created = try await cluster.client.create(samplePod("web"))
            let garbage = await status {
                try await cluster.client.patch(Pod.self, name: "web", namespace: "default", patch: .merge("{not json"), subresource: nil)
            }
            #expect(garbage?.reason == .badRequest)
            let wrongType = await status {
                try await cluster.client.patch(
                    Pod.self, name: "web", namespace: "default",
                    patch: .merge(#"{"spec":{"terminationGracePeriodSeconds":"soon"}}"#), subresource: nil
                )
            }
            #expect(wrongType?.reason == .badRequest)
            #expect(wrongType?.message?.contains("spec.terminationGracePeriodSeconds") == true)
            #expect(try await cluster.client.get(Pod.self, name: "web", namespace: "default") == created)
        }
    }
}

@Suite("API server: durability")
struct DurabilityTests {
    @Test func historyIsCompactedOneIntervalBehind() async throws {
        try await withCluster { cluster in
            let first = try await cluster.client.create(samplePod("first"))
            let firstRevision = Int64(first.metadata.resourceVersion!)!
            await cluster.time.advance(by: .seconds(300))
            let watch = try await cluster.store.watch(prefix: "/registry/pods/", afterRevision: firstRevision - 1)
            watch.cancel()
            let second = try await cluster.client.create(samplePod("second"))
            await cluster.time.advance(by: .seconds(300))
            // The compaction runs on the store's writer thread, which settling the loop cannot
            // see; a write queues behind it there, so once the write is acknowledged it is done.
            _ = try await cluster.client.create(samplePod("barrier"))
            do {
                _ = try await cluster.store.watch(prefix: "/registry/pods/", afterRevision: firstRevision - 1)
                Issue.record("history before the last interval should be compacted")
            } catch StoreError.compacted {
            }
            let recent = try await cluster.store.watch(prefix: "/registry/pods/", afterRevision: Int64(second.metadata.resourceVersion!)!)
            recent.cancel()
            #expect(try await cluster.client.list(Pod.self, namespace: "default").items.count == 3)
        }
    }

    @Test func objectsAndRevisionsSurviveARestart() async throws {
        let cluster = try await TestCluster.start()
        let created = try await cluster.client.create(samplePod("web"))
        try await cluster.stop(removeData: false)

        let restarted = try await TestCluster.start(directory: cluster.directory)
        let fetched = try await restarted.client.get(Pod.self, name: "web", namespace: "default")
        #expect(fetched == created)
        let next = try await restarted.client.create(samplePod("web2"))
        #expect(Int64(next.metadata.resourceVersion!)! > Int64(created.metadata.resourceVersion!)!)
        try await restarted.stop()
    }
}
