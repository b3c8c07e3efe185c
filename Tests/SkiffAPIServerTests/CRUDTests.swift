import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffClient
import Testing
import SkiffAPITesting

@Suite("API server: create, read, update, delete")
struct CRUDTests {
    @Test func unpinnedWritesRacingOnOneObjectAllLand() async throws {
        // 32 merge patches and a finalizer-held delete at once: each lost compare-and-swap must
        // wait for the winning commit and retry, not spin through its attempts within one fsync.
        try await withCluster { cluster in
            let client = cluster.client
            _ = try await client.create(ConfigMap(metadata: ObjectMeta(name: "hot", namespace: "default", finalizers: ["test/hold"])))
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<32 {
                    group.addTask(executorPreference: cluster.loop.taskExecutor) {
                        let body = #"{"data":{"k\#(index)":"v"}}"#
                        _ = try await client.patch(
                            ConfigMap.self, name: "hot", namespace: "default",
                            patch: Patch(type: .merge, body: Array(body.utf8)), subresource: nil
                        )
                    }
                }
                group.addTask(executorPreference: cluster.loop.taskExecutor) {
                    _ = try await client.delete(ConfigMap.self, name: "hot", namespace: "default")
                }
                try await group.waitForAll()
            }
            let hot = try await client.get(ConfigMap.self, name: "hot", namespace: "default")
            #expect(hot.data?.count == 32)
            #expect(hot.metadata.deletionTimestamp != nil)
        }
    }

    @Test func createAssignsSystemFields() async throws {
        try await withCluster { cluster in
            let created = try await cluster.client.create(samplePod("web"))
            #expect(created.metadata.uid?.count == 36)
            #expect(created.metadata.generation == 1)
            #expect(created.metadata.creationTimestamp?.date == cluster.time.now())
            #expect(created.apiVersion == "v1")
            #expect(created.kind == "Pod")
            #expect(created.status?.phase == .pending)
            #expect(created.spec?.restartPolicy == .always)
            let revision = try #require(Int64(created.metadata.resourceVersion ?? ""))
            let fetched = try await cluster.client.get(Pod.self, name: "web", namespace: "default")
            #expect(fetched == created)
            let second = try await cluster.client.create(samplePod("web2"))
            #expect(Int64(second.metadata.resourceVersion ?? "") ?? 0 > revision)
            #expect(second.metadata.uid != created.metadata.uid)
        }
    }

    @Test func createGivesAPodItsQoSClass() async throws {
        func resources(_ requests: [String: String]?, _ limits: [String: String]?) -> ResourceRequirements {
            ResourceRequirements(
                limits: limits?.mapValues { Quantity(stringLiteral: $0) }, requests: requests?.mapValues { Quantity(stringLiteral: $0) }
            )
        }
        let both = ["cpu": "500m", "memory": "1Gi"]
        let cases: [(name: String, containers: [ResourceRequirements?], initContainers: [ResourceRequirements?], expected: PodQOSClass)] = [
            ("none", [nil], [], .bestEffort),
            ("equal", [resources(both, both)], [], .guaranteed),
            ("limits-only", [resources(nil, both)], [], .guaranteed),
            ("requests-only", [resources(both, nil)], [], .burstable),
            ("cpu-limit-only", [resources(nil, ["cpu": "1"])], [], .burstable),
            ("unequal", [resources(["cpu": "250m", "memory": "1Gi"], both)], [], .burstable),
            ("one-of-two", [resources(both, both), nil], [], .burstable),
            ("init-container-without", [resources(both, both)], [nil], .burstable),
            ("init-container-only", [nil], [resources(nil, both)], .burstable),
            ("init-and-app-equal", [resources(both, both)], [resources(both, both)], .guaranteed),
        ]
        try await withCluster { cluster in
            for testCase in cases {
                var pod = samplePod("qos-\(testCase.name)")
                pod.spec?.containers = testCase.containers.enumerated().map { index, requirements in
                    var container = Container(name: "app\(index)", command: ["sleep", "1"])
                    container.resources = requirements
                    return container
                }
                let initContainers = testCase.initContainers.enumerated().map { index, requirements in
                    var container = Container(name: "init\(index)", command: ["true"])
                    container.resources = requirements
                    return container
                }
                pod.spec?.initContainers = initContainers.isEmpty ? nil : initContainers
                let created = try await cluster.client.create(pod)
                #expect(created.status?.qosClass == testCase.expected, "\(testCase.name)")
            }
        }
    }

    @Test func uidsAreRandomVersion4UUIDsInLowercase() async throws {
        try await withCluster { cluster in
            var seen = Set<String>()
            for index in 0..<200 {
                let uid = try #require(try await cluster.client.create(samplePod("uid-\(index)")).metadata.uid)
                #expect(UUID(uuidString: uid) != nil, "\(uid)")
                #expect(uid == uid.lowercased())
                let characters = Array(uid)
                #expect(characters[14] == "4", "version nibble of \(uid)")
                #expect("89ab".contains(characters[19]), "variant of \(uid)")
                seen.insert(uid)
            }
            #expect(seen.count == 200)
        }
    }

    @Test func defaultNamespacesExistOnFirstStart() async throws {
        try await withCluster { cluster in
            let names = try await cluster.client.list(Namespace.self).items.compactMap(\.metadata.name)
            #expect(Set(names).isSuperset(of: ["default", "kube-system", "kube-node-lease", "kube-public"]))
            let system = try await cluster.client.get(Namespace.self, name: "kube-system")
            #expect(system.status?.phase == .active)
        }
    }

    @Test func generateNameMakesAUniqueName() async throws {
        try await withCluster { cluster in
            var pod = samplePod("")
            pod.metadata.name = nil
            pod.metadata.generateName = "web-"
            let first = try await cluster.client.create(pod)
            let second = try await cluster.client.create(pod)
            #expect(first.metadata.name?.hasPrefix("web-") == true)
            #expect(first.metadata.name?.count == 9)
            #expect(first.metadata.name != second.metadata.name)
        }
    }

    @Test func duplicateCreateIsAlreadyExistsAndKeepsTheFirst() async throws {
        try await withCluster { cluster in
            let first = try await cluster.client.create(samplePod("web", labels: ["v": "1"]))
            let failure = await status { try await cluster.client.create(samplePod("web", labels: ["v": "2"])) }
            #expect(failure?.reason == .alreadyExists)
            #expect(failure?.code == 409)
            #expect(failure?.message == "pods \"web\" already exists")
            let stored = try await cluster.client.get(Pod.self, name: "web", namespace: "default")
            #expect(stored == first)
        }
    }

    @Test func missingObjectsAreNotFound() async throws {
        try await withCluster { cluster in
            let get = await status { try await cluster.client.get(Pod.self, name: "nope", namespace: "default") }
            #expect(get?.reason == .notFound)
            #expect(get?.message == "pods \"nope\" not found")
            let delete = await status { try await cluster.client.delete(Deployment.self, name: "nope", namespace: "default") }
            #expect(delete?.reason == .notFound)
            #expect(delete?.message == "deployments.apps \"nope\" not found")
        }
    }

    @Test func invalidNamesAreRejectedWithTheFieldPath() async throws {
        try await withCluster { cluster in
            let failure = await status { try await cluster.client.create(samplePod("Web_1")) }
            #expect(failure?.reason == .invalid)
            #expect(failure?.code == 422)
            #expect(failure?.details?.causes?.first?.field == "metadata.name")
            let list = try await cluster.client.list(Pod.self, namespace: "default")
            #expect(list.items.isEmpty)
        }
    }

    @Test func validationFailuresNameTheirFields() async throws {
        try await withCluster { cluster in
            var pod = samplePod("web")
            pod.spec?.containers = []
            let noContainers = await status { try await cluster.client.create(pod) }
            #expect(noContainers?.reason == .invalid)
            #expect(noContainers?.details?.causes?.contains { $0.field == "spec.containers" } == true)

            var deployment = sampleDeployment("web")
            deployment.spec?.template.metadata?.labels = ["app": "other"]
            let mismatch = await status { try await cluster.client.create(deployment) }
            #expect(mismatch?.reason == .invalid)
            #expect(mismatch?.details?.causes?.contains { $0.field == "spec.template.metadata.labels" } == true)
        }
    }

    @Test func namespaceAdmission() async throws {
        try await withCluster { cluster in
            let missing = await status { try await cluster.client.create(samplePod("web", namespace: "ghost")) }
            #expect(missing?.reason == .notFound)
            #expect(missing?.message == "namespaces \"ghost\" not found")

            _ = try await cluster.client.create(Namespace(metadata: ObjectMeta(name: "team")))
            _ = try await cluster.client.create(samplePod("web", namespace: "team"))
            let terminating = try await cluster.client.delete(Namespace.self, name: "team")
            #expect(terminating.status?.phase == .terminating)
            #expect(terminating.metadata.deletionTimestamp != nil)
            let refused = await status { try await cluster.client.create(samplePod("web2", namespace: "team")) }
            #expect(refused?.reason == .forbidden)
            #expect(refused?.message?.contains("because it is being terminated") == true)
        }
    }

    @Test func defaultsFollowKubernetes() async throws {
        try await withCluster { cluster in
            let created = try await cluster.client.create(sampleDeployment("web"))
            #expect(created.spec?.strategy?.type == .rollingUpdate)
            #expect(created.spec?.strategy?.rollingUpdate?.maxSurge == .string("25%"))
            #expect(created.spec?.strategy?.rollingUpdate?.maxUnavailable == .string("25%"))
            #expect(created.spec?.revisionHistoryLimit == 10)
            #expect(created.spec?.progressDeadlineSeconds == 600)
            #expect(created.spec?.template.spec?.restartPolicy == .always)
        }
    }

    @Test func staleResourceVersionIsAConflict() async throws {
        try await withCluster { cluster in
            let created = try await cluster.client.create(samplePod("web"))
            var first = created
            first.metadata.labels = ["v": "1"]
            let updated = try await cluster.client.update(first)
            var stale = created
            stale.metadata.labels = ["v": "2"]
            let failure = await status { try await cluster.client.update(stale) }
            #expect(failure?.reason == .conflict)
            #expect(failure?.message == "Operation cannot be fulfilled on pods \"web\": the object has been modified; please apply your changes to the latest version and try again")
            let stored = try await cluster.client.get(Pod.self, name: "web", namespace: "default")
            #expect(stored == updated)
            #expect(stored.metadata.labels == ["v": "1"])
        }
    }

    @Test func generationMovesOnSpecChangesOnly() async throws {
        try await withCluster { cluster in
            var deployment = try await cluster.client.create(sampleDeployment("web"))
            #expect(deployment.metadata.generation == 1)
            deployment.metadata.labels = ["touched": "yes"]
            deployment = try await cluster.client.update(deployment)
            #expect(deployment.metadata.generation == 1)
            deployment.spec?.replicas = 5
            deployment = try await cluster.client.update(deployment)
            #expect(deployment.metadata.generation == 2)
            var status = DeploymentStatus()
            status.replicas = 5
            status.observedGeneration = 2
            deployment.status = status
            deployment = try await cluster.client.updateStatus(deployment)
            #expect(deployment.metadata.generation == 2)
            #expect(deployment.status?.replicas == 5)
        }
    }

    @Test func specAndStatusAreSeparateWrites() async throws {
        try await withCluster { cluster in
            let created = try await cluster.client.create(sampleDeployment("web"))
            var statusWrite = created
            statusWrite.spec?.replicas = 99
            var status = DeploymentStatus()
            status.readyReplicas = 2
            statusWrite.status = status
            let afterStatus = try await cluster.client.updateStatus(statusWrite)
            #expect(afterStatus.spec?.replicas == 2)
            #expect(afterStatus.status?.readyReplicas == 2)

            var specWrite = afterStatus
            specWrite.spec?.replicas = 3
            specWrite.status = nil
            let afterSpec = try await cluster.client.update(specWrite)
            #expect(afterSpec.spec?.replicas == 3)
            #expect(afterSpec.status?.readyReplicas == 2)
        }
    }

    @Test func aNoOpUpdateDoesNotWrite() async throws {
        try await withCluster { cluster in
            let created = try await cluster.client.create(samplePod("web"))
            let again = try await cluster.client.update(created)
            #expect(again.metadata.resourceVersion == created.metadata.resourceVersion)
        }
    }

    @Test func immutableSelector() async throws {
        try await withCluster { cluster in
            var deployment = try await cluster.client.create(sampleDeployment("web"))
            deployment.spec?.selector = LabelSelector(matchLabels: ["app": "other"])
            deployment.spec?.template.metadata?.labels = ["app": "other"]
            let failure = await status { try await cluster.client.update(deployment) }
            #expect(failure?.reason == .invalid)
            #expect(failure?.details?.causes?.contains { $0.field == "spec.selector" } == true)
        }
    }

    @Test func oversizedObjectsAreRejected() async throws {
        try await withCluster { cluster in
            var pod = samplePod("big")
            pod.metadata.annotations = ["blob": String(repeating: "x", count: 200_000)]
            pod.spec?.containers[0].args = Array(repeating: String(repeating: "y", count: 1000), count: 1600)
            let failure = await status { try await cluster.client.create(pod) }
            #expect(failure?.reason == .requestEntityTooLarge)
            #expect(failure?.code == 413)
            let missing = await status { try await cluster.client.get(Pod.self, name: "big", namespace: "default") }
            #expect(missing?.reason == .notFound)
        }
    }

    @Test func unknownFieldsSurviveTheServer() async throws {
        try await withCluster { cluster in
            let manifest = #"""
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"odd","namespace":"default"},
             "spec":{"containers":[{"name":"app","command":["true"],"securityContext":{"runAsUser":1000}}],
                     "futureField":{"a":[1,2,3]}}}
            """#
            let pod = try JSONCodec.decode(Pod.self, from: Array(manifest.utf8))
            _ = try await cluster.client.create(pod)
            let stored = try await cluster.client.get(Pod.self, name: "odd", namespace: "default")
            let json = try JSONCodec.encodeValue(stored)
            #expect(json["spec"]?["futureField"]?["a"]?[2] == .integer(3))
            #expect(json["spec"]?["containers"]?[0]?["securityContext"]?["runAsUser"] == .integer(1000))
        }
    }

    @Test func clusterScopedObjectsIgnoreNamespaces() async throws {
        try await withCluster { cluster in
            var node = Node(metadata: ObjectMeta(name: "n1"))
            node.metadata.namespace = "default"
            let created = try await cluster.client.create(node)
            #expect(created.metadata.namespace == nil)
            let fetched = try await cluster.client.get(Node.self, name: "n1")
            #expect(fetched.metadata.uid == created.metadata.uid)
        }
    }
}
