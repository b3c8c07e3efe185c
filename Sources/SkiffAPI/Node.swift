/// A worker node; each node has a unique identifier in the cache (etcd, here the store).
public struct Node: APIObject, HasStatus, Hashable {
    public static let resourceInfo = ResourceInfo(kind: "Node", plural: "nodes", shortNames: ["no"], isNamespaced: false)

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    /// The behavior of the node.
    public var spec: NodeSpec?
    /// The most recently observed status of the node; written by its kubelet.
    public var status: NodeStatus?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `Node`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        spec: NodeSpec? = nil,
        status: NodeStatus? = nil,
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

/// The attributes a node is created with.
public struct NodeSpec: Codable, Sendable, Hashable {
    /// The pod IP range assigned to the node.
    public var podCIDR: String?
    /// The pod IP ranges assigned to the node, one per IP family.
    public var podCIDRs: [String]?
    /// The node's ID in the cloud provider.
    public var providerID: String?
    /// Whether new pods may be scheduled onto the node (`kubectl cordon`).
    public var unschedulable: Bool?
    public var taints: [Taint]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `NodeSpec`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        podCIDR: String? = nil,
        podCIDRs: [String]? = nil,
        providerID: String? = nil,
        unschedulable: Bool? = nil,
        taints: [Taint]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.podCIDR = podCIDR
        self.podCIDRs = podCIDRs
        self.providerID = providerID
        self.unschedulable = unschedulable
        self.taints = taints
        self.unknownFields = unknownFields
    }
}

/// The current status of a node.
public struct NodeStatus: Codable, Sendable, Hashable {
    /// The total resources of the node.
    public var capacity: [String: Quantity]?
    /// The resources available for scheduling; defaults to `capacity`.
    public var allocatable: [String: Quantity]?
    /// Ready, MemoryPressure, DiskPressure, PIDPressure, NetworkUnavailable.
    public var conditions: [NodeCondition]?
    public var addresses: [NodeAddress]?
    /// Endpoints of daemons running on the node.
    public var daemonEndpoints: NodeDaemonEndpoints?
    /// Identity and versions of the node.
    public var nodeInfo: NodeSystemInfo?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `NodeStatus`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        capacity: [String: Quantity]? = nil,
        allocatable: [String: Quantity]? = nil,
        conditions: [NodeCondition]? = nil,
        addresses: [NodeAddress]? = nil,
        daemonEndpoints: NodeDaemonEndpoints? = nil,
        nodeInfo: NodeSystemInfo? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.capacity = capacity
        self.allocatable = allocatable
        self.conditions = conditions
        self.addresses = addresses
        self.daemonEndpoints = daemonEndpoints
        self.nodeInfo = nodeInfo
        self.unknownFields = unknownFields
    }
}

/// A condition of a node.
public struct NodeCondition: Codable, Sendable, Hashable {
    public var type: NodeConditionType
    public var status: ConditionStatus
    public var lastHeartbeatTime: Time?
    public var lastTransitionTime: Time?
    public var reason: String?
    public var message: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `NodeCondition`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        type: NodeConditionType = .ready,
        status: ConditionStatus = .unknown,
        lastHeartbeatTime: Time? = nil,
        lastTransitionTime: Time? = nil,
        reason: String? = nil,
        message: String? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.type = type
        self.status = status
        self.lastHeartbeatTime = lastHeartbeatTime
        self.lastTransitionTime = lastTransitionTime
        self.reason = reason
        self.message = message
        self.unknownFields = unknownFields
    }
}

/// The type of a node condition.
public struct NodeConditionType: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let ready: Self = "Ready"
    public static let memoryPressure: Self = "MemoryPressure"
    public static let diskPressure: Self = "DiskPressure"
    public static let pidPressure: Self = "PIDPressure"
    public static let networkUnavailable: Self = "NetworkUnavailable"

    public static let knownValues: [Self] = [.ready, .memoryPressure, .diskPressure, .pidPressure, .networkUnavailable]
}

/// An address of a node.
public struct NodeAddress: Codable, Sendable, Hashable {
    public var type: NodeAddressType
    public var address: String
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `NodeAddress`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        type: NodeAddressType = .internalIP,
        address: String = "",
        unknownFields: UnknownFields? = nil
    ) {
        self.type = type
        self.address = address
        self.unknownFields = unknownFields
    }
}

/// The type of a node address.
public struct NodeAddressType: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let hostname: Self = "Hostname"
    public static let internalIP: Self = "InternalIP"
    public static let externalIP: Self = "ExternalIP"
    public static let internalDNS: Self = "InternalDNS"
    public static let externalDNS: Self = "ExternalDNS"

    public static let knownValues: [Self] = [.hostname, .internalIP, .externalIP, .internalDNS, .externalDNS]
}

/// A set of IDs and versions describing a node. All ten fields are always present on the wire (clients require them).
public struct NodeSystemInfo: Codable, Sendable, Hashable {
    public var machineID: String
    public var systemUUID: String
    public var bootID: String
    public var kernelVersion: String
    public var osImage: String
    public var containerRuntimeVersion: String
    public var kubeletVersion: String
    public var kubeProxyVersion: String
    public var operatingSystem: String
    public var architecture: String
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `NodeSystemInfo`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        machineID: String = "",
        systemUUID: String = "",
        bootID: String = "",
        kernelVersion: String = "",
        osImage: String = "",
        containerRuntimeVersion: String = "",
        kubeletVersion: String = "",
        kubeProxyVersion: String = "",
        operatingSystem: String = "",
        architecture: String = "",
        unknownFields: UnknownFields? = nil
    ) {
        self.machineID = machineID
        self.systemUUID = systemUUID
        self.bootID = bootID
        self.kernelVersion = kernelVersion
        self.osImage = osImage
        self.containerRuntimeVersion = containerRuntimeVersion
        self.kubeletVersion = kubeletVersion
        self.kubeProxyVersion = kubeProxyVersion
        self.operatingSystem = operatingSystem
        self.architecture = architecture
        self.unknownFields = unknownFields
    }
}

/// The ports of daemons running on a node.
public struct NodeDaemonEndpoints: Codable, Sendable, Hashable {
    public var kubeletEndpoint: DaemonEndpoint?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `NodeDaemonEndpoints`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        kubeletEndpoint: DaemonEndpoint? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.kubeletEndpoint = kubeletEndpoint
        self.unknownFields = unknownFields
    }
}

/// The port of a daemon. Kubernetes spells its field `Port`, capitalised, on the wire.
public struct DaemonEndpoint: Codable, Sendable, Hashable {
    public var Port: Int32
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `DaemonEndpoint`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        Port: Int32 = 0,
        unknownFields: UnknownFields? = nil
    ) {
        self.Port = Port
        self.unknownFields = unknownFields
    }
}
