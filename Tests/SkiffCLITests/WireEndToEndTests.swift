import ArgumentParser
import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffCLI
import SkiffClient
import SkiffLoop
import SkiffLoopTesting
import SkiffStore
import SkiffWire
import SkiffWireServer
import Testing

@Suite("over the wire")
struct WireEndToEndTests {
    @Test("apply, get and scale through a RemoteClient talking to a WireServer on loopback")
    func applyAndGetOverTCP() async throws {
        try await withCluster { cluster in
            let wireServer = WireServer(server: cluster.server, onError: { _ in })
            let address = try await wireServer.start(host: "127.0.0.1", port: 0)
            let remote = try await RemoteClient.connect(to: address, on: cluster.loop)
            do {
                let path = try cluster.manifest("web.yaml", ApplyTests.deployment)
                let applied = CommandOutput()
                #expect(try await ApplyCommand.parse(["-f", path]).execute(client: remote, output: applied) == .success)
                #expect(applied.standardOutput == "deployment.apps/web created\nservice/web created\n")
                let again = CommandOutput()
                _ = try await ApplyCommand.parse(["-f", path]).execute(client: remote, output: again)
                #expect(again.standardOutput == "deployment.apps/web unchanged\nservice/web unchanged\n")

                let scaled = CommandOutput()
                #expect(try await ScaleCommand.parse(["deploy/web", "--replicas=1"]).execute(client: remote, output: scaled) == .success)

                let listed = CommandOutput()
                _ = try await GetCommand.parse(["deploy", "-o", "wide"]).execute(client: remote, output: listed, now: fixedNow)
                #expect(listed.standardOutput == """
                    NAME   READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES   SELECTOR
                    web    0/1     0            0           5m    web          nginx    app=web

                    """)
                let missing = CommandOutput()
                #expect(try await GetCommand.parse(["svc", "nope"]).execute(client: remote, output: missing, now: fixedNow) == .failure)
                #expect(missing.standardError == "Error from server (NotFound): services \"nope\" not found\n")
                #expect(VersionCommand.serverLine(address: remote.address.description) == "Server: \(address) (reachable, wire protocol 1)\n")
            } catch {
                await remote.close()
                await wireServer.stop()
                throw error
            }
            await remote.close()
            await wireServer.stop()
        }
    }

    @Test("a refused connection is reported as kubectl reports it")
    func refused() async throws {
        let loop = try EventLoop(name: "test-refused")
        // Nothing listens on port 1 of loopback (binding it needs root).
        let address = SocketAddress(host: "127.0.0.1", port: 1)
        do {
            _ = try await RemoteClient.connect(to: address, on: loop)
            Issue.record("connected to port 1")
        } catch {
            #expect(ClusterConnection.connectionFailure(address, error)
                == "The connection to the server 127.0.0.1:1 was refused - did you specify the right host or port?")
        }
        await loop.shutdown()
    }
}
