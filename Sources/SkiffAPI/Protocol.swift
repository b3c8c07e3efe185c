/// A network protocol of a port: TCP (the default), UDP or SCTP.
public struct Protocol: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let tcp: Self = "TCP"
    public static let udp: Self = "UDP"
    public static let sctp: Self = "SCTP"

    public static let knownValues: [Self] = [.sctp, .tcp, .udp]
}
