import ArgumentParser
import SkiffAPI
import SkiffAPIServer
import SkiffAPITesting
import SkiffCLI
import SkiffClient
import Testing

@Suite("logs")
struct LogsTests {
    /// Serves each container's log as one line naming it, as a node agent would serve the file.
    struct LineLogs: KubeletClient {
        func logs(of pod: Pod, container: String, options: PodLogOptions) async throws -> PodLogStream {
            let stream = PodLogStream(capacity: 4) { Status.expired("too slow") }
            stream.send(Array("hello from \(container) on \(pod.spec?.nodeName ?? "")\n".utf8))
            stream.finish()
            return stream
        }
    }

    func logs(_ arguments: [String], _ cluster: CLITestCluster) async throws -> (ExitCode, CommandOutput) {
        let output = CommandOutput()
        let code = try await LogsCommand.parse(arguments).execute(client: cluster.client, output: output)
        return (code, output)
    }

    @Test("prints the container's log; kubectl's errors for a missing pod or container")
    func printsAndFails() async throws {
        try await withCluster { cluster in
            await cluster.server.setKubeletClient(LineLogs())
            var pod = samplePod("web", node: "node-1")
            pod.spec?.containers.append(Container(name: "sidecar", command: ["sleep", "1"]))
            _ = try await cluster.client.create(pod)

            let (code, output) = try await logs(["pod/web", "-c", "sidecar"], cluster)
            #expect(code == .success)
            #expect(output.standardOutput == "hello from sidecar on node-1\n")

            let (unnamedCode, unnamed) = try await logs(["web"], cluster)
            #expect(unnamedCode == .failure)
            #expect(unnamed.standardError == "Error from server (BadRequest): a container name must be specified for pod web, choose one of: [app sidecar]\n")
            let (_, missing) = try await logs(["ghost"], cluster)
            #expect(missing.standardError == "Error from server (NotFound): pods \"ghost\" not found\n")
            let parsed = try LogsCommand.parse(["web", "-f", "--previous", "--tail", "20", "-n", "team"])
            #expect(parsed.follow && parsed.previous && parsed.tail == 20 && parsed.options.namespace == "team")
        }
    }
}
