import Foundation
import SkiffAPI

// `metrics.k8s.io` from this node (upstream: the kubelet's resource metrics, scraped by
// metrics-server). Each call takes one usage sample of every running container and computes the
// CPU rate against the previous call's sample (see `ContainerUsageRate`), so the window is the
// time between two requests for this node's metrics, on the injected clock.
extension Kubelet {
    /// The usage of every pod with a running container on this node.
    public func podMetrics() async -> [PodMetrics] {
        await sampleMetrics().pods
    }

    /// This node's usage: the sum of its pods' (a node process has no cgroup of its own to read,
    /// so the kubelet's own usage and other processes on the machine are not counted).
    public func nodeMetrics() async -> NodeMetrics {
        await sampleMetrics().node
    }

    private func sampleMetrics() async -> (pods: [PodMetrics], node: NodeMetrics) {
        let running = await runningContainers()
        let now = time.now()
        var samples: [ContainerUsageSample.Key: ContainerUsageSample] = [:]
        var pods: [PodMetrics] = []
        var nodeCPU: Int64 = 0
        var nodeMemory: Int64 = 0
        var nodeWindow: TimeInterval = 0
        for pod in running where !pod.containers.isEmpty {
            var containers: [ContainerMetrics] = []
            var podWindow: TimeInterval = 0
            for container in pod.containers.sorted(by: { $0.name < $1.name }) {
                let key = ContainerUsageSample.Key(podUID: pod.uid, container: container.name, containerID: container.containerID)
                let sample = ContainerUsageSample(usage: container.usage, time: now)
                let rate = ContainerUsageRate.between(usageSamples[key], sample, runningSince: container.runningSince)
                samples[key] = sample
                containers.append(ContainerMetrics(name: container.name, usage: Self.usage(rate.cpuMillicores, rate.memoryBytes)))
                podWindow = max(podWindow, rate.window)
                nodeCPU += rate.cpuMillicores
                nodeMemory += rate.memoryBytes
            }
            nodeWindow = max(nodeWindow, podWindow)
            pods.append(PodMetrics(
                metadata: ObjectMeta(name: pod.name, namespace: pod.namespace), timestamp: Time(now),
                window: ContainerUsageRate.goDuration(podWindow), containers: containers
            ))
        }
        // Containers gone since the last call are forgotten with their samples.
        usageSamples = samples
        let node = NodeMetrics(
            metadata: ObjectMeta(name: nodeName), timestamp: Time(now),
            window: ContainerUsageRate.goDuration(nodeWindow), usage: Self.usage(nodeCPU, nodeMemory)
        )
        return (pods, node)
    }

    private static func usage(_ cpuMillicores: Int64, _ memoryBytes: Int64) -> [String: Quantity] {
        ["cpu": Quantity(milliValue: cpuMillicores), "memory": Quantity(memoryBytes, format: .binarySI)]
    }
}
