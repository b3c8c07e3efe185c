import Glibc
import SkiffLoop

/// A listening socket on 127.0.0.1 that answers no connection attempt: its accept queue (backlog
/// 0) holds one connection that is never accepted, so the kernel drops every further SYN and a
/// connect to `address` waits as one to an unreachable host does. For tests of connect timeouts.
public final class UnansweredListener {
    public let address: SocketAddress
    private var descriptors: [Int32]

    /// Opens the socket and fills its queue; throws `UVError` with the failing call's errno.
    public init() throws {
        let server = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var descriptors = [server]
        var socketAddress = sockaddr_in()
        socketAddress.sin_family = sa_family_t(AF_INET)
        socketAddress.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let listening = withUnsafeMutablePointer(to: &socketAddress) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(server, raw, length) == 0 && listen(server, 0) == 0 && getsockname(server, raw, &length) == 0
            }
        }
        guard listening else {
            Glibc.close(server)
            throw UVError(code: -errno, operation: "listen on 127.0.0.1")
        }
        let filler = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        descriptors.append(filler)
        let connected = withUnsafePointer(to: &socketAddress) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(filler, $0, length) == 0 }
        }
        guard connected else {
            for descriptor in descriptors { Glibc.close(descriptor) }
            throw UVError(code: -errno, operation: "fill the accept queue")
        }
        self.descriptors = descriptors
        self.address = SocketAddress(host: "127.0.0.1", port: Int(UInt16(bigEndian: socketAddress.sin_port)))
    }

    /// Closes the sockets (also done on deinit).
    public func close() {
        for descriptor in descriptors { Glibc.close(descriptor) }
        descriptors = []
    }

    deinit { close() }
}
