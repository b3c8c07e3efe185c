// Defaults of Jobs, after Kubernetes' batch/v1 `SetDefaults_Job`.

extension Job {
    static let defaultBackoffLimit: Int32 = 6

    /// completions and parallelism 1 (when neither is set), backoffLimit 6, completionMode
    /// NonIndexed, suspend false, the job's labels from its template when it has none, and the
    /// pod template's defaults (restartPolicy Always included, which Job validation rejects, as
    /// in Kubernetes: a job's pods must say OnFailure or Never).
    public mutating func applyDefaults() {
        guard var spec else { return }
        if spec.completions == nil && spec.parallelism == nil {
            spec.completions = 1
            spec.parallelism = 1
        }
        if spec.parallelism == nil { spec.parallelism = 1 }
        if spec.backoffLimit == nil { spec.backoffLimit = Self.defaultBackoffLimit }
        if spec.completionMode == nil { spec.completionMode = .nonIndexed }
        if spec.suspend == nil { spec.suspend = false }
        if metadata.labels?.isEmpty ?? true, let templateLabels = spec.template.metadata?.labels {
            metadata.labels = templateLabels
        }
        spec.template.applyDefaults()
        self.spec = spec
    }
}

extension JobSpec {
    /// The defaults Kubernetes gives the job template of a CronJob: only the pod template's.
    mutating func applyTemplateDefaults() {
        template.applyDefaults()
    }
}
