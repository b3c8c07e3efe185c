// Defaults of Endpoints, after Kubernetes' `SetDefaults_Endpoints`.

extension Endpoints {
    /// Port protocol TCP.
    public mutating func applyDefaults() {
        guard var subsets else { return }
        for subset in subsets.indices {
            guard var ports = subsets[subset].ports else { continue }
            for port in ports.indices where ports[port].protocol == nil { ports[port].protocol = .tcp }
            subsets[subset].ports = ports
        }
        self.subsets = subsets
    }
}
