import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffClient
import SkiffKubelet
import SkiffLoop

/// Serves the API server's `pods/log` and `metrics.k8s.io` from the kubelets running in this
/// process (the all-in-one cluster; and a `skiff node`'s own kubelet behind its endpoint), as
/// kube-apiserver asks the kubelet of the pod's node.
///
/// A followed log is pumped from the kubelet's log file into the stream; the pump pauses while
/// the reader is behind, so a slow reader is never dropped, and stops when the reader goes.
public struct LocalKubeletClient: KubeletClient {
    private let kubelets: [String: Kubelet]
    private let time: any TimeSource

    public init(kubelets: [Kubelet], time: any TimeSource) {
        self.kubelets = Dictionary(kubelets.map { ($0.nodeName, $0) }, uniquingKeysWith: { first, _ in first })
        self.time = time
    }

    public func podMetrics(on node: Node) async throws -> [PodMetrics] {
        try await kubelet(named: node.metadata.name ?? "").podMetrics()
    }

    public func nodeMetrics(of node: Node) async throws -> NodeMetrics {
        try await kubelet(named: node.metadata.name ?? "").nodeMetrics()
    }

    private func kubelet(named node: String) throws -> Kubelet {
        guard let kubelet = kubelets[node] else {
            throw Status.unavailable("node \(node) does not run in this process; its logs and metrics cannot be read here")
        }
        return kubelet
    }

    public func logs(of pod: Pod, container: String, options: PodLogOptions) async throws -> PodLogStream {
        let kubelet = try kubelet(named: pod.spec?.nodeName ?? "")
        let namespace = pod.metadata.namespace ?? "default"
        let name = pod.metadata.name ?? ""
        let tail = options.tailLines.map { Int($0) }
        let stream = PodLogStream(capacity: 256) { Status.expired("the log reader fell too far behind") }
        if !options.follow || options.previous {
            let text = try await kubelet.logs(
                namespace: namespace, pod: name, container: container, previous: options.previous, tailLines: tail
            )
            stream.send(Self.limited(Array(text.utf8), options.limitBytes))
            stream.finish()
            return stream
        }
        let followed = try await kubelet.followLogs(namespace: namespace, pod: name, container: container, tailLines: tail)
        let pump = Task(executorPreference: kubelet.loop.taskExecutor) { [time] in
            var remaining = options.limitBytes ?? .max
            do {
                for try await chunk in followed {
                    while stream.bufferedCount >= stream.capacity / 2, !stream.isEnded {
                        try await time.sleep(for: .milliseconds(50))
                    }
                    let bytes = Self.limited(Array(chunk), remaining)
                    remaining -= Int64(bytes.count)
                    if stream.send(bytes) != .enqueued || remaining <= 0 { break }
                }
                stream.finish()
            } catch {
                stream.finish(throwing: error is CancellationError ? nil : Status.from(error))
            }
        }
        stream.setOnTermination { pump.cancel() }
        return stream
    }

    private static func limited(_ bytes: [UInt8], _ limit: Int64?) -> [UInt8] {
        guard let limit, limit < bytes.count else { return bytes }
        return Array(bytes.prefix(Int(max(0, limit))))
    }
}
