import Foundation
import SkiffAPI
@testable import SkiffScheduler

/// A node with `cpu`, `memory` and `pods` allocatable, labels and taints.
func makeNode(
    _ name: String, cpu: String = "4", memory: String = "8Gi", pods: Int64 = 110, labels: [String: String] = [:],
    taints: [Taint]? = nil, unschedulable: Bool? = nil, extra: [String: Quantity] = [:]
) -> Node {
    var allocatable: [String: Quantity] = ["cpu": Quantity(stringLiteral: cpu), "memory": Quantity(stringLiteral: memory), "pods": Quantity(pods)]
    for (key, value) in extra { allocatable[key] = value }
    var nodeLabels = labels
    nodeLabels["kubernetes.io/hostname"] = nodeLabels["kubernetes.io/hostname"] ?? name
    return Node(
        metadata: ObjectMeta(name: name, labels: nodeLabels),
        spec: NodeSpec(unschedulable: unschedulable, taints: taints),
        status: NodeStatus(capacity: allocatable, allocatable: allocatable)
    )
}

/// A pod requesting `cpu` and `memory` (nil: no request).
func makePod(
    _ name: String, namespace: String = "default", cpu: String? = nil, memory: String? = nil, labels: [String: String]? = nil,
    node: String? = nil, priority: Int32? = nil, tolerations: [Toleration]? = nil, nodeSelector: [String: String]? = nil,
    affinity: Affinity? = nil, spread: [TopologySpreadConstraint]? = nil, hostPort: Int32? = nil, extra: [String: Quantity] = [:],
    gracePeriod: Int64? = nil, priorityClassName: String? = nil
) -> Pod {
    var requests: [String: Quantity] = extra
    if let cpu { requests["cpu"] = Quantity(stringLiteral: cpu) }
    if let memory { requests["memory"] = Quantity(stringLiteral: memory) }
    let ports = hostPort.map { [ContainerPort(containerPort: 80, hostPort: $0)] }
    let container = Container(
        name: "app", command: ["sleep", "3600"], ports: ports,
        resources: requests.isEmpty ? nil : ResourceRequirements(requests: requests)
    )
    return Pod(
        metadata: ObjectMeta(name: name, namespace: namespace, labels: labels),
        spec: PodSpec(
            containers: [container], terminationGracePeriodSeconds: gracePeriod, nodeSelector: nodeSelector, nodeName: node,
            affinity: affinity, tolerations: tolerations, priorityClassName: priorityClassName, priority: priority,
            topologySpreadConstraints: spread
        )
    )
}

func info(_ pod: Pod) -> PodInfo { PodInfo(pod) }

/// A NodeInfo for `node` holding `pods` (bound to it).
func nodeInfo(_ node: Node, _ pods: [Pod] = []) -> NodeInfo {
    let name = node.metadata.name ?? ""
    return NodeInfo(node: node, pods: pods.map { pod in
        var bound = pod
        bound.spec?.nodeName = name
        return PodInfo(bound)
    })
}

/// A framework of the default profile, without binding.
func defaultFramework(_ arguments: PluginArguments = PluginArguments()) throws -> Framework {
    var profile = Profile(arguments: arguments)
    profile.plugins.removeAll { $0.name == DefaultBinder.name }
    return try Framework(profile: profile, context: PluginContext(client: nil, arguments: arguments))
}
