import Foundation
import SkiffAPI
import SkiffClient
@testable import SkiffControllers
import Testing

@Suite("Node lifecycle and namespace controllers")
struct NodeAndNamespaceTests {
    /// A Ready node and its lease, as a kubelet registering would write them.
    private func register(_ name: String, in cluster: ControllerCluster) async throws {
        let now = Time(Date(timeIntervalSince1970: cluster.time.now().timeIntervalSince1970.rounded(.down)))
        var node = try await cluster.client.create(Node(metadata: ObjectMeta(name: name)))
        node.status = NodeStatus(conditions: [NodeCondition(type: .ready, status: .true, lastHeartbeatTime: now, lastTransitionTime: now, reason: "KubeletReady")])
        _ = try await cluster.client.updateStatus(node)
        _ = try await cluster.client.create(Lease(
            metadata: ObjectMeta(name: name, namespace: "kube-node-lease"),
            spec: LeaseSpec(holderIdentity: name, leaseDurationSeconds: 40, renewTime: MicroTime(cluster.time.now()))
        ))
    }

    private func renew(_ name: String, in cluster: ControllerCluster) async throws {
        var lease = try await cluster.client.get(Lease.self, name: name, namespace: "kube-node-lease")
        lease.spec?.renewTime = MicroTime(cluster.time.now())
        _ = try await cluster.client.update(lease)
    }

    @Test func anUnreachableNodeIsTaintedAndItsPodsEvicted() async throws {
        try await withControllerCluster { cluster in
            try await register("node-1", in: cluster)
            _ = try await cluster.client.create(makeReplicaSet("web", replicas: 1))
            #expect(try await cluster.eventually { try await cluster.pods().count == 1 })
            let original = try #require(try await cluster.pods().first)
            try await cluster.client.bind(Binding(
                metadata: ObjectMeta(name: original.metadata.name, namespace: "default"),
                target: ObjectReference(kind: "Node", name: "node-1")
            ))
            try await cluster.markReady(original)
            await cluster.settle()

            // Renewed within the grace period: nothing happens.
            await cluster.time.advance(by: .seconds(30))
            try await renew("node-1", in: cluster)
            // The controller times a renewal from when it sees it (as upstream): let it see it now.
            await cluster.quiesce()
            await cluster.time.advance(by: .seconds(30))
            await cluster.settle()
            var node = try await cluster.client.get(Node.self, name: "node-1")
            #expect(node.spec?.taints == nil)

            // The kubelet goes silent: after 40 s the node is unreachable.
            await cluster.time.advance(by: .seconds(11))
            #expect(try await cluster.eventually {
                try await cluster.client.get(Node.self, name: "node-1").spec?.taints?.count == 2
            })
            node = try await cluster.client.get(Node.self, name: "node-1")
            let ready = node.status?.conditions?.first { $0.type == .ready }
            #expect(ready?.status == .unknown)
            #expect(ready?.reason == "NodeStatusUnknown")
            #expect(ready?.message == "Kubelet stopped posting node status.")
            let noExecute = node.spec?.taints?.first { $0.effect == .noExecute }
            #expect(noExecute?.key == "node.kubernetes.io/unreachable")
            #expect(noExecute?.timeAdded != nil)
            #expect(node.spec?.taints?.contains { $0.key == "node.kubernetes.io/unreachable" && $0.effect == .noSchedule } == true)

            // The pod tolerates the taint for 300 s, then is evicted and replaced.
            await cluster.time.advance(by: .seconds(290))
            await cluster.settle()
            #expect(try await cluster.pods().first { $0.metadata.name == original.metadata.name }?.metadata.deletionTimestamp == nil)
            await cluster.time.advance(by: .seconds(11))
            #expect(try await cluster.eventually {
                try await cluster.pods().first { $0.metadata.name == original.metadata.name }?.metadata.deletionTimestamp != nil
            })
            #expect(try await cluster.eventually { try await cluster.activePods().count == 1 })
            #expect(try await cluster.activePods().first?.metadata.name != original.metadata.name)

            // The lease renews: the taints go, Ready is left to the kubelet.
            try await renew("node-1", in: cluster)
            #expect(try await cluster.eventually { try await cluster.client.get(Node.self, name: "node-1").spec?.taints == nil })
        }
    }

    @Test func tolerationsDecideWhenPodsAreEvicted() {
        let added = Date(timeIntervalSince1970: 1_000)
        let unreachable = Taint(key: "node.kubernetes.io/unreachable", effect: .noExecute, timeAdded: Time(added))
        let custom = Taint(key: "dedicated", value: "gpu", effect: .noExecute, timeAdded: Time(added))
        func pod(_ tolerations: [Toleration]?) -> Pod { Pod(spec: PodSpec(tolerations: tolerations)) }
        let now = added.addingTimeInterval(5)
        #expect(NodeLifecycleController.evictionTime(of: pod(nil), taints: [unreachable], now: now) == added.addingTimeInterval(300))
        #expect(NodeLifecycleController.evictionTime(of: pod(nil), taints: [custom], now: now) == now)
        let forever = Toleration(key: "node.kubernetes.io/unreachable", operator: .exists, effect: .noExecute)
        #expect(NodeLifecycleController.evictionTime(of: pod([forever]), taints: [unreachable], now: now) == nil)
        let brief = Toleration(key: "node.kubernetes.io/unreachable", operator: .exists, effect: .noExecute, tolerationSeconds: 60)
        #expect(NodeLifecycleController.evictionTime(of: pod([brief]), taints: [unreachable], now: now) == added.addingTimeInterval(60))
        let gpu = Toleration(key: "dedicated", operator: .equal, value: "gpu")
        #expect(NodeLifecycleController.evictionTime(of: pod([gpu]), taints: [custom, unreachable], now: now) == added.addingTimeInterval(300))
    }

    @Test func deletingANamespaceRemovesItsContentsThenItself() async throws {
        try await withControllerCluster { cluster in
            _ = try await cluster.client.create(Namespace(metadata: ObjectMeta(name: "team")))
            _ = try await cluster.client.create(makeDeployment("web", replicas: 2, namespace: "team"))
            _ = try await cluster.client.create(ConfigMap(metadata: ObjectMeta(name: "settings", namespace: "team")))
            #expect(try await cluster.eventually { try await cluster.pods(namespace: "team").count == 2 })

            let deleting = try await cluster.client.delete(Namespace.self, name: "team")
            #expect(deleting.status?.phase == .terminating)
            let gone = await cluster.eventually {
                await status { try await cluster.client.get(Namespace.self, name: "team") }?.code == 404
            }
            #expect(gone)
            #expect(try await cluster.pods(namespace: "team").isEmpty)
            #expect(try await cluster.client.list(Deployment.self, namespace: "team").items.isEmpty)
            #expect(try await cluster.client.list(ReplicaSet.self, namespace: "team").items.isEmpty)
            #expect(try await cluster.client.list(ConfigMap.self, namespace: "team").items.isEmpty)
        }
    }
}
