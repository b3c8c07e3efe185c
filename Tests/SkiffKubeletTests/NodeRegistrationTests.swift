import Foundation
import SkiffAPI
import SkiffClient
import Testing
@testable import SkiffKubelet

@Suite("Kubelet node registration and lease")
struct NodeRegistrationTests {
    @Test func registersTheNodeReadyWithCapacityLabelsAndAddresses() async throws {
        try await withKubeletCluster(runtime: .simulated) { cluster in
            let node = try await cluster.client.get(Node.self, name: "node-1")
            #expect(node.metadata.labels?["kubernetes.io/hostname"] == "node-1")
            #expect(node.metadata.labels?["kubernetes.io/os"] == "linux")
            #expect(node.metadata.labels?["kubernetes.io/arch"] == "amd64")
            #expect(node.spec?.podCIDR == "127.244.7.0/24")
            #expect(node.status?.capacity?["pods"] == Quantity(110))
            #expect(node.status?.capacity?["cpu"] == Quantity(4))
            #expect(node.status?.capacity?["memory"] == Quantity(8 << 30, format: .binarySI))
            #expect(node.status?.allocatable == node.status?.capacity)
            let ready = node.status?.conditions?.first { $0.type == .ready }
            #expect(ready?.status == .true)
            #expect(ready?.reason == "KubeletReady")
            #expect(node.status?.addresses?.contains(NodeAddress(type: .internalIP, address: "127.0.0.1")) == true)
            #expect(node.status?.addresses?.contains(NodeAddress(type: .hostname, address: "node-1")) == true)
            #expect(node.status?.nodeInfo?.kubeletVersion.isEmpty == false)
        }
    }

    @Test func renewsTheLeaseEveryTenSecondsOnTheClock() async throws {
        try await withKubeletCluster(runtime: .simulated) { cluster in
            let start = cluster.time.now()
            let lease = try await cluster.client.get(Lease.self, name: "node-1", namespace: "kube-node-lease")
            #expect(lease.spec?.holderIdentity == "node-1")
            #expect(lease.spec?.leaseDurationSeconds == 40)
            #expect(lease.spec?.renewTime == MicroTime(start))
            #expect(lease.metadata.ownerReferences?.first?.kind == "Node")

            await cluster.advance(by: .seconds(9))
            await cluster.loop.settle()
            let unchanged = try await cluster.client.get(Lease.self, name: "node-1", namespace: "kube-node-lease")
            #expect(unchanged.spec?.renewTime == MicroTime(start))

            for seconds in [10.0, 20.0, 30.0] {
                await cluster.advance(by: seconds == 10 ? .seconds(1) : .seconds(10))
                let expected = MicroTime(start.addingTimeInterval(seconds))
                try await cluster.waitFor(Lease.self, "node-1", namespace: "kube-node-lease") { $0?.spec?.renewTime == expected }
            }
        }
    }

    @Test func reportsNodeStatusEveryFiveMinutesOrWhenItChanges() async throws {
        try await withKubeletCluster(runtime: .simulated) { cluster in
            let registeredAt = Time(cluster.time.now())
            await cluster.advance(by: .seconds(60))
            await cluster.loop.settle()
            let early = try await cluster.client.get(Node.self, name: "node-1")
            #expect(early.status?.conditions?.first { $0.type == .ready }?.lastHeartbeatTime == registeredAt)

            // Someone (the node lifecycle controller) marks the node not ready: the next check fixes it.
            var node = try await cluster.client.get(Node.self, name: "node-1")
            let conditions = node.status?.conditions?.map { condition in
                var condition = condition
                if condition.type == .ready { condition.status = .unknown }
                return condition
            }
            node.status?.conditions = conditions
            _ = try await cluster.client.updateStatus(node)
            await cluster.advance(by: .seconds(10))
            let fixedAt = Time(cluster.time.now())
            let fixed = try await cluster.waitFor(Node.self, "node-1", namespace: nil) {
                $0?.status?.conditions?.first { $0.type == .ready }?.lastHeartbeatTime == fixedAt
            }
            #expect(fixed?.status?.conditions?.first { $0.type == .ready }?.status == .true)

            // Unchanged, the status is written again five minutes after that write.
            await cluster.advance(by: .seconds(290))
            await cluster.loop.settle()
            let quiet = try await cluster.client.get(Node.self, name: "node-1")
            #expect(quiet.status?.conditions?.first { $0.type == .ready }?.lastHeartbeatTime == fixedAt)
            await cluster.advance(by: .seconds(10))
            let reportedAt = Time(cluster.time.now())
            try await cluster.waitFor(Node.self, "node-1", namespace: nil) {
                $0?.status?.conditions?.first { $0.type == .ready }?.lastHeartbeatTime == reportedAt
            }
        }
    }

    @Test func reRegistersAnExistingNode() async throws {
        try await withKubeletCluster(runtime: .simulated) { cluster in
            // A second kubelet with the same name takes over the node and keeps it ready.
            var options = Kubelet.Options(nodeName: "node-1", dataDirectory: cluster.directory + "/second")
            options.machine = MachineInfo(cpuCores: 2, memoryBytes: 1 << 30, ephemeralStorageBytes: 1 << 30)
            options.labels = ["tier": "edge"]
            options.log = { _ in }
            let second = try Kubelet(
                client: cluster.client, loop: cluster.loop, time: cluster.time,
                runtime: SimulatedRuntime(loop: cluster.loop, time: cluster.time), options: options
            )
            await second.start()
            let node = try await cluster.client.get(Node.self, name: "node-1")
            #expect(node.metadata.labels?["tier"] == "edge")
            #expect(node.status?.capacity?["cpu"] == Quantity(2))
            #expect(node.status?.conditions?.first { $0.type == .ready }?.status == .true)
            await second.stop()
        }
    }
}
