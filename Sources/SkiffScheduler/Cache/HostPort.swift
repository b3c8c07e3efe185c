import SkiffAPI

/// One host port a pod uses: `hostIP` (`0.0.0.0` when unset), protocol and port.
public struct HostPort: Sendable, Hashable {
    public static let wildcardIP = "0.0.0.0"

    public var ip: String
    public var `protocol`: `Protocol`
    public var port: Int32

    public init(ip: String = HostPort.wildcardIP, protocol: `Protocol` = .tcp, port: Int32) {
        self.ip = ip.isEmpty ? HostPort.wildcardIP : ip
        self.protocol = `protocol`
        self.port = port
    }

    /// The host ports of a pod's containers (ports with `hostPort` > 0).
    public static func of(_ spec: PodSpec?) -> [HostPort] {
        var ports: [HostPort] = []
        for container in spec?.containers ?? [] {
            for port in container.ports ?? [] {
                guard let hostPort = port.hostPort, hostPort > 0 else { continue }
                ports.append(HostPort(ip: port.hostIP ?? "", protocol: port.protocol ?? .tcp, port: hostPort))
            }
        }
        return ports
    }
}

/// The host ports in use on a node, with Kubernetes' conflict rule (`HostPortInfo`): two uses of
/// one protocol and port conflict when their IPs are equal or either is `0.0.0.0`.
public struct HostPortSet: Sendable, Hashable {
    private struct Slot: Hashable {
        var `protocol`: `Protocol`
        var port: Int32
    }

    /// IPs in use per protocol and port, with a use count (two pods may share an IP only by
    /// conflicting, but the count keeps removal exact even then).
    private var uses: [Slot: [String: Int]] = [:]

    public init() {}

    public var isEmpty: Bool { uses.isEmpty }

    public mutating func add(_ port: HostPort) {
        uses[Slot(protocol: port.protocol, port: port.port), default: [:]][port.ip, default: 0] += 1
    }

    public mutating func remove(_ port: HostPort) {
        let slot = Slot(protocol: port.protocol, port: port.port)
        guard var ips = uses[slot], let count = ips[port.ip] else { return }
        ips[port.ip] = count > 1 ? count - 1 : nil
        uses[slot] = ips.isEmpty ? nil : ips
    }

    /// Whether `port` conflicts with a port in use.
    public func conflicts(with port: HostPort) -> Bool {
        guard let ips = uses[Slot(protocol: port.protocol, port: port.port)] else { return false }
        if port.ip == HostPort.wildcardIP { return true }
        return ips[HostPort.wildcardIP] != nil || ips[port.ip] != nil
    }
}
