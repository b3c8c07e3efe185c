// Defaults of Services, after Kubernetes' `SetDefaults_Service`.

extension Service {
    /// type ClusterIP, sessionAffinity None, port protocol TCP, targetPort = port, and the
    /// traffic policies Cluster (external only for NodePort and LoadBalancer services).
    public mutating func applyDefaults() {
        guard var spec else { return }
        if spec.type == nil { spec.type = .clusterIP }
        if spec.sessionAffinity == nil { spec.sessionAffinity = ServiceAffinity.none }
        if var ports = spec.ports {
            for index in ports.indices {
                if ports[index].protocol == nil { ports[index].protocol = .tcp }
                switch ports[index].targetPort {
                case nil, .int(0)?, .string("")?: ports[index].targetPort = .int(ports[index].port)
                default: break
                }
            }
            spec.ports = ports
        }
        if (spec.type == .nodePort || spec.type == .loadBalancer) && spec.externalTrafficPolicy == nil {
            spec.externalTrafficPolicy = .cluster
        }
        if spec.type != .externalName && spec.internalTrafficPolicy == nil {
            spec.internalTrafficPolicy = .cluster
        }
        self.spec = spec
    }
}
