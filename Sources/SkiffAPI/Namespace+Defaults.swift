// Defaults of Namespaces, after Kubernetes' `SetDefaults_Namespace` and
// `SetDefaults_NamespaceStatus`.

extension Namespace {
    /// The label every namespace carries with its own name (Kubernetes 1.21+).
    public static let nameLabel = "kubernetes.io/metadata.name"

    /// status.phase Active, and the `kubernetes.io/metadata.name` label.
    public mutating func applyDefaults() {
        if let name = metadata.name, !name.isEmpty {
            metadata.labels = (metadata.labels ?? [:]).merging([Self.nameLabel: name]) { _, name in name }
        }
        var status = status ?? NamespaceStatus()
        if status.phase == nil { status.phase = .active }
        self.status = status
    }
}
