// The selector the API server generates for a Job on creation (Kubernetes' job registry
// strategy, `generateSelector`): the pods are labelled with the job's name and uid, and the job
// selects its uid. Not a default: it needs the uid, so the API server calls it after assigning
// one and before validating.

extension Job {
    /// `batch.kubernetes.io/controller-uid`: the label that ties a Job's pods to it.
    public static let controllerUIDLabel = "batch.kubernetes.io/controller-uid"
    /// `batch.kubernetes.io/job-name`.
    public static let jobNameLabel = "batch.kubernetes.io/job-name"
    /// `controller-uid`, the label's name before Kubernetes 1.27, still set.
    public static let legacyControllerUIDLabel = "controller-uid"
    /// `job-name`, the label's name before Kubernetes 1.27, still set.
    public static let legacyJobNameLabel = "job-name"

    /// Labels the template with the job's name and uid and selects the uid, unless
    /// `manualSelector` is true. Labels the user already set are left alone (a conflict is then
    /// reported by validation as a selector that does not match).
    public mutating func generateSelector() {
        guard spec?.manualSelector != true, var spec else { return }
        let name = metadata.name ?? ""
        let uid = metadata.uid ?? ""
        var template = spec.template
        var labels = template.metadata?.labels ?? [:]
        for key in [Self.legacyJobNameLabel, Self.jobNameLabel] where labels[key] == nil { labels[key] = name }
        for key in [Self.legacyControllerUIDLabel, Self.controllerUIDLabel] where labels[key] == nil { labels[key] = uid }
        var templateMetadata = template.metadata ?? ObjectMeta()
        templateMetadata.labels = labels
        template.metadata = templateMetadata
        spec.template = template
        var selector = spec.selector ?? LabelSelector()
        var matchLabels = selector.matchLabels ?? [:]
        if matchLabels[Self.controllerUIDLabel] == nil { matchLabels[Self.controllerUIDLabel] = uid }
        selector.matchLabels = matchLabels
        spec.selector = selector
        self.spec = spec
    }
}
