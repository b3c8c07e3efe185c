import Foundation
import SkiffAPI
import SkiffClient
import Testing
@testable import SkiffKubelet

@Suite("Kubelet with the simulated runtime")
struct SimulatedRuntimeTests {
    @Test func runsAThousandPodsOnOneNode() async throws {
        // A /20 so that every pod gets an address (a /24 holds 253; upstream's 110-pod limit fits).
        try await withKubeletCluster(runtime: .simulated, configure: { $0.podCIDR = "127.244.16.0/20" }) { cluster in
            let count = 1000
            let started = ContinuousClock.now
            let client = cluster.client
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<count {
                    group.addTask {
                        _ = try await client.create(Pod(
                            metadata: ObjectMeta(name: "sim-\(index)", namespace: "default"),
                            spec: PodSpec(containers: [Container(name: "app", image: "nginx")], nodeName: "node-1")
                        ))
                    }
                }
                try await group.waitForAll()
            }
            try await cluster.waitForPods(count: count) { $0.status?.phase == .running && $0.condition(.ready) == .true }
            let elapsed = ContinuousClock.now - started
            #expect(await cluster.kubelet.podCount == count)
            #expect(elapsed < .seconds(60))
            print("simulated runtime: \(count) pods Running and Ready in \(elapsed)")
            let pods = try await cluster.client.list(Pod.self, namespace: "default").items
            #expect(Set(pods.compactMap(\.status?.podIP)).count == count)
        }
    }

    @Test func podsCanBeToldToExit() async throws {
        try await withKubeletCluster(runtime: .simulated) { cluster in
            try await cluster.run("job", [Container(name: "app")], restartPolicy: .never) { pod in
                pod.metadata.annotations = [SimulatedRuntime.exitCodeAnnotation: "1", SimulatedRuntime.runSecondsAnnotation: "5"]
            }
            try await cluster.waitForPod("job") { $0?.status?.phase == .running }
            await cluster.advance(by: .seconds(4))
            await cluster.loop.settle()
            #expect(try await cluster.pod("job").status?.phase == .running)
            await cluster.advance(by: .seconds(1))
            let failed = try await cluster.waitForPod("job") { $0?.status?.phase == .failed }
            #expect(failed?.containerStatus()?.state?.terminated?.exitCode == 1)
            #expect(failed?.containerStatus()?.containerID?.hasPrefix("simulated://") == true)
        }
    }

    @Test func deletingASimulatedPodRemovesIt() async throws {
        try await withKubeletCluster(runtime: .simulated) { cluster in
            try await cluster.run("gone", [Container(name: "app")])
            try await cluster.waitForPod("gone") { $0?.status?.phase == .running }
            _ = try await cluster.client.delete(Pod.self, name: "gone", namespace: "default")
            try await cluster.waitForPod("gone") { $0 == nil }
        }
    }
}

extension KubeletCluster {
    /// Waits (through a watch) until `count` pods in `default` satisfy `condition`.
    func waitForPods(count: Int, timeout: Duration = .seconds(60), until condition: @escaping @Sendable (Pod) -> Bool) async throws {
        let client = self.client
        let loop = self.loop
        let reached = try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                while true {
                    let list = try await client.list(Pod.self, namespace: "default")
                    var matching = Set(list.items.filter(condition).compactMap(\.metadata.name))
                    if matching.count >= count { return true }
                    let stream = try await client.watch(Pod.self, namespace: "default", resourceVersion: list.metadata.resourceVersion)
                    defer { stream.cancel() }
                    do {
                        for try await event in stream {
                            let name = event.object.metadata.name ?? ""
                            if event.type != .deleted && condition(event.object) { matching.insert(name) } else { matching.remove(name) }
                            if matching.count >= count { return true }
                        }
                    } catch let status as Status where status.code == 410 {
                        continue
                    }
                }
            }
            group.addTask {
                try await loop.sleep(for: timeout)
                return false
            }
            defer { group.cancelAll() }
            return try await group.next() ?? false
        }
        #expect(reached, "fewer than \(count) pods reached the expected state in \(timeout)")
    }
}
