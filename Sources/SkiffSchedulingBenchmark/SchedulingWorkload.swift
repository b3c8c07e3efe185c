import SkiffAPI

/// One scheduler_perf workload: how many nodes (and how they are labelled), the pods created
/// before measuring, and the measured pods — the shapes of upstream's
/// `test/integration/scheduler_perf/config/performance-config.yaml` and its templates.
///
/// Upstream's node template has 4 CPUs, 32 GiB and 110 pods allocatable; its default pod
/// requests 100m CPU and 500 MiB. Where upstream measures only 1,000–2,000 pods (a fraction of
/// a second here) the measured count is raised so the 1-second throughput windows mean
/// something; `--pods` sets it back.
struct SchedulingWorkload: Sendable {
    /// What a pod of a phase looks like.
    enum PodShape: Sendable {
        /// `pod-default.yaml`: 100m CPU, 500Mi.
        case basic
        /// `pod-with-node-affinity.yaml`: required node affinity to zone1 or zone2.
        case nodeAffinity
        /// `pod-with-topology-spreading.yaml`: maxSkew 5 over zones, DoNotSchedule, `color: blue`.
        case topologySpreading
        /// `pod-with-pod-anti-affinity.yaml`: required anti-affinity to `color: green` per hostname
        /// across the two namespaces.
        case podAntiAffinity
        /// `pod-large-cpu.yaml`: 9 CPUs — fits no node.
        case largeCPU
        /// `pod-low-priority.yaml`: 900m CPU, priority 0, grace period 0.
        case lowPriority
        /// `pod-high-priority.yaml`: 3 CPUs, priority 10 (through a PriorityClass here, since
        /// Skiff's priority admission refuses a bare `spec.priority`).
        case highPriority
    }

    var name: String
    var nodes: Int
    /// Values of `topology.kubernetes.io/zone`, assigned round robin (none: unlabelled).
    var zones: [String] = []
    var initPods: Int
    var initShape: PodShape = .basic
    var initNamespace = "default"
    /// Whether the run waits for the init pods to be bound (false for pods that never fit).
    var waitForInitPods = true
    var measurePods: Int
    var measureShape: PodShape = .basic
    var measureNamespace = "default"
    /// Upstream's threshold (pods/s on 4+ CPUs) where it sets one.
    var upstreamThreshold: Double?

    /// Namespaces the workload needs besides `default`.
    var extraNamespaces: [String] {
        Array(Set([initNamespace, measureNamespace]).subtracting(["default"])).sorted()
    }

    /// Every workload, in the order `schedule` runs them.
    static let all: [SchedulingWorkload] = [
        SchedulingWorkload(name: "SchedulingBasic_500Nodes", nodes: 500, initPods: 500, measurePods: 1_000),
        SchedulingWorkload(
            name: "SchedulingBasic_5000Nodes_10000Pods", nodes: 5_000, initPods: 1_000, measurePods: 10_000,
            upstreamThreshold: 270
        ),
        SchedulingWorkload(
            name: "NodeAffinity_5000Nodes", nodes: 5_000, zones: ["zone1"], initPods: 5_000, measurePods: 10_000,
            measureShape: .nodeAffinity, upstreamThreshold: 220
        ),
        SchedulingWorkload(
            name: "TopologySpreading_5000Nodes", nodes: 5_000, zones: ["moon-1", "moon-2", "moon-3"], initPods: 5_000,
            measurePods: 10_000, measureShape: .topologySpreading, upstreamThreshold: 85
        ),
        // One green pod per node across both namespaces: 5,000 nodes hold 1,000 + 4,000.
        SchedulingWorkload(
            name: "PodAntiAffinity_5000Nodes", nodes: 5_000, initPods: 1_000, initShape: .podAntiAffinity,
            initNamespace: "sched-0", measurePods: 4_000, measureShape: .podAntiAffinity, measureNamespace: "sched-1",
            upstreamThreshold: 60
        ),
        SchedulingWorkload(
            name: "Unschedulable_5000Nodes_200InitPods", nodes: 5_000, initPods: 200, initShape: .largeCPU,
            waitForInitPods: false, measurePods: 5_000
        ),
        SchedulingWorkload(
            name: "Preemption_500Nodes", nodes: 500, initPods: 2_000, initShape: .lowPriority, measurePods: 500,
            measureShape: .highPriority
        ),
        SchedulingWorkload(name: "SchedulingBasic_5000Nodes_150000Pods", nodes: 5_000, initPods: 0, measurePods: 150_000),
    ]

    /// Upstream's node template, named `node-<index>`.
    func node(_ index: Int) -> Node {
        let name = "node-\(index)"
        var labels = ["kubernetes.io/hostname": name, "kubernetes.io/os": "linux"]
        if !zones.isEmpty { labels["topology.kubernetes.io/zone"] = zones[index % zones.count] }
        let allocatable: [String: Quantity] = ["cpu": "4", "memory": "32Gi", "pods": "110"]
        return Node(
            metadata: ObjectMeta(name: name, labels: labels),
            status: NodeStatus(capacity: allocatable, allocatable: allocatable)
        )
    }

    /// A pod of `shape` named `name` in `namespace`.
    static func pod(_ shape: PodShape, name: String, namespace: String) -> Pod {
        var cpu: Quantity = "100m"
        var labels: [String: String]?
        var spec = PodSpec(containers: [])
        switch shape {
        case .basic:
            break
        case .nodeAffinity:
            spec.affinity = Affinity(nodeAffinity: NodeAffinity(
                requiredDuringSchedulingIgnoredDuringExecution: NodeSelector(nodeSelectorTerms: [
                    NodeSelectorTerm(matchExpressions: [
                        NodeSelectorRequirement(key: "topology.kubernetes.io/zone", operator: .in, values: ["zone1", "zone2"]),
                    ]),
                ])
            ))
        case .topologySpreading:
            labels = ["color": "blue"]
            spec.topologySpreadConstraints = [TopologySpreadConstraint(
                maxSkew: 5, topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: .doNotSchedule,
                labelSelector: LabelSelector(matchLabels: ["color": "blue"])
            )]
        case .podAntiAffinity:
            labels = ["color": "green"]
            spec.affinity = Affinity(podAntiAffinity: PodAntiAffinity(requiredDuringSchedulingIgnoredDuringExecution: [
                PodAffinityTerm(
                    labelSelector: LabelSelector(matchLabels: ["color": "green"]), namespaces: ["sched-0", "sched-1"],
                    topologyKey: "kubernetes.io/hostname"
                ),
            ]))
        case .largeCPU:
            cpu = "9"
        case .lowPriority:
            cpu = "900m"
            spec.terminationGracePeriodSeconds = 0
        case .highPriority:
            cpu = "3"
            spec.priorityClassName = SchedulingCluster.highPriorityClass
        }
        let resources: [String: Quantity] = ["cpu": cpu, "memory": "500Mi"]
        spec.containers = [Container(
            name: "pause", image: "registry.k8s.io/pause:3.10",
            ports: [ContainerPort(containerPort: 80)],
            resources: ResourceRequirements(limits: resources, requests: resources)
        )]
        return Pod(metadata: ObjectMeta(name: name, namespace: namespace, labels: labels), spec: spec)
    }
}
