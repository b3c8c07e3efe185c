// Defaults of Pods and pod templates, after Kubernetes' `SetDefaults_Pod` and
// `SetDefaults_PodSpec` (pkg/apis/core/v1/defaults.go).

extension Pod {
    /// Every step mutates in place: copying the spec or a container list out and back made each
    /// create copy every container (a visible part of a create on the API server's loop).
    public mutating func applyDefaults() {
        guard spec != nil else { return }
        spec!.applyDefaults()
        // Pod-only defaults (not applied to templates, as in Kubernetes).
        let hostNetwork = spec!.hostNetwork == true
        for index in spec!.containers.indices {
            spec!.containers[index].defaultRequestsToLimits()
            if hostNetwork { spec!.containers[index].defaultHostPortsToContainerPorts() }
        }
        guard let count = spec!.initContainers?.count else { return }
        for index in 0..<count {
            spec!.initContainers![index].defaultRequestsToLimits()
            if hostNetwork { spec!.initContainers![index].defaultHostPortsToContainerPorts() }
        }
    }
}

extension PodSpec {
    static let defaultTerminationGracePeriodSeconds: Int64 = 30
    static let defaultSchedulerName = "default-scheduler"

    /// restartPolicy Always, dnsPolicy ClusterFirst, terminationGracePeriodSeconds 30,
    /// schedulerName `default-scheduler`, and the defaults of containers and volumes.
    public mutating func applyDefaults() {
        if restartPolicy == nil { restartPolicy = .always }
        if dnsPolicy == nil { dnsPolicy = .clusterFirst }
        if terminationGracePeriodSeconds == nil { terminationGracePeriodSeconds = Self.defaultTerminationGracePeriodSeconds }
        if schedulerName == nil { schedulerName = Self.defaultSchedulerName }
        for index in containers.indices { containers[index].applyDefaults() }
        for index in initContainers?.indices ?? 0..<0 { initContainers![index].applyDefaults() }
        for index in volumes?.indices ?? 0..<0 { volumes![index].applyDefaults() }
    }
}

extension PodTemplateSpec {
    /// The pod spec defaults, applied to the template.
    public mutating func applyDefaults() {
        spec?.applyDefaults()
    }
}

extension Volume {
    /// ConfigMap and Secret volumes' files default to mode 0644.
    ///
    /// Kubernetes also gives a volume with no source an `emptyDir`; Skiff cannot tell "no source"
    /// from "a source it does not model" (kept in `unknownFields`), so it does not.
    public mutating func applyDefaults() {
        if configMap != nil && configMap?.defaultMode == nil { configMap?.defaultMode = Self.defaultFileMode }
        if secret != nil && secret?.defaultMode == nil { secret?.defaultMode = Self.defaultFileMode }
    }

    static let defaultFileMode: Int32 = 0o644
}
