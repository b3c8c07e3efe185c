import SkiffAPI
import SkiffLoop

/// Runs one attempt of a probe (or a handler such as preStop) against a running container:
/// `exec` through the runtime, `httpGet` as a plain HTTP/1.1 GET over a TCP connection (200–399
/// is success), `tcpSocket` as a connect. `timeoutSeconds` (default 1) runs on the kubelet's clock.
/// gRPC probes are not supported and always fail, with a message saying so.
struct Prober: Sendable {
    let runtime: any ContainerRuntime
    let loop: EventLoop
    let time: any TimeSource
    let podIP: String

    func check(_ probe: Probe, container: Container, handle: ContainerHandle) async -> ProbeResult {
        let timeout = Duration.seconds(Int64(max(probe.timeoutSeconds ?? 1, 1)))
        if let exec = probe.exec {
            return await run(exec, handle: handle, timeout: timeout)
        }
        if let action = probe.httpGet {
            guard runtime.servesNetwork else { return .success }
            return await httpGet(action, container: container, timeout: timeout)
        }
        if let action = probe.tcpSocket {
            guard runtime.servesNetwork else { return .success }
            return await tcpConnect(action, container: container, timeout: timeout)
        }
        if probe.grpc != nil { return .failure("gRPC probes are not supported by Skiff") }
        return .failure("probe has no handler")
    }

    func run(_ exec: ExecAction, handle: ContainerHandle, timeout: Duration) async -> ProbeResult {
        let command = exec.command ?? []
        do {
            let code = try await runtime.exec(handle, command: command, timeout: timeout)
            return code == 0 ? .success : .failure("command \(Self.quoted(command)) exited with \(code)")
        } catch is ContainerExecTimeout {
            return .failure("command \(Self.quoted(command)) timed out")
        } catch {
            return .failure("command \(Self.quoted(command)) failed: \(error)")
        }
    }

    private func httpGet(_ action: HTTPGetAction, container: Container, timeout: Duration) async -> ProbeResult {
        guard let port = Self.port(action.port, in: container) else {
            return .failure("port \(action.port) is not a container port")
        }
        if action.scheme == .https { return .failure("HTTPS probes are not supported by Skiff") }
        let host = action.host ?? podIP
        var path = action.path ?? "/"
        if !path.hasPrefix("/") { path = "/" + path }
        let url = "http://\(host):\(port)\(path)"
        var request = "GET \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nUser-Agent: kube-probe/1.33\r\nAccept: */*\r\n"
        for header in action.httpHeaders ?? [] { request += "\(header.name): \(header.value)\r\n" }
        request += "Connection: close\r\n\r\n"
        let bytes = Array(request.utf8)
        let loop = self.loop
        do {
            let code = try await withTimeout(timeout, on: time) { () async throws -> Int in
                let connection = try await TCPConnection.connect(to: SocketAddress(host: host, port: port), timeout: timeout, time: time, on: loop)
                do {
                    try await connection.write(bytes)
                    var response: [UInt8] = []
                    while let chunk = try await connection.read() {
                        response += chunk
                        if let code = Self.statusCode(response) {
                            await connection.close()
                            return code
                        }
                    }
                    await connection.close()
                    return Self.statusCode(response) ?? 0
                } catch {
                    await connection.close()
                    throw error
                }
            }
            if (200..<400).contains(code) { return .success }
            return .failure("HTTP probe failed with statuscode: \(code)")
        } catch is TimeoutError {
            return .failure("Get \"\(url)\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)")
        } catch {
            return .failure("Get \"\(url)\": \(error)")
        }
    }

    private func tcpConnect(_ action: TCPSocketAction, container: Container, timeout: Duration) async -> ProbeResult {
        guard let port = Self.port(action.port, in: container) else {
            return .failure("port \(action.port) is not a container port")
        }
        let host = action.host ?? podIP
        let loop = self.loop
        do {
            try await withTimeout(timeout, on: time) {
                let connection = try await TCPConnection.connect(to: SocketAddress(host: host, port: port), timeout: timeout, time: time, on: loop)
                await connection.close()
            }
            return .success
        } catch is TimeoutError {
            return .failure("dial tcp \(host):\(port): i/o timeout")
        } catch {
            return .failure("dial tcp \(host):\(port): \(error)")
        }
    }

    /// A port number, or the number of the container port with that name.
    static func port(_ port: IntOrString, in container: Container) -> Int? {
        switch port {
        case .int(let number): return number > 0 ? Int(number) : nil
        case .string(let name):
            if let number = Int(name) { return number }
            return (container.ports ?? []).first { $0.name == name }.map { Int($0.containerPort) }
        }
    }

    /// The status code of an HTTP/1.x status line, once the line is complete.
    static func statusCode(_ response: [UInt8]) -> Int? {
        guard let end = response.firstIndex(of: UInt8(ascii: "\r")) ?? response.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let line = String(decoding: response[..<end], as: UTF8.self).split(separator: " ")
        guard line.count >= 2, line[0].hasPrefix("HTTP/") else { return 0 }
        return Int(line[1]) ?? 0
    }

    private static func quoted(_ command: [String]) -> String {
        "[" + command.joined(separator: " ") + "]"
    }
}
