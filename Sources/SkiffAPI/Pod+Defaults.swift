// Defaults of Pods and pod templates, after Kubernetes' `SetDefaults_Pod` and
// `SetDefaults_PodSpec` (pkg/apis/core/v1/defaults.go).

extension Pod {
    public mutating func applyDefaults() {
        guard var spec else { return }
        spec.applyDefaults()
        // Pod-only defaults (not applied to templates, as in Kubernetes).
        spec.containers = spec.containers.map { $0.withRequestsDefaultedToLimits() }
        spec.initContainers = spec.initContainers?.map { $0.withRequestsDefaultedToLimits() }
        if spec.hostNetwork == true {
            spec.containers = spec.containers.map { $0.withHostPortsDefaultedToContainerPorts() }
            spec.initContainers = spec.initContainers?.map { $0.withHostPortsDefaultedToContainerPorts() }
        }
        self.spec = spec
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
        if var initContainers {
            for index in initContainers.indices { initContainers[index].applyDefaults() }
            self.initContainers = initContainers
        }
        if var volumes {
            for index in volumes.indices { volumes[index].applyDefaults() }
            self.volumes = volumes
        }
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
