import CLibUV
import Glibc

/// An IPv4 address and port, e.g. `127.244.0.5:8080`.
///
/// Only dotted-quad IPv4 hosts are accepted (no name resolution): on one machine every pod and
/// service address is in 127.0.0.0/8. A malformed host or a port outside 0...65535 is reported as
/// a `UVError` (`EINVAL`) by the call that uses the address.
public struct SocketAddress: Sendable, Hashable, CustomStringConvertible {
    /// Dotted-quad IPv4 address, e.g. `127.0.0.1`.
    public var host: String
    /// 0...65535; 0 asks `TCPListener.bind` for any free port.
    public var port: Int

    /// An address; validated only when used.
    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// `host:port`.
    public var description: String { "\(host):\(port)" }

    func makeSockaddr(operation: String) throws -> sockaddr_in {
        guard (0...65_535).contains(port) else {
            throw UVError(code: UV_EINVAL.rawValue, operation: "\(operation) \(self): port out of range")
        }
        var address = sockaddr_in()
        try UVError.check(uv_ip4_addr(host, Int32(port), &address), "\(operation) \(self)")
        return address
    }

    init(_ address: sockaddr_in) {
        var copy = address
        var name = [CChar](repeating: 0, count: 16)
        uv_ip4_name(&copy, &name, name.count)
        let host = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        self.init(host: host, port: Int(UInt16(bigEndian: address.sin_port)))
    }

    /// The local (`isPeer == false`) or remote address of a TCP handle, if it is IPv4.
    static func of(_ handle: UnsafeMutablePointer<uv_tcp_t>, isPeer: Bool) -> SocketAddress? {
        var storage = sockaddr_storage()
        var length = Int32(MemoryLayout<sockaddr_storage>.size)
        let result = withUnsafeMutablePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                isPeer ? uv_tcp_getpeername(handle, address, &length) : uv_tcp_getsockname(handle, address, &length)
            }
        }
        guard result == 0, storage.ss_family == sa_family_t(AF_INET) else { return nil }
        return withUnsafePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { SocketAddress($0.pointee) }
        }
    }
}

/// Limits that bound the memory of one TCP connection.
public struct TCPBufferLimits: Sendable {
    /// Received bytes held for a slow reader before the connection stops reading the socket
    /// (`uv_read_stop`); reading resumes once the reader has drained below half of this.
    public var maxBufferedReadBytes: Int
    /// Written bytes not yet taken by the kernel above which `write` suspends the writer; it
    /// resumes once below half of this.
    public var maxBufferedWriteBytes: Int

    /// Limits in bytes; both must be positive (precondition).
    public init(maxBufferedReadBytes: Int = 256 * 1024, maxBufferedWriteBytes: Int = 1024 * 1024) {
        precondition(maxBufferedReadBytes > 0 && maxBufferedWriteBytes > 0, "buffer limits must be positive")
        self.maxBufferedReadBytes = maxBufferedReadBytes
        self.maxBufferedWriteBytes = maxBufferedWriteBytes
    }
}
