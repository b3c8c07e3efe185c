import Foundation
import SkiffAPI

/// The Node a kubelet registers and the status it reports (upstream's `initialNode` and
/// `setNodeStatus` setters). Pure: tested without actors.
enum NodeStatusReport {
    static let readyReason = "KubeletReady"
    static let readyMessage = "kubelet is posting ready status"

    /// The Node object to create: name, labels, pod CIDR.
    static func node(options: Kubelet.Options, machine: MachineInfo) -> Node {
        Node(
            metadata: ObjectMeta(name: options.nodeName, labels: labels(options: options, machine: machine)),
            spec: NodeSpec(podCIDR: options.podCIDR, podCIDRs: [options.podCIDR])
        )
    }

    /// The well-known labels, with the options' extra labels on top.
    static func labels(options: Kubelet.Options, machine: MachineInfo) -> [String: String] {
        var labels = [
            "kubernetes.io/hostname": options.nodeName,
            "kubernetes.io/os": "linux",
            "kubernetes.io/arch": machine.architecture,
            "beta.kubernetes.io/os": "linux",
            "beta.kubernetes.io/arch": machine.architecture,
        ]
        for (key, value) in options.labels { labels[key] = value }
        return labels
    }

    /// The full status, keeping the transition times of conditions that did not change.
    static func status(
        options: Kubelet.Options, machine: MachineInfo, runtimeName: String, previous: NodeStatus?, now: Date
    ) -> NodeStatus {
        let capacity = machine.capacity(maxPods: options.maxPods)
        func condition(_ type: NodeConditionType, _ status: ConditionStatus, _ reason: String, _ message: String) -> NodeCondition {
            let old = previous?.conditions?.first { $0.type == type }
            return NodeCondition(
                type: type, status: status, lastHeartbeatTime: Time(now),
                lastTransitionTime: old?.status == status ? old?.lastTransitionTime : Time(now),
                reason: reason, message: message
            )
        }
        return NodeStatus(
            capacity: capacity,
            allocatable: capacity,
            conditions: [
                condition(.memoryPressure, .false, "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
                condition(.diskPressure, .false, "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
                condition(.pidPressure, .false, "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
                condition(.ready, .true, readyReason, readyMessage),
            ],
            addresses: [
                NodeAddress(type: .internalIP, address: options.nodeIP),
                NodeAddress(type: .hostname, address: options.nodeName),
            ],
            daemonEndpoints: options.kubeletEndpointPort.map {
                NodeDaemonEndpoints(kubeletEndpoint: DaemonEndpoint(Port: $0))
            },
            nodeInfo: NodeSystemInfo(
                machineID: machine.machineID, systemUUID: machine.machineID, bootID: machine.bootID,
                kernelVersion: machine.kernelVersion, osImage: machine.osImage,
                containerRuntimeVersion: "\(runtimeName)://skiff", kubeletVersion: options.kubeletVersion,
                kubeProxyVersion: "", operatingSystem: "linux", architecture: machine.architecture
            )
        )
    }

    /// True when `current` differs from `reported` in anything but heartbeat times: what makes
    /// the kubelet write before the report interval is up.
    static func hasChanged(_ current: NodeStatus, since reported: NodeStatus?) -> Bool {
        guard let reported else { return true }
        func normalised(_ status: NodeStatus) -> NodeStatus {
            var copy = status
            copy.conditions = copy.conditions?.map { condition in
                var condition = condition
                condition.lastHeartbeatTime = nil
                condition.lastTransitionTime = nil
                return condition
            }.sorted { $0.type.rawValue < $1.type.rawValue }
            return copy
        }
        return normalised(current) != normalised(reported)
    }
}
