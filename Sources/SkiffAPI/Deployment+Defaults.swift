// Defaults of Deployments, after Kubernetes' apps/v1 `SetDefaults_Deployment`.

extension Deployment {
    static let defaultRevisionHistoryLimit: Int32 = 10
    static let defaultProgressDeadlineSeconds: Int32 = 600
    static let defaultMaxUnavailable: IntOrString = "25%"
    static let defaultMaxSurge: IntOrString = "25%"

    /// replicas 1, strategy RollingUpdate with maxUnavailable and maxSurge 25%,
    /// revisionHistoryLimit 10, progressDeadlineSeconds 600, and the pod template's defaults.
    public mutating func applyDefaults() {
        guard var spec else { return }
        if spec.replicas == nil { spec.replicas = 1 }
        var strategy = spec.strategy ?? DeploymentStrategy()
        if strategy.type == nil { strategy.type = .rollingUpdate }
        if strategy.type == .rollingUpdate {
            var rollingUpdate = strategy.rollingUpdate ?? RollingUpdateDeployment()
            if rollingUpdate.maxUnavailable == nil { rollingUpdate.maxUnavailable = Self.defaultMaxUnavailable }
            if rollingUpdate.maxSurge == nil { rollingUpdate.maxSurge = Self.defaultMaxSurge }
            strategy.rollingUpdate = rollingUpdate
        }
        spec.strategy = strategy
        if spec.revisionHistoryLimit == nil { spec.revisionHistoryLimit = Self.defaultRevisionHistoryLimit }
        if spec.progressDeadlineSeconds == nil { spec.progressDeadlineSeconds = Self.defaultProgressDeadlineSeconds }
        spec.template.applyDefaults()
        self.spec = spec
    }
}
