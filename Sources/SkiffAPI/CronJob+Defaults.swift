// Defaults of CronJobs, after Kubernetes' batch/v1 `SetDefaults_CronJob`.

extension CronJob {
    /// concurrencyPolicy Allow, suspend false, successfulJobsHistoryLimit 3,
    /// failedJobsHistoryLimit 1, and the job template's pod template defaults.
    public mutating func applyDefaults() {
        guard var spec else { return }
        if spec.concurrencyPolicy == nil { spec.concurrencyPolicy = .allow }
        if spec.suspend == nil { spec.suspend = false }
        if spec.successfulJobsHistoryLimit == nil { spec.successfulJobsHistoryLimit = 3 }
        if spec.failedJobsHistoryLimit == nil { spec.failedJobsHistoryLimit = 1 }
        spec.jobTemplate.spec?.applyTemplateDefaults()
        self.spec = spec
    }
}
