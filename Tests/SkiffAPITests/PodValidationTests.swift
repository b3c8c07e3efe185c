import SkiffAPI
import Testing

@Suite("Pod validation")
struct PodValidationTests {
    /// A valid pod: a process container, no image (Skiff does not require one), defaults applied.
    static var valid: Pod {
        var pod = Pod(
            metadata: ObjectMeta(name: "web", namespace: "default", labels: ["app": "web"]),
            spec: PodSpec(
                volumes: [Volume(name: "data", emptyDir: EmptyDirVolumeSource())],
                containers: [Container(name: "app", command: ["sleep", "100"], volumeMounts: [VolumeMount(name: "data", mountPath: "/data")])]))
        pod.applyDefaults()
        return pod
    }

    @Test func validPodHasNoErrors() {
        #expect(Self.valid.validate().isEmpty)
    }

    static let cases: [ValidationCase<Pod>] = [
        .init("name required", ["metadata.name required"]) { $0.metadata.name = nil },
        .init("generateName is enough", []) { $0.metadata.name = nil; $0.metadata.generateName = "web-" },
        .init("name is a DNS subdomain", ["metadata.name invalid"]) { $0.metadata.name = "Web_1" },
        .init("name at most 253 characters", ["metadata.name invalid"]) { $0.metadata.name = String(repeating: "a", count: 254) },
        .init("namespace required", ["metadata.namespace required"]) { $0.metadata.namespace = nil },
        .init("label key syntax", ["metadata.labels invalid"]) { $0.metadata.labels = ["-bad": "x"] },
        .init("label value syntax", ["metadata.labels invalid"]) { $0.metadata.labels = ["app": "no spaces"] },
        .init("prefixed label key", []) { $0.metadata.labels = ["app.kubernetes.io/name": "web"] },
        .init("annotation key syntax", ["metadata.annotations invalid"]) { $0.metadata.annotations = ["a/b/c": "x"] },
        .init("annotations at most 256 KiB", ["metadata.annotations tooLong"]) {
            $0.metadata.annotations = ["big": String(repeating: "x", count: 256 * 1024)]
        },
        .init("one controller owner", ["metadata.ownerReferences invalid"]) {
            let owner = OwnerReference(apiVersion: "apps/v1", kind: "ReplicaSet", name: "a", uid: "1", controller: true)
            var second = owner
            second.name = "b"
            $0.metadata.ownerReferences = [owner, second]
        },
        .init("at least one container", ["spec.containers required"]) { $0.spec?.containers = [] },
        .init("container name required", ["spec.containers[0].name required"]) { $0.spec?.containers[0].name = "" },
        .init("container name is a DNS label", ["spec.containers[0].name invalid"]) { $0.spec?.containers[0].name = "App" },
        .init("container names unique with init containers", ["spec.containers[0].name duplicate"]) {
            $0.spec?.initContainers = [Container(name: "app", command: ["true"])]
        },
        .init("restartPolicy enum", ["spec.restartPolicy notSupported"]) { $0.spec?.restartPolicy = "Sometimes" },
        .init("dnsPolicy enum", ["spec.dnsPolicy notSupported"]) { $0.spec?.dnsPolicy = "Google" },
        .init("container port required", ["spec.containers[0].ports[0].containerPort required"]) {
            $0.spec?.containers[0].ports = [ContainerPort(containerPort: 0)]
        },
        .init("container port range", ["spec.containers[0].ports[0].containerPort invalid"]) {
            $0.spec?.containers[0].ports = [ContainerPort(containerPort: 65536)]
        },
        .init("host port range", ["spec.containers[0].ports[0].hostPort invalid"]) {
            $0.spec?.containers[0].ports = [ContainerPort(containerPort: 80, hostPort: -1)]
        },
        .init("port protocol enum", ["spec.containers[0].ports[0].protocol notSupported"]) {
            $0.spec?.containers[0].ports = [ContainerPort(containerPort: 80, protocol: "QUIC")]
        },
        .init("port names unique", ["spec.containers[0].ports[1].name duplicate"]) {
            $0.spec?.containers[0].ports = [ContainerPort(name: "http", containerPort: 80), ContainerPort(name: "http", containerPort: 81)]
        },
        .init("port name syntax", ["spec.containers[0].ports[0].name invalid"]) {
            $0.spec?.containers[0].ports = [ContainerPort(name: "http--web", containerPort: 80)]
        },
        .init("env var name syntax", ["spec.containers[0].env[0].name invalid"]) {
            $0.spec?.containers[0].env = [EnvVar(name: "1ABC", value: "x")]
        },
        .init("env var name required", ["spec.containers[0].env[0].name required"]) {
            $0.spec?.containers[0].env = [EnvVar(name: "", value: "x")]
        },
        .init("env value and valueFrom", ["spec.containers[0].env[0].valueFrom invalid"]) {
            $0.spec?.containers[0].env = [EnvVar(name: "A", value: "x", valueFrom: EnvVarSource(fieldRef: ObjectFieldSelector(fieldPath: "metadata.name")))]
        },
        .init("valueFrom needs one source", ["spec.containers[0].env[0].valueFrom invalid"]) {
            $0.spec?.containers[0].env = [EnvVar(name: "A", valueFrom: EnvVarSource())]
        },
        .init("configMapKeyRef key required", ["spec.containers[0].env[0].valueFrom.configMapKeyRef.key required"]) {
            $0.spec?.containers[0].env = [EnvVar(name: "A", valueFrom: EnvVarSource(configMapKeyRef: ConfigMapKeySelector(name: "cm")))]
        },
        .init("volume names unique", ["spec.volumes[1].name duplicate"]) {
            $0.spec?.volumes?.append(Volume(name: "data", emptyDir: EmptyDirVolumeSource()))
        },
        .init("one volume source", ["spec.volumes[0].emptyDir forbidden"]) {
            $0.spec?.volumes?[0].hostPath = HostPathVolumeSource(path: "/tmp")
        },
        .init("hostPath path required", ["spec.volumes[0].hostPath.path required"]) {
            $0.spec?.volumes?[0] = Volume(name: "data", hostPath: HostPathVolumeSource(path: ""))
        },
        .init("configMap volume name required", ["spec.volumes[0].configMap.name required"]) {
            $0.spec?.volumes?[0] = Volume(name: "data", configMap: ConfigMapVolumeSource())
        },
        .init("mount names an existing volume", ["spec.containers[0].volumeMounts[0].name notFound"]) {
            $0.spec?.containers[0].volumeMounts = [VolumeMount(name: "cache", mountPath: "/cache")]
        },
        .init("mount paths unique", ["spec.containers[0].volumeMounts[1].mountPath invalid"]) {
            $0.spec?.containers[0].volumeMounts?.append(VolumeMount(name: "data", mountPath: "/data"))
        },
        .init("probe numbers non-negative", ["spec.containers[0].livenessProbe.initialDelaySeconds invalid", "spec.containers[0].livenessProbe.periodSeconds invalid"]) {
            $0.spec?.containers[0].livenessProbe = Probe(exec: ExecAction(command: ["true"]), initialDelaySeconds: -1, periodSeconds: -5)
        },
        .init("probe needs a handler", ["spec.containers[0].readinessProbe required"]) {
            $0.spec?.containers[0].readinessProbe = Probe(periodSeconds: 5)
        },
        .init("probe has one handler", ["spec.containers[0].readinessProbe.tcpSocket forbidden"]) {
            $0.spec?.containers[0].readinessProbe = Probe(exec: ExecAction(command: ["true"]), tcpSocket: TCPSocketAction(port: 80))
        },
        .init("liveness successThreshold is 1", ["spec.containers[0].livenessProbe.successThreshold invalid"]) {
            $0.spec?.containers[0].livenessProbe = Probe(tcpSocket: TCPSocketAction(port: 80), successThreshold: 2)
        },
        .init("probe port", ["spec.containers[0].livenessProbe.httpGet.port invalid"]) {
            $0.spec?.containers[0].livenessProbe = Probe(httpGet: HTTPGetAction(port: 0))
        },
        .init("probe named port", []) {
            $0.spec?.containers[0].livenessProbe = Probe(httpGet: HTTPGetAction(port: "http"))
        },
        .init("image pull policy enum", ["spec.containers[0].imagePullPolicy notSupported"]) {
            $0.spec?.containers[0].imagePullPolicy = "Sometimes"
        },
        .init("resource names", ["spec.containers[0].resources.limits[gpu] invalid"]) {
            $0.spec?.containers[0].resources = ResourceRequirements(limits: ["gpu": "1", "example.com/gpu": "1", "cpu": "1"])
        },
        .init("termination grace non-negative", ["spec.terminationGracePeriodSeconds invalid"]) {
            $0.spec?.terminationGracePeriodSeconds = -1
        },
        .init("activeDeadlineSeconds positive", ["spec.activeDeadlineSeconds invalid"]) { $0.spec?.activeDeadlineSeconds = 0 },
        .init("nodeSelector labels", ["spec.nodeSelector invalid"]) { $0.spec?.nodeSelector = ["disk type": "ssd"] },
        .init("nodeName syntax", ["spec.nodeName invalid"]) { $0.spec?.nodeName = "Node_1" },
        .init("toleration without key must be Exists", ["spec.tolerations[0].operator invalid"]) {
            $0.spec?.tolerations = [Toleration(operator: .equal, value: "x")]
        },
        .init("toleration match-all", []) { $0.spec?.tolerations = [Toleration(operator: .exists)] },
        .init("tolerationSeconds needs NoExecute", ["spec.tolerations[0].effect invalid"]) {
            $0.spec?.tolerations = [Toleration(key: "k", operator: .exists, effect: .noSchedule, tolerationSeconds: 30)]
        },
        .init("Exists has no value", ["spec.tolerations[0].operator invalid"]) {
            $0.spec?.tolerations = [Toleration(key: "k", operator: .exists, value: "v")]
        },
        .init("toleration effect enum", ["spec.tolerations[0].effect notSupported"]) {
            $0.spec?.tolerations = [Toleration(key: "k", effect: "Sometimes")]
        },
        .init("spread maxSkew positive", ["spec.topologySpreadConstraints[0].maxSkew invalid"]) {
            $0.spec?.topologySpreadConstraints = [TopologySpreadConstraint(maxSkew: 0, topologyKey: "zone")]
        },
        .init("spread constraints unique", ["spec.topologySpreadConstraints[1] duplicate"]) {
            let constraint = TopologySpreadConstraint(maxSkew: 1, topologyKey: "zone", whenUnsatisfiable: .scheduleAnyway)
            $0.spec?.topologySpreadConstraints = [constraint, constraint]
        },
        .init("minDomains only with DoNotSchedule", ["spec.topologySpreadConstraints[0].minDomains invalid"]) {
            $0.spec?.topologySpreadConstraints = [TopologySpreadConstraint(maxSkew: 1, topologyKey: "zone", whenUnsatisfiable: .scheduleAnyway, minDomains: 2)]
        },
        .init("pod affinity topologyKey required",
              ["spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey required"]) {
            $0.spec?.affinity = Affinity(podAntiAffinity: PodAntiAffinity(requiredDuringSchedulingIgnoredDuringExecution: [
                PodAffinityTerm(labelSelector: LabelSelector(matchLabels: ["app": "web"]))]))
        },
        .init("preferred weight 1-100",
              ["spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight invalid"]) {
            $0.spec?.affinity = Affinity(nodeAffinity: NodeAffinity(preferredDuringSchedulingIgnoredDuringExecution: [
                PreferredSchedulingTerm(weight: 0, preference: NodeSelectorTerm(matchExpressions: [NodeSelectorRequirement(key: "zone", operator: .exists)]))]))
        },
        .init("node selector In needs values",
              ["spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values required"]) {
            $0.spec?.affinity = Affinity(nodeAffinity: NodeAffinity(requiredDuringSchedulingIgnoredDuringExecution: NodeSelector(nodeSelectorTerms: [
                NodeSelectorTerm(matchExpressions: [NodeSelectorRequirement(key: "zone", operator: .in)])])))
        },
        .init("node selector terms required",
              ["spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms required"]) {
            $0.spec?.affinity = Affinity(nodeAffinity: NodeAffinity(requiredDuringSchedulingIgnoredDuringExecution: NodeSelector()))
        },
    ]

    @Test(arguments: cases)
    func invalidPods(_ testCase: ValidationCase<Pod>) {
        #expect(testCase.errors(applyingTo: Self.valid) == testCase.expected)
    }

    @Test func errorsReadLikeKubernetes() throws {
        var pod = Self.valid
        pod.spec?.restartPolicy = "Sometimes"
        pod.spec?.containers[0].name = "App"
        let errors = pod.validate()
        let messages = errors.map(\.description)
        #expect(messages.contains(#"spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never""#))
        #expect(messages.contains { $0.hasPrefix(#"spec.containers[0].name: Invalid value: "App": a lowercase RFC 1123 label must consist of"#) })
        let status = Status.invalid(kind: "Pod", name: "web", causes: errors)
        #expect(status.code == 422)
        #expect(status.details?.causes?.map(\.field) == ["spec.containers[0].name", "spec.restartPolicy"])
    }

    static let updateCases: [ValidationCase<Pod>] = [
        .init("image may change", []) { $0.spec?.containers[0].image = "busybox:1.36" },
        .init("command may not change", ["spec forbidden"]) { $0.spec?.containers[0].command = ["sleep", "5"] },
        .init("tolerations may be added", []) { $0.spec?.tolerations = [Toleration(operator: .exists)] },
        .init("activeDeadlineSeconds may be set", []) { $0.spec?.activeDeadlineSeconds = 60 },
        .init("name is immutable", ["metadata.name invalid"]) { $0.metadata.name = "other" },
        .init("labels may change", []) { $0.metadata.labels = ["app": "other"] },
    ]

    @Test(arguments: updateCases)
    func podUpdates(_ testCase: ValidationCase<Pod>) {
        let old = Self.valid
        #expect(testCase.errors(applyingTo: old) { $0.validateUpdate(from: old) } == testCase.expected)
    }

    @Test func tolerationsMayNotBeRemovedNorDeadlinesRaised() {
        var old = Self.valid
        old.spec?.tolerations = [Toleration(operator: .exists)]
        old.spec?.activeDeadlineSeconds = 60
        var new = old
        new.spec?.tolerations = []
        #expect(summarize(new.validateUpdate(from: old)) == ["spec forbidden"])
        new = old
        new.spec?.activeDeadlineSeconds = 120
        #expect(summarize(new.validateUpdate(from: old)) == ["spec.activeDeadlineSeconds invalid"])
        new.spec?.activeDeadlineSeconds = 30
        #expect(new.validateUpdate(from: old).isEmpty)
    }
}
