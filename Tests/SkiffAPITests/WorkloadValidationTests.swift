import SkiffAPI
import Testing

@Suite("Workload validation")
struct WorkloadValidationTests {
    static var deployment: Deployment {
        var deployment = (try? decodeManifest(Deployment.self, Manifests.nginxDeployment)) ?? Deployment()
        deployment.applyDefaults()
        return deployment
    }

    @Test func documentationManifestsAreValidAfterDefaults() throws {
        #expect(Self.deployment.validate().isEmpty)
        var daemonSet = try decodeManifest(DaemonSet.self, Manifests.daemonSet)
        daemonSet.applyDefaults()
        #expect(daemonSet.validate().isEmpty)
        var statefulSet = try decodeManifest(StatefulSet.self, Manifests.statefulSet)
        statefulSet.applyDefaults()
        #expect(statefulSet.validate().isEmpty)
        var cronJob = try decodeManifest(CronJob.self, Manifests.cronJob)
        cronJob.applyDefaults()
        #expect(cronJob.validate().isEmpty)
    }

    static let deploymentCases: [ValidationCase<Deployment>] = [
        .init("selector required", ["spec.selector required"]) { $0.spec?.selector = nil },
        .init("selector not empty", ["spec.selector invalid"]) { $0.spec?.selector = LabelSelector() },
        .init("selector matches template", ["spec.template.metadata.labels invalid"]) {
            $0.spec?.selector = LabelSelector(matchLabels: ["app": "web"])
        },
        .init("selector expressions match template", []) {
            $0.spec?.selector = LabelSelector(matchExpressions: [LabelSelectorRequirement(key: "app", operator: "In", values: ["nginx", "web"])])
        },
        .init("selector operator", ["spec.selector.matchExpressions[0].operator invalid"]) {
            $0.spec?.selector = LabelSelector(matchExpressions: [LabelSelectorRequirement(key: "app", operator: "Like", values: ["n"])])
        },
        .init("selector In needs values", ["spec.selector.matchExpressions[0].values required"]) {
            $0.spec?.selector = LabelSelector(matchExpressions: [LabelSelectorRequirement(key: "app", operator: "In")])
        },
        .init("replicas non-negative", ["spec.replicas invalid"]) { $0.spec?.replicas = -1 },
        .init("template restartPolicy Always", ["spec.template.spec.restartPolicy notSupported"]) {
            $0.spec?.template.spec?.restartPolicy = .onFailure
        },
        .init("template has no deadline", ["spec.template.spec.activeDeadlineSeconds forbidden"]) {
            $0.spec?.template.spec?.activeDeadlineSeconds = 10
        },
        .init("template containers", ["spec.template.spec.containers[0].name invalid"]) {
            $0.spec?.template.spec?.containers[0].name = "Nginx"
        },
        .init("strategy type", ["spec.strategy.type notSupported"]) { $0.spec?.strategy = DeploymentStrategy(type: "BlueGreen") },
        .init("Recreate has no rollingUpdate", ["spec.strategy.rollingUpdate forbidden"]) { $0.spec?.strategy?.type = .recreate },
        .init("maxSurge and maxUnavailable not both 0", ["spec.strategy.rollingUpdate.maxUnavailable invalid"]) {
            $0.spec?.strategy?.rollingUpdate = RollingUpdateDeployment(maxUnavailable: 0, maxSurge: "0%")
        },
        .init("maxUnavailable at most 100%", ["spec.strategy.rollingUpdate.maxUnavailable invalid"]) {
            $0.spec?.strategy?.rollingUpdate?.maxUnavailable = "110%"
        },
        .init("maxSurge is a percent", ["spec.strategy.rollingUpdate.maxSurge invalid"]) {
            $0.spec?.strategy?.rollingUpdate?.maxSurge = "half"
        },
        .init("progress deadline above minReadySeconds", ["spec.progressDeadlineSeconds invalid"]) {
            $0.spec?.minReadySeconds = 600
        },
        .init("revisionHistoryLimit non-negative", ["spec.revisionHistoryLimit invalid"]) { $0.spec?.revisionHistoryLimit = -1 },
    ]

    @Test(arguments: deploymentCases)
    func invalidDeployments(_ testCase: ValidationCase<Deployment>) {
        #expect(testCase.errors(applyingTo: Self.deployment) == testCase.expected)
    }

    @Test func selectorMismatchReadsLikeKubernetes() throws {
        var deployment = Self.deployment
        deployment.spec?.selector = LabelSelector(matchLabels: ["app": "web"])
        let error = try #require(deployment.validate().first)
        #expect(error.description == #"spec.template.metadata.labels: Invalid value: "{"app":"nginx"}": `selector` does not match template `labels`"#)
    }

    static let deploymentUpdates: [ValidationCase<Deployment>] = [
        .init("scale", []) { $0.spec?.replicas = 10 },
        .init("new image", []) { $0.spec?.template.spec?.containers[0].image = "nginx:1.25" },
        .init("selector is immutable", ["spec.selector invalid"]) {
            $0.spec?.selector = LabelSelector(matchLabels: ["app": "nginx", "tier": "web"])
            $0.spec?.template.metadata?.labels?["tier"] = "web"
        },
    ]

    @Test(arguments: deploymentUpdates)
    func updatesOfDeployments(_ testCase: ValidationCase<Deployment>) {
        let old = Self.deployment
        #expect(testCase.errors(applyingTo: old) { $0.validateUpdate(from: old) } == testCase.expected)
    }

    @Test func immutableSelectorMessage() {
        let old = Self.deployment
        var new = old
        new.spec?.selector = LabelSelector(matchLabels: ["app": "web"])
        #expect(new.validateUpdate(from: old).map(\.description) == [#"spec.selector: Invalid value: "{"matchLabels":{"app":"web"}}": field is immutable"#])
    }

    static var replicaSet: ReplicaSet {
        let template = Self.deployment.spec?.template
        var replicaSet = ReplicaSet(
            metadata: ObjectMeta(name: "nginx-5d4", namespace: "default"),
            spec: ReplicaSetSpec(replicas: 2, selector: LabelSelector(matchLabels: ["app": "nginx"]), template: template))
        replicaSet.applyDefaults()
        return replicaSet
    }

    static let replicaSetCases: [ValidationCase<ReplicaSet>] = [
        .init("valid", []) { _ in },
        .init("selector required", ["spec.selector required"]) { $0.spec?.selector = nil },
        .init("selector matches template", ["spec.template.metadata.labels invalid"]) { $0.spec?.template?.metadata?.labels = ["app": "other"] },
        .init("template required", ["spec.template required"]) { $0.spec?.template = nil },
        .init("replicas non-negative", ["spec.replicas invalid"]) { $0.spec?.replicas = -3 },
    ]

    @Test(arguments: replicaSetCases)
    func invalidReplicaSets(_ testCase: ValidationCase<ReplicaSet>) {
        #expect(testCase.errors(applyingTo: Self.replicaSet) == testCase.expected)
    }

    @Test func replicaSetSelectorIsImmutable() {
        let old = Self.replicaSet
        var new = old
        new.spec?.selector?.matchLabels?["tier"] = "web"
        #expect(summarize(new.validateUpdate(from: old)) == ["spec.selector invalid"])
    }

    static var daemonSet: DaemonSet {
        var daemonSet = (try? decodeManifest(DaemonSet.self, Manifests.daemonSet)) ?? DaemonSet()
        daemonSet.applyDefaults()
        return daemonSet
    }

    static let daemonSetCases: [ValidationCase<DaemonSet>] = [
        .init("selector required", ["spec.selector required"]) { $0.spec?.selector = nil },
        .init("selector not empty", ["spec.selector invalid"]) { $0.spec?.selector = LabelSelector(matchLabels: [:]) },
        .init("selector matches template", ["spec.template.metadata.labels invalid"]) { $0.spec?.selector?.matchLabels = ["name": "other"] },
        .init("update strategy type", ["spec.updateStrategy.type notSupported"]) { $0.spec?.updateStrategy?.type = "Rolling" },
        .init("not both 0", ["spec.updateStrategy.rollingUpdate.maxUnavailable invalid"]) {
            $0.spec?.updateStrategy?.rollingUpdate?.maxUnavailable = 0
        },
        .init("restartPolicy Always", ["spec.template.spec.restartPolicy notSupported"]) { $0.spec?.template.spec?.restartPolicy = .never },
        .init("mount names a volume", ["spec.template.spec.containers[0].volumeMounts[0].name notFound"]) {
            $0.spec?.template.spec?.volumes = []
        },
    ]

    @Test(arguments: daemonSetCases)
    func invalidDaemonSets(_ testCase: ValidationCase<DaemonSet>) {
        #expect(testCase.errors(applyingTo: Self.daemonSet) == testCase.expected)
    }

    static var statefulSet: StatefulSet {
        var statefulSet = (try? decodeManifest(StatefulSet.self, Manifests.statefulSet)) ?? StatefulSet()
        statefulSet.applyDefaults()
        return statefulSet
    }

    static let statefulSetCases: [ValidationCase<StatefulSet>] = [
        .init("selector required", ["spec.selector required"]) { $0.spec?.selector = nil },
        .init("selector matches template", ["spec.template.metadata.labels invalid"]) { $0.spec?.template.metadata?.labels = [:] },
        .init("podManagementPolicy", ["spec.podManagementPolicy notSupported"]) { $0.spec?.podManagementPolicy = "Random" },
        .init("partition non-negative", ["spec.updateStrategy.rollingUpdate.partition invalid"]) {
            $0.spec?.updateStrategy?.rollingUpdate?.partition = -1
        },
        .init("replicas non-negative", ["spec.replicas invalid"]) { $0.spec?.replicas = -1 },
        .init("mounts need a volume or claim", ["spec.template.spec.containers[0].volumeMounts[0].name notFound"]) {
            $0.spec?.volumeClaimTemplates = []
        },
        .init("claim template named", ["spec.template.spec.containers[0].volumeMounts[0].name notFound", "spec.volumeClaimTemplates[0].metadata.name required"]) {
            $0.spec?.volumeClaimTemplates = [PersistentVolumeClaim(metadata: ObjectMeta())]
        },
    ]

    @Test(arguments: statefulSetCases)
    func invalidStatefulSets(_ testCase: ValidationCase<StatefulSet>) {
        #expect(testCase.errors(applyingTo: Self.statefulSet) == testCase.expected)
    }

    static let statefulSetUpdates: [ValidationCase<StatefulSet>] = [
        .init("scale and new template", []) {
            $0.spec?.replicas = 5
            $0.spec?.template.spec?.containers[0].image = "nginx:1.25"
        },
        .init("serviceName is fixed", ["spec forbidden"]) { $0.spec?.serviceName = "other" },
        .init("selector is immutable", ["spec.selector invalid"]) { $0.spec?.selector?.matchLabels?["x"] = "y" },
    ]

    @Test(arguments: statefulSetUpdates)
    func updatesOfStatefulSets(_ testCase: ValidationCase<StatefulSet>) {
        let old = Self.statefulSet
        #expect(testCase.errors(applyingTo: old) { $0.validateUpdate(from: old) } == testCase.expected)
    }

    static var job: Job {
        var job = (try? decodeManifest(Job.self, Manifests.job)) ?? Job()
        job.metadata.uid = "job-uid"
        job.generateSelector()
        job.applyDefaults()
        return job
    }

    static let jobCases: [ValidationCase<Job>] = [
        .init("valid", []) { _ in },
        .init("restartPolicy OnFailure or Never", ["spec.template.spec.restartPolicy notSupported"]) {
            $0.spec?.template.spec?.restartPolicy = .always
        },
        .init("selector required", ["spec.selector required"]) { $0.spec?.selector = nil },
        .init("selector matches template", ["spec.template.metadata.labels invalid"]) {
            $0.spec?.selector?.matchLabels = ["batch.kubernetes.io/controller-uid": "other"]
        },
        .init("backoffLimit non-negative", ["spec.backoffLimit invalid"]) { $0.spec?.backoffLimit = -1 },
        .init("Indexed needs completions", ["spec.completions required"]) {
            $0.spec?.completionMode = .indexed
            $0.spec?.completions = nil
        },
        .init("completionMode enum", ["spec.completionMode notSupported"]) { $0.spec?.completionMode = "Sometimes" },
    ]

    @Test(arguments: jobCases)
    func invalidJobs(_ testCase: ValidationCase<Job>) {
        #expect(testCase.errors(applyingTo: Self.job) == testCase.expected)
    }

    @Test func jobWithoutRestartPolicyIsRejectedAfterDefaults() throws {
        var job = Self.job
        job.spec?.template.spec?.restartPolicy = nil
        job.applyDefaults()
        #expect(job.validate().map(\.description) == [
            #"spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never""#
        ])
    }

    @Test func jobUpdates() {
        let old = Self.job
        var new = old
        new.spec?.parallelism = 4
        #expect(new.validateUpdate(from: old).isEmpty)
        new.spec?.completions = 3
        new.spec?.selector = LabelSelector(matchLabels: ["a": "b"])
        #expect(summarize(new.validateUpdate(from: old)) == ["spec.selector invalid", "spec.completions invalid"])
    }

    @Test func manualSelectorIsLeftAlone() {
        var job = Job(metadata: ObjectMeta(name: "pi", uid: "u"), spec: JobSpec(manualSelector: true))
        job.generateSelector()
        #expect(job.spec?.selector == nil)
    }

    static var cronJob: CronJob {
        var cronJob = (try? decodeManifest(CronJob.self, Manifests.cronJob)) ?? CronJob()
        cronJob.applyDefaults()
        return cronJob
    }

    static let cronJobCases: [ValidationCase<CronJob>] = [
        .init("every five minutes", []) { $0.spec?.schedule = "*/5 * * * *" },
        .init("ranges, lists and names", []) { $0.spec?.schedule = "0,30 9-17 * JAN-DEC mon-fri" },
        .init("descriptor", []) { $0.spec?.schedule = "@hourly" },
        .init("schedule required", ["spec.schedule required"]) { $0.spec?.schedule = "" },
        .init("five fields", ["spec.schedule invalid"]) { $0.spec?.schedule = "* * *" },
        .init("field ranges", ["spec.schedule invalid"]) { $0.spec?.schedule = "61 * * * *" },
        .init("no TZ in schedule", ["spec.schedule invalid"]) { $0.spec?.schedule = "TZ=UTC * * * * *" },
        .init("time zone", ["spec.timeZone invalid"]) { $0.spec?.timeZone = "Mars/Olympus_Mons" },
        .init("known time zone", []) { $0.spec?.timeZone = "Etc/UTC" },
        .init("concurrencyPolicy", ["spec.concurrencyPolicy notSupported"]) { $0.spec?.concurrencyPolicy = "Sometimes" },
        .init("history limits", ["spec.failedJobsHistoryLimit invalid"]) { $0.spec?.failedJobsHistoryLimit = -1 },
        .init("name at most 52", ["metadata.name invalid"]) { $0.metadata.name = String(repeating: "a", count: 53) },
        .init("job template pods", ["spec.jobTemplate.spec.template.spec.restartPolicy notSupported"]) {
            $0.spec?.jobTemplate.spec?.template.spec?.restartPolicy = .always
        },
    ]

    @Test(arguments: cronJobCases)
    func invalidCronJobs(_ testCase: ValidationCase<CronJob>) {
        #expect(testCase.errors(applyingTo: Self.cronJob) == testCase.expected)
    }
}
