import Foundation
import SkiffAPI
import SkiffClient
@testable import SkiffControllers
import Testing

@Suite("Garbage collector")
struct GarbageCollectorTests {
    @Test func backgroundDeletionRemovesTheDependents() async throws {
        try await withControllerCluster { cluster in
            _ = try await cluster.client.create(makeReplicaSet("web", replicas: 3))
            #expect(try await cluster.eventually { try await cluster.pods().count == 3 })
            // Let the controllers finish their writes: the server gives up on a delete racing them.
            await cluster.settle()
            _ = try await cluster.client.delete(ReplicaSet.self, name: "web", namespace: "default")
            #expect(try await cluster.eventually { try await cluster.pods().isEmpty })
        }
    }

    @Test func foregroundDeletionRemovesDependentsFirst() async throws {
        try await withControllerCluster { cluster in
            _ = try await cluster.client.create(makeReplicaSet("web", replicas: 3))
            #expect(try await cluster.eventually { try await cluster.pods().count == 3 })
            await cluster.settle()
            let deleting = try await cluster.client.delete(
                ReplicaSet.self, name: "web", namespace: "default", options: DeleteOptions(propagationPolicy: .foreground))
            #expect(deleting.metadata.deletionTimestamp != nil)
            #expect(deleting.metadata.finalizers == ["foregroundDeletion"])
            let gone = try await cluster.eventually {
                let owner = await status { try await cluster.replicaSet("web") }
                let pods = try await cluster.pods()
                // The owner may only vanish after its last dependent.
                if owner?.code == 404 { #expect(pods.isEmpty) }
                return owner?.code == 404 && pods.isEmpty
            }
            #expect(gone)
        }
    }

    @Test func foregroundDeletionOfADeploymentWalksTheWholeTree() async throws {
        try await withControllerCluster { cluster in
            _ = try await cluster.client.create(makeDeployment("web", replicas: 2))
            #expect(try await cluster.eventually { try await cluster.pods().count == 2 })
            _ = try await cluster.client.delete(
                Deployment.self, name: "web", namespace: "default", options: DeleteOptions(propagationPolicy: .foreground))
            let gone = try await cluster.eventually {
                let deployment = await status { try await cluster.deployment("web") }
                let sets = try await cluster.client.list(ReplicaSet.self, namespace: "default").items
                let pods = try await cluster.pods()
                if deployment?.code == 404 { #expect(sets.isEmpty && pods.isEmpty) }
                return deployment?.code == 404
            }
            #expect(gone)
        }
    }

    @Test func orphanDeletionKeepsThePodsWithoutTheirOwner() async throws {
        try await withControllerCluster { cluster in
            _ = try await cluster.client.create(makeReplicaSet("web", replicas: 2))
            #expect(try await cluster.eventually { try await cluster.pods().count == 2 })
            await cluster.settle()
            let deleting = try await cluster.client.delete(
                ReplicaSet.self, name: "web", namespace: "default", options: DeleteOptions(propagationPolicy: .orphan))
            #expect(deleting.metadata.finalizers == ["orphan"])
            #expect(await cluster.eventually { await status { try await cluster.replicaSet("web") }?.code == 404 })
            await cluster.settle()
            let pods = try await cluster.pods()
            #expect(pods.count == 2)
            #expect(pods.allSatisfy { $0.metadata.ownerReferences == nil })
        }
    }

    @Test func deletingADeploymentRemovesItsReplicaSetsAndPods() async throws {
        try await withControllerCluster { cluster in
            _ = try await cluster.client.create(makeDeployment("web", replicas: 2))
            #expect(try await cluster.eventually { try await cluster.pods().count == 2 })
            // Let the controllers finish their writes: the server gives up on a delete racing them.
            await cluster.settle()
            _ = try await cluster.client.delete(Deployment.self, name: "web", namespace: "default")
            #expect(try await cluster.eventually {
                let sets = try await cluster.client.list(ReplicaSet.self, namespace: "default").items
                let pods = try await cluster.pods()
                return sets.isEmpty && pods.isEmpty
            })
        }
    }

    @Test func dropsReferencesToGoneOwnersWhenALiveOwnerRemains() async throws {
        try await withControllerCluster { cluster in
            let owner = try await cluster.client.create(ConfigMap(metadata: ObjectMeta(name: "owner", namespace: "default")))
            let dependent = ConfigMap(metadata: ObjectMeta(
                name: "dependent", namespace: "default",
                ownerReferences: [
                    OwnerReference(apiVersion: "v1", kind: "ConfigMap", name: "owner", uid: owner.metadata.uid ?? ""),
                    OwnerReference(apiVersion: "v1", kind: "ConfigMap", name: "gone", uid: "gone-uid"),
                ]
            ))
            _ = try await cluster.client.create(dependent)
            #expect(try await cluster.eventually {
                try await cluster.client.get(ConfigMap.self, name: "dependent", namespace: "default").metadata.ownerReferences?.map(\.name) == ["owner"]
            })
            _ = try await cluster.client.delete(ConfigMap.self, name: "owner", namespace: "default")
            #expect(await cluster.eventually {
                await status { try await cluster.client.get(ConfigMap.self, name: "dependent", namespace: "default") }?.code == 404
            })
        }
    }
}
