/// A named abstraction of a software service: a local port the proxy listens on, and the selector that determines which pods answer requests sent through it.
public struct Service: APIObject, HasStatus, Hashable {
    public static let resourceInfo = ResourceInfo(kind: "Service", plural: "services", shortNames: ["svc"], isNamespaced: true, categories: ["all"])

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    public var spec: ServiceSpec?
    public var status: ServiceStatus?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `Service`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        spec: ServiceSpec? = nil,
        status: ServiceStatus? = nil,
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

/// The attributes a user creates on a service.
public struct ServiceSpec: Codable, Sendable, Hashable {
    public var ports: [ServicePort]?
    /// Traffic is routed to the pods with these labels; no Endpoints are managed when empty.
    public var selector: [String: String]?
    /// The virtual IP of the service; allocated by the server, or `None` for a headless service. Immutable once set.
    public var clusterIP: String?
    /// The virtual IPs, one per IP family; the first equals `clusterIP`.
    public var clusterIPs: [String]?
    /// ClusterIP (the default), NodePort, LoadBalancer or ExternalName.
    public var type: ServiceType?
    public var externalIPs: [String]?
    /// ClientIP or None (the default).
    public var sessionAffinity: ServiceAffinity?
    public var loadBalancerIP: String?
    /// The DNS name an ExternalName service aliases.
    public var externalName: String?
    public var externalTrafficPolicy: ServiceExternalTrafficPolicy?
    /// Whether not-ready pods get DNS records and endpoints.
    public var publishNotReadyAddresses: Bool?
    public var ipFamilies: [IPFamily]?
    public var ipFamilyPolicy: IPFamilyPolicy?
    public var internalTrafficPolicy: ServiceInternalTrafficPolicy?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ServiceSpec`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        ports: [ServicePort]? = nil,
        selector: [String: String]? = nil,
        clusterIP: String? = nil,
        clusterIPs: [String]? = nil,
        type: ServiceType? = nil,
        externalIPs: [String]? = nil,
        sessionAffinity: ServiceAffinity? = nil,
        loadBalancerIP: String? = nil,
        externalName: String? = nil,
        externalTrafficPolicy: ServiceExternalTrafficPolicy? = nil,
        publishNotReadyAddresses: Bool? = nil,
        ipFamilies: [IPFamily]? = nil,
        ipFamilyPolicy: IPFamilyPolicy? = nil,
        internalTrafficPolicy: ServiceInternalTrafficPolicy? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.ports = ports
        self.selector = selector
        self.clusterIP = clusterIP
        self.clusterIPs = clusterIPs
        self.type = type
        self.externalIPs = externalIPs
        self.sessionAffinity = sessionAffinity
        self.loadBalancerIP = loadBalancerIP
        self.externalName = externalName
        self.externalTrafficPolicy = externalTrafficPolicy
        self.publishNotReadyAddresses = publishNotReadyAddresses
        self.ipFamilies = ipFamilies
        self.ipFamilyPolicy = ipFamilyPolicy
        self.internalTrafficPolicy = internalTrafficPolicy
        self.unknownFields = unknownFields
    }
}

/// A port a service exposes.
public struct ServicePort: Codable, Sendable, Hashable {
    /// Required, and unique, when a service has more than one port.
    public var name: String?
    /// TCP (the default), UDP or SCTP.
    public var `protocol`: Protocol?
    public var appProtocol: String?
    /// The port the service exposes.
    public var port: Int32
    /// The number or name of the port on the pods; defaults to `port`.
    public var targetPort: IntOrString?
    /// The port on each node, for NodePort and LoadBalancer services.
    public var nodePort: Int32?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ServicePort`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        name: String? = nil,
        protocol: Protocol? = nil,
        appProtocol: String? = nil,
        port: Int32 = 0,
        targetPort: IntOrString? = nil,
        nodePort: Int32? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.name = name
        self.protocol = `protocol`
        self.appProtocol = appProtocol
        self.port = port
        self.targetPort = targetPort
        self.nodePort = nodePort
        self.unknownFields = unknownFields
    }
}

/// The current status of a service.
public struct ServiceStatus: Codable, Sendable, Hashable {
    public var loadBalancer: LoadBalancerStatus?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ServiceStatus`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        loadBalancer: LoadBalancerStatus? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.loadBalancer = loadBalancer
        self.unknownFields = unknownFields
    }
}

/// The status of a load balancer.
public struct LoadBalancerStatus: Codable, Sendable, Hashable {
    public var ingress: [LoadBalancerIngress]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `LoadBalancerStatus`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        ingress: [LoadBalancerIngress]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.ingress = ingress
        self.unknownFields = unknownFields
    }
}

/// An ingress point of a load balancer.
public struct LoadBalancerIngress: Codable, Sendable, Hashable {
    public var ip: String?
    public var hostname: String?
    public var ipMode: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `LoadBalancerIngress`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        ip: String? = nil,
        hostname: String? = nil,
        ipMode: String? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.ip = ip
        self.hostname = hostname
        self.ipMode = ipMode
        self.unknownFields = unknownFields
    }
}

/// How a service is exposed.
public struct ServiceType: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let clusterIP: Self = "ClusterIP"
    public static let nodePort: Self = "NodePort"
    public static let loadBalancer: Self = "LoadBalancer"
    public static let externalName: Self = "ExternalName"

    public static let knownValues: [Self] = [.clusterIP, .externalName, .loadBalancer, .nodePort]
}

/// Session affinity of a service.
public struct ServiceAffinity: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let clientIP: Self = "ClientIP"
    public static let none: Self = "None"

    public static let knownValues: [Self] = [.clientIP, .none]
}

/// Whether external traffic goes to node-local endpoints only.
public struct ServiceExternalTrafficPolicy: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let cluster: Self = "Cluster"
    public static let local: Self = "Local"

    public static let knownValues: [Self] = [.cluster, .local]
}

/// Whether internal traffic goes to node-local endpoints only.
public struct ServiceInternalTrafficPolicy: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let cluster: Self = "Cluster"
    public static let local: Self = "Local"

    public static let knownValues: [Self] = [.cluster, .local]
}

/// An IP family.
public struct IPFamily: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let ipv4: Self = "IPv4"
    public static let ipv6: Self = "IPv6"

    public static let knownValues: [Self] = [.ipv4, .ipv6]
}

/// The dual-stack-ness requested or required by a service.
public struct IPFamilyPolicy: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let singleStack: Self = "SingleStack"
    public static let preferDualStack: Self = "PreferDualStack"
    public static let requireDualStack: Self = "RequireDualStack"

    public static let knownValues: [Self] = [.singleStack, .preferDualStack, .requireDualStack]
}
