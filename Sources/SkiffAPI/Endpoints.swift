/// A collection of endpoints that implement the actual service.
public struct Endpoints: APIObject, Hashable {
    public static let resourceInfo = ResourceInfo(kind: "Endpoints", plural: "endpoints", singular: "endpoints", shortNames: ["ep"], isNamespaced: true)

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    /// The addresses and ports; the cartesian product of each subset's addresses and ports.
    public var subsets: [EndpointSubset]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates an `Endpoints`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        subsets: [EndpointSubset]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.metadata = metadata
        self.subsets = subsets
        self.unknownFields = unknownFields
    }
}

/// A group of addresses with a common set of ports.
public struct EndpointSubset: Codable, Sendable, Hashable {
    /// Ready addresses.
    public var addresses: [EndpointAddress]?
    /// Addresses not ready yet.
    public var notReadyAddresses: [EndpointAddress]?
    public var ports: [EndpointPort]?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates an `EndpointSubset`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        addresses: [EndpointAddress]? = nil,
        notReadyAddresses: [EndpointAddress]? = nil,
        ports: [EndpointPort]? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.addresses = addresses
        self.notReadyAddresses = notReadyAddresses
        self.ports = ports
        self.unknownFields = unknownFields
    }
}

/// A single IP address of an endpoint.
public struct EndpointAddress: Codable, Sendable, Hashable {
    public var ip: String
    public var hostname: String?
    public var nodeName: String?
    /// The object (usually a pod) that provides the endpoint.
    public var targetRef: ObjectReference?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates an `EndpointAddress`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        ip: String = "",
        hostname: String? = nil,
        nodeName: String? = nil,
        targetRef: ObjectReference? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.ip = ip
        self.hostname = hostname
        self.nodeName = nodeName
        self.targetRef = targetRef
        self.unknownFields = unknownFields
    }
}

/// A port of an endpoint.
public struct EndpointPort: Codable, Sendable, Hashable {
    /// Must match the service port's name.
    public var name: String?
    public var port: Int32
    public var `protocol`: Protocol?
    public var appProtocol: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates an `EndpointPort`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        name: String? = nil,
        port: Int32 = 0,
        protocol: Protocol? = nil,
        appProtocol: String? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.name = name
        self.port = port
        self.protocol = `protocol`
        self.appProtocol = appProtocol
        self.unknownFields = unknownFields
    }
}
