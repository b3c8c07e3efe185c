// Defaults of DaemonSets, after Kubernetes' apps/v1 `SetDefaults_DaemonSet`.

extension DaemonSet {
    /// updateStrategy RollingUpdate with maxUnavailable 1 and maxSurge 0, revisionHistoryLimit 10,
    /// and the pod template's defaults.
    public mutating func applyDefaults() {
        guard var spec else { return }
        var strategy = spec.updateStrategy ?? DaemonSetUpdateStrategy()
        if strategy.type == nil { strategy.type = .rollingUpdate }
        if strategy.type == .rollingUpdate {
            var rollingUpdate = strategy.rollingUpdate ?? RollingUpdateDaemonSet()
            if rollingUpdate.maxUnavailable == nil { rollingUpdate.maxUnavailable = 1 }
            if rollingUpdate.maxSurge == nil { rollingUpdate.maxSurge = 0 }
            strategy.rollingUpdate = rollingUpdate
        }
        spec.updateStrategy = strategy
        if spec.revisionHistoryLimit == nil { spec.revisionHistoryLimit = 10 }
        spec.template.applyDefaults()
        self.spec = spec
    }
}
