/// A collection of containers that can run on a host; created by clients and scheduled onto hosts.
public struct Pod: APIObject, HasStatus, Hashable {
    public static let resourceInfo = ResourceInfo(kind: "Pod", plural: "pods", shortNames: ["po"], isNamespaced: true, categories: ["all"])

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    /// The desired behavior of the pod.
    public var spec: PodSpec?
    /// The most recently observed status of the pod; written by the kubelet.
    public var status: PodStatus?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `Pod`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        spec: PodSpec? = nil,
        status: PodStatus? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.metadata = metadata
        self.spec = spec
        self.status = status
        self.unknownFields = unknownFields
    }
}

/// A description of a pod.
public struct PodSpec: Codable, Sendable, Hashable {
    /// Volumes that can be mounted by containers of the pod.
    public var volumes: [Volume]?
    /// Containers run in order, each to completion, before the app containers start.
    public var initContainers: [Container]?
    /// The pod's containers; at least one.
    public var containers: [Container]
    /// Always (the default), OnFailure or Never.
    public var restartPolicy: RestartPolicy?
    /// Seconds between SIGTERM and SIGKILL when the pod is deleted; defaults to 30.
    public var terminationGracePeriodSeconds: Int64?
    /// How long the pod may be active before the kubelet fails it.
    public var activeDeadlineSeconds: Int64?
    /// ClusterFirst (the default), ClusterFirstWithHostNet, Default or None.
    public var dnsPolicy: DNSPolicy?
    /// Labels a node must have for the pod to fit on it.
    public var nodeSelector: [String: String]?
    /// The ServiceAccount the pod runs as.
    public var serviceAccountName: String?
    public var automountServiceAccountToken: Bool?
    /// The node the pod is bound to; set by the scheduler through a Binding.
    public var nodeName: String?
    /// Whether the pod uses the host's network namespace.
    public var hostNetwork: Bool?
    /// The pod's hostname; defaults to the pod's name.
    public var hostname: String?
    /// With `hostname`, gives the pod the FQDN `<hostname>.<subdomain>.<namespace>.svc.<cluster domain>`.
    public var subdomain: String?
    /// Scheduling constraints.
    public var affinity: Affinity?
    /// The scheduler that schedules the pod; defaults to `default-scheduler`.
    public var schedulerName: String?
    /// The taints the pod tolerates.
    public var tolerations: [Toleration]?
    public var priorityClassName: String?
    /// The pod's priority, resolved from `priorityClassName` by admission.
    public var priority: Int32?
    public var preemptionPolicy: PreemptionPolicy?
    /// Resources of the pod's sandbox, on top of its containers' requests.
    public var overhead: [String: Quantity]?
    /// How the pod's replicas spread across topology domains.
    public var topologySpreadConstraints: [TopologySpreadConstraint]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `PodSpec`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        volumes: [Volume]? = nil,
        initContainers: [Container]? = nil,
        containers: [Container] = [],
        restartPolicy: RestartPolicy? = nil,
        terminationGracePeriodSeconds: Int64? = nil,
        activeDeadlineSeconds: Int64? = nil,
        dnsPolicy: DNSPolicy? = nil,
        nodeSelector: [String: String]? = nil,
        serviceAccountName: String? = nil,
        automountServiceAccountToken: Bool? = nil,
        nodeName: String? = nil,
        hostNetwork: Bool? = nil,
        hostname: String? = nil,
        subdomain: String? = nil,
        affinity: Affinity? = nil,
        schedulerName: String? = nil,
        tolerations: [Toleration]? = nil,
        priorityClassName: String? = nil,
        priority: Int32? = nil,
        preemptionPolicy: PreemptionPolicy? = nil,
        overhead: [String: Quantity]? = nil,
        topologySpreadConstraints: [TopologySpreadConstraint]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.volumes = volumes
        self.initContainers = initContainers
        self.containers = containers
        self.restartPolicy = restartPolicy
        self.terminationGracePeriodSeconds = terminationGracePeriodSeconds
        self.activeDeadlineSeconds = activeDeadlineSeconds
        self.dnsPolicy = dnsPolicy
        self.nodeSelector = nodeSelector
        self.serviceAccountName = serviceAccountName
        self.automountServiceAccountToken = automountServiceAccountToken
        self.nodeName = nodeName
        self.hostNetwork = hostNetwork
        self.hostname = hostname
        self.subdomain = subdomain
        self.affinity = affinity
        self.schedulerName = schedulerName
        self.tolerations = tolerations
        self.priorityClassName = priorityClassName
        self.priority = priority
        self.preemptionPolicy = preemptionPolicy
        self.overhead = overhead
        self.topologySpreadConstraints = topologySpreadConstraints
        self.unknownFields = unknownFields
    }
}

/// Information about the status of a pod; it may trail the actual state of a system.
public struct PodStatus: Codable, Sendable, Hashable {
    /// Pending, Running, Succeeded, Failed or Unknown.
    public var phase: PodPhase?
    /// PodScheduled, Initialized, ContainersReady, Ready, …
    public var conditions: [PodCondition]?
    public var message: String?
    /// A brief CamelCase reason for the pod's state, such as `Evicted`.
    public var reason: String?
    /// The node a preempting pod is expected to be scheduled on.
    public var nominatedNodeName: String?
    public var hostIP: String?
    public var hostIPs: [HostIP]?
    public var podIP: String?
    public var podIPs: [PodIP]?
    /// When the kubelet acknowledged the pod, before it pulled any image.
    public var startTime: Time?
    public var initContainerStatuses: [ContainerStatus]?
    public var containerStatuses: [ContainerStatus]?
    public var qosClass: PodQOSClass?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `PodStatus`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        phase: PodPhase? = nil,
        conditions: [PodCondition]? = nil,
        message: String? = nil,
        reason: String? = nil,
        nominatedNodeName: String? = nil,
        hostIP: String? = nil,
        hostIPs: [HostIP]? = nil,
        podIP: String? = nil,
        podIPs: [PodIP]? = nil,
        startTime: Time? = nil,
        initContainerStatuses: [ContainerStatus]? = nil,
        containerStatuses: [ContainerStatus]? = nil,
        qosClass: PodQOSClass? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.phase = phase
        self.conditions = conditions
        self.message = message
        self.reason = reason
        self.nominatedNodeName = nominatedNodeName
        self.hostIP = hostIP
        self.hostIPs = hostIPs
        self.podIP = podIP
        self.podIPs = podIPs
        self.startTime = startTime
        self.initContainerStatuses = initContainerStatuses
        self.containerStatuses = containerStatuses
        self.qosClass = qosClass
        self.unknownFields = unknownFields
    }
}

/// A condition of a pod.
public struct PodCondition: Codable, Sendable, Hashable {
    public var type: PodConditionType
    public var status: ConditionStatus
    public var lastProbeTime: Time?
    public var lastTransitionTime: Time?
    public var reason: String?
    public var message: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `PodCondition`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        type: PodConditionType = .ready,
        status: ConditionStatus = .unknown,
        lastProbeTime: Time? = nil,
        lastTransitionTime: Time? = nil,
        reason: String? = nil,
        message: String? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.type = type
        self.status = status
        self.lastProbeTime = lastProbeTime
        self.lastTransitionTime = lastTransitionTime
        self.reason = reason
        self.message = message
        self.unknownFields = unknownFields
    }
}

/// An IP address allocated to a pod.
public struct PodIP: Codable, Sendable, Hashable {
    public var ip: String
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `PodIP`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        ip: String = "",
        unknownFields: UnknownFields? = nil
    ) {
        self.ip = ip
        self.unknownFields = unknownFields
    }
}

/// An IP address of the host a pod runs on.
public struct HostIP: Codable, Sendable, Hashable {
    public var ip: String
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `HostIP`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        ip: String = "",
        unknownFields: UnknownFields? = nil
    ) {
        self.ip = ip
        self.unknownFields = unknownFields
    }
}

/// Where a pod is in its lifecycle.
public struct PodPhase: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// Accepted, but not all containers have been started.
    public static let pending: Self = "Pending"
    /// Bound to a node and all containers have been started.
    public static let running: Self = "Running"
    /// All containers terminated successfully and will not be restarted.
    public static let succeeded: Self = "Succeeded"
    /// All containers terminated, at least one in failure.
    public static let failed: Self = "Failed"
    /// The state of the pod could not be obtained.
    public static let unknown: Self = "Unknown"

    public static let knownValues: [Self] = [.pending, .running, .succeeded, .failed, .unknown]
}

/// The type of a pod condition.
public struct PodConditionType: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let podScheduled: Self = "PodScheduled"
    public static let podReadyToStartContainers: Self = "PodReadyToStartContainers"
    public static let initialized: Self = "Initialized"
    public static let containersReady: Self = "ContainersReady"
    public static let ready: Self = "Ready"
    public static let disruptionTarget: Self = "DisruptionTarget"

    public static let knownValues: [Self] = [.podScheduled, .podReadyToStartContainers, .initialized, .containersReady, .ready, .disruptionTarget]
}

/// How the kubelet restarts the containers of a pod when they exit.
public struct RestartPolicy: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let always: Self = "Always"
    public static let onFailure: Self = "OnFailure"
    public static let never: Self = "Never"

    public static let knownValues: [Self] = [.always, .onFailure, .never]
}

/// How a pod's DNS is configured.
public struct DNSPolicy: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let clusterFirstWithHostNet: Self = "ClusterFirstWithHostNet"
    public static let clusterFirst: Self = "ClusterFirst"
    public static let `default`: Self = "Default"
    public static let none: Self = "None"

    public static let knownValues: [Self] = [.clusterFirstWithHostNet, .clusterFirst, .`default`, .none]
}

/// The quality of service class of a pod, from its containers' requests and limits.
public struct PodQOSClass: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let guaranteed: Self = "Guaranteed"
    public static let burstable: Self = "Burstable"
    public static let bestEffort: Self = "BestEffort"

    public static let knownValues: [Self] = [.guaranteed, .burstable, .bestEffort]
}

/// Whether a pod may preempt pods of lower priority.
public struct PreemptionPolicy: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let preemptLowerPriority: Self = "PreemptLowerPriority"
    public static let never: Self = "Never"

    public static let knownValues: [Self] = [.preemptLowerPriority, .never]
}
