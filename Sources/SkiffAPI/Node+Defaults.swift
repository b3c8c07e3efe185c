// Defaults of Nodes, after Kubernetes' `SetDefaults_NodeStatus`.

extension Node {
    /// `status.allocatable` defaults to `status.capacity`.
    public mutating func applyDefaults() {
        if status?.allocatable == nil, let capacity = status?.capacity {
            status?.allocatable = capacity
        }
    }
}
