import Foundation
import Testing
@testable import SkiffAPI

/// Pods and the workload kinds: fully populated documents, manifests, preserved unknown members
/// and values built in Swift, each written by the fast path exactly as Codable writes it.
extension JSONWritableTests {
    /// Decodes `json` as `T`, checks with `FieldCoverage` that it is fully modeled (and, outside
    /// `partial`, fully populated), then compares the two paths' bytes.
    static func expectFullyPopulated<T: Codable>(
        _ type: T.Type, _ json: String, partial: Set<String> = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> T {
        let value = try JSONCodec.decode(T.self, from: Array(json.utf8))
        var coverage = FieldCoverage(partial: partial)
        coverage.walk(value, path: "\(T.self)")
        #expect(coverage.unknown.isEmpty, "unknown members at \(coverage.unknown)", sourceLocation: sourceLocation)
        #expect(coverage.notWritable.isEmpty, "no JSONWritable conformance: \(coverage.notWritable)", sourceLocation: sourceLocation)
        #expect(coverage.unset.isEmpty, "never set in the document: \(coverage.unset.sorted())", sourceLocation: sourceLocation)
        try expectSameBytes(value, sourceLocation: sourceLocation)
        return value
    }

    @Test func fullyPopulatedPod() throws {
        let pod = try Self.expectFullyPopulated(Pod.self, PodDocuments.fullPod)
        let bytes = String(decoding: try JSONCodec.encode(pod), as: UTF8.self)
        // Maps come out sorted, escapes are written back.
        #expect(bytes.contains(#""limits":{"cpu":"500m","memory":"1536Mi","nvidia.com/gpu":"1"}"#))
        #expect(bytes.contains(#""nodeSelector":{"disktype":"ssd","kubernetes.io/os":"linux"}"#))
        #expect(bytes.contains(#""message":"back-off \"5m0s\"\nrestarting\\failed\ttab \u0001 ünïcødé""#))
    }

    @Test func fullyPopulatedWorkloads() throws {
        // The pod templates are small: only the workloads' own types must be fully populated.
        let template: Set<String> = ["PodSpec", "Container"]
        _ = try Self.expectFullyPopulated(Deployment.self, PodDocuments.fullDeployment, partial: template)
        _ = try Self.expectFullyPopulated(ReplicaSet.self, PodDocuments.fullReplicaSet, partial: template)
        _ = try Self.expectFullyPopulated(DaemonSet.self, PodDocuments.fullDaemonSet, partial: template)
        _ = try Self.expectFullyPopulated(StatefulSet.self, PodDocuments.fullStatefulSet, partial: template)
        _ = try Self.expectFullyPopulated(Job.self, PodDocuments.fullJob, partial: template)
        _ = try Self.expectFullyPopulated(CronJob.self, PodDocuments.fullCronJob, partial: template)
    }

    @Test func objectReferences() throws {
        let reference = try Self.expectFullyPopulated(ObjectReference.self, PodDocuments.fullObjectReference)
        #expect(reference.fieldPath == "spec.containers{web}")
        _ = try Self.expectFullyPopulated(LocalObjectReference.self, PodDocuments.fullLocalObjectReference)
        try Self.expectSameBytes(ObjectReference())
        try Self.expectSameBytes(LocalObjectReference())
    }

    @Test func examplesAndDocumentationManifests() throws {
        var covered = 0
        for document in try PodDocuments.manifests() where try Self.expectSameBytesIfCovered(document) {
            covered += 1
        }
        #expect(covered >= 10)
    }

    /// Same bytes for a manifest of a kind with conformances here; false for other kinds.
    private static func expectSameBytesIfCovered(_ document: JSONValue) throws -> Bool {
        guard case .object(let object) = document, case .string(let kind)? = object["kind"] else { return false }
        switch kind {
        case "Pod": try expectSameBytes(JSONCodec.decode(Pod.self, from: document))
        case "Deployment": try expectSameBytes(JSONCodec.decode(Deployment.self, from: document))
        case "ReplicaSet": try expectSameBytes(JSONCodec.decode(ReplicaSet.self, from: document))
        case "DaemonSet": try expectSameBytes(JSONCodec.decode(DaemonSet.self, from: document))
        case "StatefulSet": try expectSameBytes(JSONCodec.decode(StatefulSet.self, from: document))
        case "Job": try expectSameBytes(JSONCodec.decode(Job.self, from: document))
        case "CronJob": try expectSameBytes(JSONCodec.decode(CronJob.self, from: document))
        default: return false
        }
        return true
    }

    @Test func unknownMembersAtSeveralLevels() throws {
        let pod = try JSONCodec.decode(Pod.self, from: Array(PodDocuments.unknownMembersPod.utf8))
        #expect(pod.unknownFields != nil)
        #expect(pod.spec?.unknownFields != nil)
        #expect(pod.spec?.containers[0].unknownFields != nil)
        #expect(pod.spec?.containers[0].livenessProbe?.unknownFields != nil)
        #expect(pod.spec?.containers[0].readinessProbe?.unknownFields == nil)
        #expect(pod.status?.containerStatuses?[0].unknownFields != nil)
        try Self.expectSameBytes(pod)
        // Only the containers, probe and status carry unknown members: the rest takes the fast path.
        var spec = try #require(pod.spec)
        spec.unknownFields = nil
        try Self.expectSameBytes(spec)
        try Self.expectSameBytes(try #require(pod.status))
        let text = String(decoding: try JSONCodec.encode(spec), as: UTF8.self)
        #expect(text.contains(#""periodSeconds":3,"probeExtra":"x\"y"}"#))
        #expect(text.contains(#""resizePolicy":[{"resourceName":"cpu"}]}"#))

        var statefulSet = try JSONCodec.decode(StatefulSet.self, from: Array(PodDocuments.unknownMembersStatefulSet.utf8))
        #expect(statefulSet.spec?.volumeClaimTemplates?[0].unknownFields != nil)
        try Self.expectSameBytes(statefulSet)
        statefulSet.spec?.volumeClaimTemplates?[0].unknownFields = nil
        try Self.expectSameBytes(statefulSet)
    }

    @Test func fieldCoverageNoticesGaps() throws {
        let json = #"{"metadata":{"name":"p","labels":{}},"spec":{"containers":[{"name":"c","extra":1}]},"status":{"phase":"Running"}}"#
        var coverage = FieldCoverage(partial: [])
        coverage.walk(try JSONCodec.decode(Pod.self, from: Array(json.utf8)), path: "Pod")
        #expect(coverage.unknown == ["Pod.spec.containers[0]"])
        #expect(coverage.unset.contains("ObjectMeta.labels"))
        #expect(coverage.unset.contains("Container.image"))
        #expect(coverage.unset.contains("PodStatus.conditions"))
        #expect(!coverage.unset.contains("PodStatus.phase"))
        #expect(coverage.notWritable.isEmpty)
        struct Plain: Encodable { var name = "x" }
        coverage.walk(Plain(), path: "Plain")
        #expect(coverage.notWritable.contains("Plain"))
    }

    @Test func podBuiltInSwiftWithEmptyCollections() throws {
        let start = Time(Date(timeIntervalSince1970: 1_795_000_000))
        var pod = Pod(
            apiVersion: "v1", kind: "Pod",
            metadata: ObjectMeta(name: "web-7d9f", namespace: "default", labels: [:], annotations: ["b": "2", "a": "1"]),
            spec: PodSpec(
                volumes: [
                    Volume(name: "scratch", emptyDir: EmptyDirVolumeSource()),
                    Volume(name: "config", configMap: ConfigMapVolumeSource(name: "cfg", items: [])),
                ],
                initContainers: [],
                containers: [
                    Container(
                        name: "web", image: "nginx", command: [], args: ["--port", "80"], ports: [ContainerPort(containerPort: 80, protocol: .tcp)],
                        envFrom: [], env: [EnvVar(name: "EMPTY", value: ""), EnvVar(name: "FROM", valueFrom: EnvVarSource())],
                        resources: ResourceRequirements(limits: [:], requests: ["memory": "64Mi", "cpu": "100m"]),
                        volumeMounts: [],
                        livenessProbe: Probe(httpGet: HTTPGetAction(port: .string("http"), httpHeaders: [])),
                        lifecycle: Lifecycle()
                    )
                ],
                restartPolicy: .always, nodeSelector: [:], affinity: Affinity(nodeAffinity: NodeAffinity(
                    requiredDuringSchedulingIgnoredDuringExecution: NodeSelector(nodeSelectorTerms: [NodeSelectorTerm(matchExpressions: [], matchFields: nil)])
                )),
                tolerations: [], overhead: [:], topologySpreadConstraints: []
            ),
            status: PodStatus(
                phase: .pending, conditions: [], hostIPs: [], podIPs: [PodIP(ip: "10.0.0.7")], startTime: start,
                initContainerStatuses: [],
                containerStatuses: [ContainerStatus(name: "web", state: ContainerState(), lastState: nil, ready: false, restartCount: 0, image: "nginx", imageID: "")]
            )
        )
        try Self.expectSameBytes(pod)
        let text = String(decoding: try JSONCodec.encode(pod), as: UTF8.self)
        #expect(text.contains(#""volumes":[{"name":"scratch","emptyDir":{}},{"name":"config","configMap":{"name":"cfg","items":[]}}],"initContainers":[]"#))
        #expect(text.contains(#""resources":{"limits":{},"requests":{"cpu":"100m","memory":"64Mi"}}"#))
        #expect(text.contains(#""lifecycle":{}"#))
        pod.spec = PodSpec()
        pod.status = nil
        pod.metadata = ObjectMeta()
        try Self.expectSameBytes(pod)
        #expect(String(decoding: try JSONCodec.encode(pod), as: UTF8.self) == #"{"apiVersion":"v1","kind":"Pod","metadata":{},"spec":{"containers":[]}}"#)
        try Self.expectSameBytes(Pod())
    }
}

/// Documents in which every modeled field is set somewhere, with maps out of key order and
/// strings that need escaping.
enum PodDocuments {
    /// Every document of `Examples/*.yaml` and of the Kubernetes-docs fixtures in `Manifests`.
    static func manifests() throws -> [JSONValue] {
        let examples = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".yaml") }
        var texts = try files.map { try String(contentsOfFile: examples.appendingPathComponent($0).path, encoding: .utf8) }
        texts += Array(Manifests.pods.values)
        texts += [Manifests.nginxDeployment, Manifests.job, Manifests.cronJob, Manifests.daemonSet, Manifests.statefulSet]
        return try texts.flatMap { try YAMLCodec.decodeDocuments($0) }
    }

    static let fullMetadata = ##"""
        {"name":"web-0","generateName":"web-","namespace":"prod","uid":"6f1c-\"u\"","resourceVersion":"1042","generation":7,
         "creationTimestamp":"2026-11-23T11:52:10Z","deletionTimestamp":"2026-11-23T12:52:10.5+01:00","deletionGracePeriodSeconds":30,
         "labels":{"tier":"frontend","app":"web","app.kubernetes.io/name":"web\tapp"},
         "annotations":{"zeta":"last","alpha":"line\nbreak \\ backslash","kubectl.kubernetes.io/last-applied-configuration":"{\"kind\":\"Pod\"}"},
         "ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"web-7d9f","uid":"rs-1","controller":true,"blockOwnerDeletion":true},
                            {"apiVersion":"v1","kind":"Node","name":"n1","uid":"n-1"}],
         "finalizers":["example.com/keep","foregroundDeletion"]}
        """##

    static let selector = ##"""
        {"matchLabels":{"tier":"frontend","app":"web"},
         "matchExpressions":[{"key":"env","operator":"In","values":["prod","staging"]},{"key":"canary","operator":"DoesNotExist"}]}
        """##

    /// A pod template: small, since `PodSpec` and `Container` are populated by `fullPod`.
    static let template = ##"""
        {"metadata":{"labels":{"tier":"frontend","app":"web"},"annotations":{"b":"2","a":"1"}},
         "spec":{"containers":[{"name":"web","image":"nginx:1.27"}],"restartPolicy":"Always","nodeSelector":{"z":"1","a":"2"}}}
        """##

    static let fullPod = ##"""
        {"apiVersion":"v1","kind":"Pod","metadata":\##(fullMetadata),
         "spec":{
          "volumes":[
           {"name":"host","hostPath":{"path":"/var/log","type":"DirectoryOrCreate"}},
           {"name":"scratch","emptyDir":{"medium":"Memory","sizeLimit":"1Gi"}},
           {"name":"creds","secret":{"secretName":"db-creds","items":[{"key":"password","path":"db/password","mode":256}],"defaultMode":420,"optional":false}},
           {"name":"data","persistentVolumeClaim":{"claimName":"data-web-0","readOnly":true}},
           {"name":"config","configMap":{"name":"web-config","items":[{"key":"nginx.conf","path":"nginx.conf"}],"defaultMode":292,"optional":true}}],
          "initContainers":[
           {"name":"migrate","image":"migrate:2","command":["sh","-c"],"args":["echo \"migrating\" && ./migrate"],
            "env":[{"name":"STAGE","value":"init"}],"resources":{"requests":{"memory":"64Mi","cpu":"50m"}},
            "terminationMessagePolicy":"FallbackToLogsOnError"}],
          "containers":[
           {"name":"web","image":"nginx:1.27","command":["nginx"],"args":["-g","daemon off;"],"workingDir":"/srv",
            "ports":[{"name":"http","containerPort":8080,"hostPort":80,"hostIP":"0.0.0.0","protocol":"TCP"},{"containerPort":9090,"protocol":"UDP"}],
            "envFrom":[{"prefix":"CFG_","configMapRef":{"name":"web-config","optional":true}},{"secretRef":{"name":"web-secret","optional":false}}],
            "env":[
             {"name":"PLAIN","value":"quote \" and \\ and \u00e9"},
             {"name":"NODE","valueFrom":{"fieldRef":{"apiVersion":"v1","fieldPath":"spec.nodeName"}}},
             {"name":"LIMIT","valueFrom":{"resourceFieldRef":{"containerName":"web","resource":"limits.memory","divisor":"1Mi"}}},
             {"name":"MODE","valueFrom":{"configMapKeyRef":{"name":"web-config","key":"mode","optional":true}}},
             {"name":"TOKEN","valueFrom":{"secretKeyRef":{"name":"web-secret","key":"token","optional":false}}}],
            "resources":{"limits":{"nvidia.com/gpu":"1","memory":"1536Mi","cpu":"500m"},"requests":{"memory":"1Gi","cpu":"1.5","ephemeral-storage":"2Gi"}},
            "volumeMounts":[{"name":"config","mountPath":"/etc/nginx","subPath":"nginx.conf","readOnly":true},{"name":"scratch","mountPath":"/tmp"}],
            "livenessProbe":{
             "exec":{"command":["cat","/tmp/healthy"]},
             "httpGet":{"path":"/healthz","port":8080,"host":"127.0.0.1","scheme":"HTTPS","httpHeaders":[{"name":"X-Check","value":"a\"b"},{"name":"Accept","value":"*/*"}]},
             "tcpSocket":{"port":"http","host":"localhost"},
             "grpc":{"port":9090,"service":"health"},
             "initialDelaySeconds":3,"timeoutSeconds":2,"periodSeconds":10,"successThreshold":1,"failureThreshold":5,"terminationGracePeriodSeconds":15},
            "readinessProbe":{"httpGet":{"port":"http"},"periodSeconds":5},
            "startupProbe":{"grpc":{"port":9090},"failureThreshold":30},
            "lifecycle":{
             "postStart":{"exec":{"command":["sh","-c","echo started"]},"httpGet":{"path":"/started","port":8080},"tcpSocket":{"port":8080},"sleep":{"seconds":2}},
             "preStop":{"sleep":{"seconds":5}},
             "stopSignal":"SIGQUIT"},
            "terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File","imagePullPolicy":"IfNotPresent",
            "stdin":true,"stdinOnce":false,"tty":true},
           {"name":"sidecar","image":"busybox","imagePullPolicy":"Always"}],
          "restartPolicy":"Always","terminationGracePeriodSeconds":45,"activeDeadlineSeconds":3600,"dnsPolicy":"ClusterFirstWithHostNet",
          "nodeSelector":{"kubernetes.io/os":"linux","disktype":"ssd"},
          "serviceAccountName":"web","automountServiceAccountToken":false,"nodeName":"node-1","hostNetwork":true,
          "hostname":"web-0","subdomain":"web-headless",
          "affinity":{
           "nodeAffinity":{
            "requiredDuringSchedulingIgnoredDuringExecution":{"nodeSelectorTerms":[
             {"matchExpressions":[{"key":"zone","operator":"In","values":["a","b"]}],"matchFields":[{"key":"metadata.name","operator":"NotIn","values":["node-9"]}]},
             {"matchExpressions":[{"key":"gpu","operator":"Exists"}]}]},
            "preferredDuringSchedulingIgnoredDuringExecution":[{"weight":10,"preference":{"matchExpressions":[{"key":"cores","operator":"Gt","values":["8"]}]}}]},
           "podAffinity":{
            "requiredDuringSchedulingIgnoredDuringExecution":[
             {"labelSelector":\##(selector),"namespaces":["prod","shared"],"topologyKey":"kubernetes.io/hostname",
              "namespaceSelector":{"matchLabels":{"team":"web"}},"matchLabelKeys":["pod-template-hash"],"mismatchLabelKeys":["tenant"]}],
            "preferredDuringSchedulingIgnoredDuringExecution":[{"weight":50,"podAffinityTerm":{"labelSelector":{"matchLabels":{"app":"cache"}},"topologyKey":"zone"}}]},
           "podAntiAffinity":{
            "requiredDuringSchedulingIgnoredDuringExecution":[{"labelSelector":{"matchLabels":{"app":"web"}},"topologyKey":"kubernetes.io/hostname"}],
            "preferredDuringSchedulingIgnoredDuringExecution":[{"weight":100,"podAffinityTerm":{"namespaceSelector":{},"topologyKey":"zone"}}]}},
          "schedulerName":"default-scheduler",
          "tolerations":[
           {"key":"node.kubernetes.io/not-ready","operator":"Exists","effect":"NoExecute","tolerationSeconds":300},
           {"key":"dedicated","operator":"Equal","value":"web","effect":"NoSchedule"}],
          "priorityClassName":"high","priority":1000000,"preemptionPolicy":"PreemptLowerPriority",
          "overhead":{"memory":"120Mi","cpu":"250m"},
          "topologySpreadConstraints":[
           {"maxSkew":1,"topologyKey":"zone","whenUnsatisfiable":"DoNotSchedule","labelSelector":{"matchLabels":{"app":"web"}},
            "minDomains":2,"nodeAffinityPolicy":"Honor","nodeTaintsPolicy":"Ignore","matchLabelKeys":["pod-template-hash"]}]},
         "status":{
          "phase":"Running",
          "conditions":[
           {"type":"PodScheduled","status":"True","lastProbeTime":"2026-11-23T11:52:10Z","lastTransitionTime":"2026-11-23T11:52:10Z","reason":"Scheduled","message":"ok"},
           {"type":"Ready","status":"False","lastTransitionTime":"2026-11-23T11:53:00Z","reason":"ContainersNotReady","message":"containers with unready status: [web]"}],
          "message":"back-off \"5m0s\"\nrestarting\\failed\ttab \u0001 ünïcødé","reason":"Evicted","nominatedNodeName":"node-2",
          "hostIP":"192.168.1.10","hostIPs":[{"ip":"192.168.1.10"},{"ip":"fd00::10"}],
          "podIP":"10.244.1.7","podIPs":[{"ip":"10.244.1.7"},{"ip":"fd00:10:244::7"}],
          "startTime":"2026-11-23T11:52:11Z",
          "initContainerStatuses":[
           {"name":"migrate","state":{"terminated":{"exitCode":0,"signal":15,"reason":"Completed","message":"done","startedAt":"2026-11-23T11:52:12Z","finishedAt":"2026-11-23T11:52:20Z","containerID":"skiff://migrate-1"}},
            "ready":true,"restartCount":0,"image":"migrate:2","imageID":"sha256:abc","containerID":"skiff://migrate-1","started":false}],
          "containerStatuses":[
           {"name":"web","state":{"running":{"startedAt":"2026-11-23T11:52:21Z"}},
            "lastState":{"terminated":{"exitCode":137,"reason":"OOMKilled","startedAt":"2026-11-23T11:50:00Z","finishedAt":"2026-11-23T11:51:00Z"}},
            "ready":true,"restartCount":3,"image":"nginx:1.27","imageID":"sha256:def","containerID":"skiff://web-1","started":true},
           {"name":"sidecar","state":{"waiting":{"reason":"CrashLoopBackOff","message":"back-off 5m0s restarting failed container"}},
            "lastState":{},"ready":false,"restartCount":12,"image":"busybox","imageID":""}],
          "qosClass":"Burstable"}}
        """##

    static let fullDeployment = ##"""
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":\##(fullMetadata),
         "spec":{"replicas":3,"selector":\##(selector),"template":\##(template),
          "strategy":{"type":"RollingUpdate","rollingUpdate":{"maxUnavailable":"25%","maxSurge":1}},
          "minReadySeconds":5,"revisionHistoryLimit":10,"paused":false,"progressDeadlineSeconds":600},
         "status":{"observedGeneration":7,"replicas":3,"updatedReplicas":2,"readyReplicas":2,"availableReplicas":2,"unavailableReplicas":1,
          "terminatingReplicas":0,
          "conditions":[{"type":"Available","status":"True","lastUpdateTime":"2026-11-23T11:52:10Z","lastTransitionTime":"2026-11-23T11:52:10Z",
                         "reason":"MinimumReplicasAvailable","message":"Deployment has minimum availability."},
                        {"type":"Progressing","status":"True","reason":"NewReplicaSetAvailable","message":"ReplicaSet \"web-7d9f\" has successfully progressed."}],
          "collisionCount":1}}
        """##

    static let fullReplicaSet = ##"""
        {"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":\##(fullMetadata),
         "spec":{"replicas":3,"minReadySeconds":5,"selector":\##(selector),"template":\##(template)},
         "status":{"replicas":3,"fullyLabeledReplicas":3,"readyReplicas":2,"availableReplicas":2,"terminatingReplicas":1,"observedGeneration":7,
          "conditions":[{"type":"ReplicaFailure","status":"True","lastTransitionTime":"2026-11-23T11:52:10Z","reason":"FailedCreate","message":"pods \"web-x\" is forbidden"}]}}
        """##

    static let fullDaemonSet = ##"""
        {"apiVersion":"apps/v1","kind":"DaemonSet","metadata":\##(fullMetadata),
         "spec":{"selector":\##(selector),"template":\##(template),
          "updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"maxUnavailable":1,"maxSurge":"10%"}},"minReadySeconds":10,"revisionHistoryLimit":5},
         "status":{"currentNumberScheduled":4,"numberMisscheduled":1,"desiredNumberScheduled":4,"numberReady":3,"observedGeneration":7,
          "updatedNumberScheduled":2,"numberAvailable":3,"numberUnavailable":1,"collisionCount":0,
          "conditions":[{"type":"Custom","status":"Unknown","lastTransitionTime":"2026-11-23T11:52:10Z","reason":"Why","message":"because\n"}]}}
        """##

    static let fullStatefulSet = ##"""
        {"apiVersion":"apps/v1","kind":"StatefulSet","metadata":\##(fullMetadata),
         "spec":{"replicas":3,"selector":\##(selector),"template":\##(template),
          "volumeClaimTemplates":[{"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"data","labels":{"b":"2","a":"1"}}}],
          "serviceName":"web-headless","podManagementPolicy":"Parallel",
          "updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":1,"maxUnavailable":"50%"}},
          "revisionHistoryLimit":10,"minReadySeconds":3,
          "persistentVolumeClaimRetentionPolicy":{"whenDeleted":"Delete","whenScaled":"Retain"},"ordinals":{"start":1}},
         "status":{"observedGeneration":7,"replicas":3,"readyReplicas":2,"currentReplicas":2,"updatedReplicas":1,
          "currentRevision":"web-6c5b","updateRevision":"web-7d9f","collisionCount":0,
          "conditions":[{"type":"Custom","status":"False","lastTransitionTime":"2026-11-23T11:52:10Z","reason":"R","message":"m \"q\""}],
          "availableReplicas":2}}
        """##

    static let fullJobSpec = ##"""
        {"parallelism":2,"completions":5,"activeDeadlineSeconds":600,"backoffLimit":4,"selector":\##(selector),"manualSelector":true,
         "template":\##(template),"ttlSecondsAfterFinished":100,"completionMode":"Indexed","suspend":false}
        """##

    static let fullJob = ##"""
        {"apiVersion":"batch/v1","kind":"Job","metadata":\##(fullMetadata),"spec":\##(fullJobSpec),
         "status":{
          "conditions":[{"type":"Complete","status":"True","lastProbeTime":"2026-11-23T11:52:10Z","lastTransitionTime":"2026-11-23T11:52:10Z",
                         "reason":"CompletionsReached","message":"Reached expected number of succeeded pods"}],
          "startTime":"2026-11-23T11:50:00Z","completionTime":"2026-11-23T11:52:10Z",
          "active":1,"succeeded":3,"failed":1,"terminating":0,"completedIndexes":"0-2,4",
          "uncountedTerminatedPods":{"succeeded":["uid-b","uid-a"],"failed":["uid-c"]},"ready":1}}
        """##

    static let fullCronJob = ##"""
        {"apiVersion":"batch/v1","kind":"CronJob","metadata":\##(fullMetadata),
         "spec":{"schedule":"*/5 * * * *","timeZone":"Europe/Paris","startingDeadlineSeconds":200,"concurrencyPolicy":"Forbid","suspend":true,
          "jobTemplate":{"metadata":{"labels":{"job":"nightly"}},"spec":\##(fullJobSpec)},
          "successfulJobsHistoryLimit":3,"failedJobsHistoryLimit":1},
         "status":{
          "active":[{"kind":"Job","namespace":"prod","name":"nightly-29000000","uid":"j-1","apiVersion":"batch/v1","resourceVersion":"77","fieldPath":""}],
          "lastScheduleTime":"2026-11-23T11:50:00Z","lastSuccessfulTime":"2026-11-23T11:45:00Z"}}
        """##

    static let fullObjectReference = #"{"kind":"Pod","namespace":"default","name":"web-0","uid":"u-1","apiVersion":"v1","resourceVersion":"7","fieldPath":"spec.containers{web}"}"#

    static let fullLocalObjectReference = #"{"name":"registry-key"}"#

    /// Members Skiff does not model at the top, in the spec, in a container, in a probe and in a
    /// container status.
    static let unknownMembersPod = ##"""
        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"zTop":{"a":[1,{"b":null}]},
         "spec":{"containers":[
           {"name":"c","image":"i","resizePolicy":[{"resourceName":"cpu"}],
            "livenessProbe":{"httpGet":{"port":8080},"periodSeconds":3,"probeExtra":"x\"y"},
            "readinessProbe":{"exec":{"command":["true"]}}},
           {"name":"d","image":"i"}],
          "imagePullSecrets":[{"name":"key"}]},
         "status":{"phase":"Running","containerStatuses":[{"name":"c","ready":true,"restartCount":0,"image":"i","imageID":"id","allocatedResources":{"cpu":"1"}}]}}
        """##

    /// A claim template whose `spec` Skiff does not model.
    static let unknownMembersStatefulSet = #"{"metadata":{"name":"web"},"spec":{"template":{},"volumeClaimTemplates":[{"metadata":{"name":"data"},"spec":{"accessModes":["ReadWriteOnce"]}}]}}"#
}
