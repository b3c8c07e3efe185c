import Foundation
import SkiffAPI

extension Kubelet {
    /// How one kubelet runs; defaults follow upstream's kubelet configuration.
    public struct Options: Sendable {
        /// The Node's name (and `kubernetes.io/hostname`); defaults to the machine's host name.
        public var nodeName: String
        /// Where pod directories, volumes and logs live.
        public var dataDirectory: String
        /// The pod CIDR this node hands pod IPs from: a /24 inside 127.244.0.0/16.
        public var podCIDR = "127.244.0.0/24"
        /// The node's own address (`InternalIP`, the pods' `hostIP`).
        public var nodeIP = "127.0.0.1"
        /// The port this node's agent endpoint (logs and metrics for the API server) listens on
        /// at `nodeIP`, published as `status.daemonEndpoints.kubeletEndpoint.Port`; nil when
        /// the node serves no endpoint (the kubelets of `skiff up` are reached in process).
        public var kubeletEndpointPort: Int32?
        /// Extra node labels, on top of hostname, os and arch.
        public var labels: [String: String] = [:]
        /// The machine reported in capacity and nodeInfo; nil reads this machine.
        public var machine: MachineInfo?
        /// `pods` capacity.
        public var maxPods = 110
        /// Lease length (upstream: 40 s); renewed every quarter of it (10 s).
        public var leaseDurationSeconds: Int32 = 40
        /// How often the node status is checked for changes (upstream nodeStatusUpdateFrequency).
        public var nodeStatusUpdateFrequency: Duration = .seconds(10)
        /// How often an unchanged node status is written anyway (upstream nodeStatusReportFrequency).
        public var nodeStatusReportFrequency: Duration = .seconds(300)
        /// A container log file is rotated once it grows past this many bytes; one old file is kept.
        public var containerLogMaxBytes = 10 * 1024 * 1024
        /// How often log sizes are checked (on the injected clock).
        public var logRotationInterval: Duration = .seconds(10)
        /// Events waiting to be written before new ones are dropped.
        public var eventBufferCapacity = 1024
        /// The kubelet version reported in nodeInfo.
        public var kubeletVersion = "v1.33.0-skiff"
        /// Where the kubelet logs its own failures; stderr by default.
        public var log: @Sendable (String) -> Void = { message in
            FileHandle.standardError.write(Data((message + "\n").utf8))
        }

        /// Options for node `nodeName` keeping its files under `dataDirectory`.
        public init(nodeName: String = ProcessInfo.processInfo.hostName, dataDirectory: String) {
            self.nodeName = nodeName
            self.dataDirectory = dataDirectory
        }
    }
}
