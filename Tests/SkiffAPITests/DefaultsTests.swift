import SkiffAPI
import Testing

@Suite("Defaults")
struct DefaultsTests {
    static let processPod = Pod(
        metadata: ObjectMeta(name: "web", namespace: "default"),
        spec: PodSpec(containers: [Container(name: "app", command: ["sleep", "100"])]))

    @Test func podDefaults() {
        var pod = Self.processPod
        pod.spec?.containers[0].ports = [ContainerPort(containerPort: 8080)]
        pod.spec?.containers[0].livenessProbe = Probe(httpGet: HTTPGetAction(port: 8080))
        pod.applyDefaults()
        let spec = pod.spec
        #expect(spec?.restartPolicy == .always)
        #expect(spec?.dnsPolicy == .clusterFirst)
        #expect(spec?.terminationGracePeriodSeconds == 30)
        #expect(spec?.schedulerName == "default-scheduler")
        let container = spec?.containers.first
        #expect(container?.ports?.first?.protocol == .tcp)
        #expect(container?.terminationMessagePath == "/dev/termination-log")
        #expect(container?.terminationMessagePolicy == .file)
        // No image: nothing to pull, no policy.
        #expect(container?.imagePullPolicy == nil)
        let probe = container?.livenessProbe
        #expect(probe?.timeoutSeconds == 1)
        #expect(probe?.periodSeconds == 10)
        #expect(probe?.successThreshold == 1)
        #expect(probe?.failureThreshold == 3)
        #expect(probe?.httpGet?.path == "/")
        #expect(probe?.httpGet?.scheme == .http)
    }

    @Test(arguments: [
        ("nginx", PullPolicy.always),
        ("nginx:latest", .always),
        ("nginx:1.14.2", .ifNotPresent),
        ("registry.local:5000/team/app", .always),
        ("registry.local:5000/team/app:v2", .ifNotPresent),
        ("app@sha256:4b1a5c6f", .ifNotPresent),
        ("app:v1@sha256:4b1a5c6f", .ifNotPresent),
    ])
    func imagePullPolicy(image: String, expected: PullPolicy) {
        var container = Container(name: "app", image: image)
        container.applyDefaults()
        #expect(container.imagePullPolicy == expected)
    }

    @Test func explicitValuesAreKept() {
        var pod = Self.processPod
        pod.spec?.restartPolicy = .never
        pod.spec?.terminationGracePeriodSeconds = 0
        pod.spec?.containers[0].imagePullPolicy = .never
        pod.spec?.containers[0].livenessProbe = Probe(exec: ExecAction(command: ["true"]), periodSeconds: 1)
        pod.applyDefaults()
        #expect(pod.spec?.restartPolicy == .never)
        #expect(pod.spec?.terminationGracePeriodSeconds == 0)
        #expect(pod.spec?.containers[0].imagePullPolicy == .never)
        #expect(pod.spec?.containers[0].livenessProbe?.periodSeconds == 1)
    }

    @Test func requestsDefaultToLimitsInPodsOnly() {
        let resources = ResourceRequirements(limits: ["cpu": "500m", "memory": "128Mi"], requests: ["cpu": "100m"])
        var pod = Self.processPod
        pod.spec?.containers[0].resources = resources
        pod.applyDefaults()
        #expect(pod.spec?.containers[0].resources?.requests == ["cpu": "100m", "memory": "128Mi"])

        var template = PodTemplateSpec(spec: PodSpec(containers: [Container(name: "app", resources: resources)]))
        template.applyDefaults()
        #expect(template.spec?.containers[0].resources?.requests == ["cpu": "100m"])
    }

    @Test func initContainersVolumesAndHostNetworkPortsAreDefaultedToo() {
        var pod = Self.processPod
        pod.spec?.hostNetwork = true
        pod.spec?.containers[0].ports = [
            ContainerPort(containerPort: 8080), ContainerPort(containerPort: 9090, hostPort: 0),
            ContainerPort(containerPort: 7070, hostPort: 17070),
        ]
        pod.spec?.containers.append(Container(name: "second", command: ["sleep"], resources: ResourceRequirements(limits: ["cpu": "1"])))
        pod.spec?.initContainers = [Container(name: "setup", command: ["true"], resources: ResourceRequirements(limits: ["memory": "64Mi"]))]
        pod.spec?.initContainers?[0].ports = [ContainerPort(containerPort: 5000)]
        pod.spec?.volumes = [Volume(name: "config", configMap: ConfigMapVolumeSource(name: "settings"))]
        pod.applyDefaults()
        let spec = pod.spec
        #expect(spec?.containers[0].ports?.map(\.hostPort) == [8080, 9090, 17070])
        #expect(spec?.containers[0].ports?.allSatisfy { $0.protocol == .tcp } == true)
        // Requests that were never given at all become the limits.
        #expect(spec?.containers[1].resources?.requests == ["cpu": "1"])
        #expect(spec?.containers[1].terminationMessagePolicy == .file)
        #expect(spec?.initContainers?[0].resources?.requests == ["memory": "64Mi"])
        #expect(spec?.initContainers?[0].ports?.first?.hostPort == 5000)
        #expect(spec?.initContainers?[0].terminationMessagePath == "/dev/termination-log")
        #expect(spec?.volumes?[0].configMap?.defaultMode == 0o644)

        // Without host networking, host ports stay as given.
        var plain = Self.processPod
        plain.spec?.containers[0].ports = [ContainerPort(containerPort: 8080)]
        plain.applyDefaults()
        #expect(plain.spec?.containers[0].ports?.first?.hostPort == nil)
    }

    @Test func defaultingIsIdempotent() throws {
        var deployment = try decodeManifest(Deployment.self, Manifests.nginxDeployment)
        deployment.applyDefaults()
        var again = deployment
        again.applyDefaults()
        #expect(again == deployment)
    }

    @Test func serviceDefaults() throws {
        var service = try decodeManifest(Service.self, Manifests.service)
        service.spec?.ports?.append(ServicePort(name: "metrics", port: 9090))
        service.applyDefaults()
        #expect(service.spec?.type == .clusterIP)
        #expect(service.spec?.sessionAffinity == ServiceAffinity.none)
        #expect(service.spec?.internalTrafficPolicy == .cluster)
        #expect(service.spec?.externalTrafficPolicy == nil)
        #expect(service.spec?.ports?[0].targetPort == .int(9376))
        #expect(service.spec?.ports?[1].targetPort == .int(9090))
        #expect(service.spec?.ports?[1].protocol == .tcp)

        var nodePort = Service(spec: ServiceSpec(ports: [ServicePort(port: 80)], type: .nodePort))
        nodePort.applyDefaults()
        #expect(nodePort.spec?.externalTrafficPolicy == .cluster)
    }

    @Test func deploymentDefaults() throws {
        var deployment = try decodeManifest(Deployment.self, Manifests.nginxDeployment)
        deployment.spec?.replicas = nil
        deployment.applyDefaults()
        let spec = try #require(deployment.spec)
        #expect(spec.replicas == 1)
        #expect(spec.strategy == DeploymentStrategy(type: .rollingUpdate, rollingUpdate: RollingUpdateDeployment(maxUnavailable: "25%", maxSurge: "25%")))
        #expect(spec.revisionHistoryLimit == 10)
        #expect(spec.progressDeadlineSeconds == 600)
        #expect(spec.template.spec?.restartPolicy == .always)
        #expect(spec.template.spec?.containers[0].imagePullPolicy == .ifNotPresent)
        #expect(spec.template.spec?.containers[0].ports?[0].protocol == .tcp)

        var recreate = Deployment(spec: DeploymentSpec(strategy: DeploymentStrategy(type: .recreate)))
        recreate.applyDefaults()
        #expect(recreate.spec?.strategy?.rollingUpdate == nil)
    }

    @Test func replicaSetAndStatefulSetDefaults() throws {
        var replicaSet = ReplicaSet(spec: ReplicaSetSpec(template: PodTemplateSpec(spec: PodSpec(containers: [Container(name: "a")]))))
        replicaSet.applyDefaults()
        #expect(replicaSet.spec?.replicas == 1)
        #expect(replicaSet.spec?.template?.spec?.dnsPolicy == .clusterFirst)

        var statefulSet = try decodeManifest(StatefulSet.self, Manifests.statefulSet)
        statefulSet.spec?.replicas = nil
        statefulSet.applyDefaults()
        let spec = try #require(statefulSet.spec)
        #expect(spec.replicas == 1)
        #expect(spec.podManagementPolicy == .orderedReady)
        #expect(spec.updateStrategy == StatefulSetUpdateStrategy(type: .rollingUpdate, rollingUpdate: RollingUpdateStatefulSetStrategy(partition: 0)))
        #expect(spec.revisionHistoryLimit == 10)
        #expect(spec.persistentVolumeClaimRetentionPolicy == StatefulSetPersistentVolumeClaimRetentionPolicy(whenDeleted: .retain, whenScaled: .retain))
        #expect(spec.template.spec?.terminationGracePeriodSeconds == 10)
    }

    @Test func daemonSetDefaults() throws {
        var daemonSet = try decodeManifest(DaemonSet.self, Manifests.daemonSet)
        daemonSet.applyDefaults()
        #expect(daemonSet.spec?.updateStrategy == DaemonSetUpdateStrategy(type: .rollingUpdate, rollingUpdate: RollingUpdateDaemonSet(maxUnavailable: 1, maxSurge: 0)))
        #expect(daemonSet.spec?.revisionHistoryLimit == 10)
    }

    struct JobCase: Sendable, CustomTestStringConvertible {
        let completions: Int32?
        let parallelism: Int32?
        let expectedCompletions: Int32?
        let expectedParallelism: Int32?
        var testDescription: String { "completions \(String(describing: completions)), parallelism \(String(describing: parallelism))" }
    }

    @Test(arguments: [
        JobCase(completions: nil, parallelism: nil, expectedCompletions: 1, expectedParallelism: 1),
        JobCase(completions: 5, parallelism: nil, expectedCompletions: 5, expectedParallelism: 1),
        JobCase(completions: nil, parallelism: 3, expectedCompletions: nil, expectedParallelism: 3),
        JobCase(completions: 4, parallelism: 2, expectedCompletions: 4, expectedParallelism: 2),
    ])
    func jobDefaults(_ testCase: JobCase) throws {
        var job = try decodeManifest(Job.self, Manifests.job)
        job.spec?.completions = testCase.completions
        job.spec?.parallelism = testCase.parallelism
        job.applyDefaults()
        #expect(job.spec?.completions == testCase.expectedCompletions)
        #expect(job.spec?.parallelism == testCase.expectedParallelism)
        #expect(job.spec?.backoffLimit == 4)
        #expect(job.spec?.completionMode == .nonIndexed)
        #expect(job.spec?.suspend == false)
        job.spec?.backoffLimit = nil
        job.applyDefaults()
        #expect(job.spec?.backoffLimit == 6)
    }

    @Test func cronJobDefaults() throws {
        var cronJob = try decodeManifest(CronJob.self, Manifests.cronJob)
        cronJob.applyDefaults()
        #expect(cronJob.spec?.concurrencyPolicy == .allow)
        #expect(cronJob.spec?.suspend == false)
        #expect(cronJob.spec?.successfulJobsHistoryLimit == 3)
        #expect(cronJob.spec?.failedJobsHistoryLimit == 1)
        #expect(cronJob.spec?.jobTemplate.spec?.template.spec?.dnsPolicy == .clusterFirst)
        // A job template is not a Job: its job-level defaults come when the Job is created.
        #expect(cronJob.spec?.jobTemplate.spec?.backoffLimit == nil)
    }

    @Test func namespaceSecretAndNodeDefaults() {
        var namespace = Namespace(metadata: ObjectMeta(name: "team-a"))
        namespace.applyDefaults()
        #expect(namespace.status?.phase == .active)
        #expect(namespace.metadata.labels == [Namespace.nameLabel: "team-a"])

        var secret = Secret(data: ["a": "YQ=="], stringData: ["b": "hello", "a": "x"])
        secret.applyDefaults()
        #expect(secret.type == .opaque)
        #expect(secret.data == ["a": "eA==", "b": "aGVsbG8="])
        #expect(secret.stringData == nil)

        var node = Node(status: NodeStatus(capacity: ["cpu": "4"]))
        node.applyDefaults()
        #expect(node.status?.allocatable == ["cpu": "4"])
        var bare = Node(metadata: ObjectMeta(name: "n"))
        bare.applyDefaults()
        #expect(bare.status == nil)
    }
}
