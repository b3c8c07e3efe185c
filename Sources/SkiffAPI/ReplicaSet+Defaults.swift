// Defaults of ReplicaSets, after Kubernetes' apps/v1 `SetDefaults_ReplicaSet`.

extension ReplicaSet {
    /// replicas 1, and the pod template's defaults.
    public mutating func applyDefaults() {
        guard spec != nil else { return }
        if spec?.replicas == nil { spec?.replicas = 1 }
        spec?.template?.applyDefaults()
    }
}
