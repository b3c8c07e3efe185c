// Defaults of StatefulSets, after Kubernetes' apps/v1 `SetDefaults_StatefulSet`.

extension StatefulSet {
    /// replicas 1, podManagementPolicy OrderedReady, updateStrategy RollingUpdate with partition
    /// 0, revisionHistoryLimit 10, claims retained when deleted or scaled, and the pod template's
    /// defaults.
    public mutating func applyDefaults() {
        guard var spec else { return }
        if spec.replicas == nil { spec.replicas = 1 }
        if spec.podManagementPolicy == nil { spec.podManagementPolicy = .orderedReady }
        var strategy = spec.updateStrategy ?? StatefulSetUpdateStrategy()
        if strategy.type == nil { strategy.type = .rollingUpdate }
        if strategy.type == .rollingUpdate {
            var rollingUpdate = strategy.rollingUpdate ?? RollingUpdateStatefulSetStrategy()
            if rollingUpdate.partition == nil { rollingUpdate.partition = 0 }
            strategy.rollingUpdate = rollingUpdate
        }
        spec.updateStrategy = strategy
        if spec.revisionHistoryLimit == nil { spec.revisionHistoryLimit = 10 }
        var retention = spec.persistentVolumeClaimRetentionPolicy ?? StatefulSetPersistentVolumeClaimRetentionPolicy()
        if retention.whenDeleted == nil { retention.whenDeleted = .retain }
        if retention.whenScaled == nil { retention.whenScaled = .retain }
        spec.persistentVolumeClaimRetentionPolicy = retention
        spec.template.applyDefaults()
        self.spec = spec
    }
}
