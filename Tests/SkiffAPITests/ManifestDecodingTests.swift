import Foundation
import SkiffAPI
import Testing

/// Decodes `yaml` as `T`, fills in `namespace` as the API server does from the URL.
func decodeManifest<T: APIObject>(_ type: T.Type, _ yaml: String, namespace: String? = "default") throws -> T {
    var object = try YAMLCodec.decode(T.self, from: yaml)
    if T.resourceInfo.isNamespaced && object.metadata.namespace == nil { object.metadata.namespace = namespace }
    return object
}

/// Encodes with Foundation's JSON encoder and decodes the result again.
func jsonRoundTrip<T: Codable>(_ value: T) throws -> T {
    try JSONCodec.decode(T.self, from: JSONCodec.encode(value))
}

@Suite("Manifests from the Kubernetes docs")
struct ManifestDecodingTests {
    @Test func nginxDeployment() throws {
        let deployment = try decodeManifest(Deployment.self, Manifests.nginxDeployment)
        #expect(deployment.apiVersion == "apps/v1")
        #expect(deployment.kind == "Deployment")
        #expect(deployment.metadata.name == "nginx-deployment")
        #expect(deployment.metadata.labels == ["app": "nginx"])
        #expect(deployment.spec?.replicas == 3)
        #expect(deployment.spec?.selector?.matchLabels == ["app": "nginx"])
        let container = try #require(deployment.spec?.template.spec?.containers.first)
        #expect(container.name == "nginx")
        #expect(container.image == "nginx:1.14.2")
        #expect(container.ports == [ContainerPort(containerPort: 80)])
        // What the manifest does not say is not invented.
        #expect(deployment.spec?.strategy == nil)
        #expect(deployment.status == nil)
        #expect(deployment.validate().isEmpty)
    }

    @Test func httpLivenessPod() throws {
        let pod = try decodeManifest(Pod.self, Manifests.httpLivenessPod)
        let probe = try #require(pod.spec?.containers.first?.livenessProbe)
        #expect(probe.httpGet?.path == "/healthz")
        #expect(probe.httpGet?.port == .int(8080))
        #expect(probe.httpGet?.httpHeaders == [HTTPHeader(name: "Custom-Header", value: "Awesome")])
        #expect(probe.initialDelaySeconds == 3)
        #expect(probe.periodSeconds == 3)
        #expect(probe.timeoutSeconds == nil)
        #expect(pod.spec?.containers.first?.args == ["liveness"])
        #expect(pod.validate().isEmpty)
    }

    @Test func execAndTCPProbes() throws {
        let exec = try decodeManifest(Pod.self, Manifests.execLivenessPod)
        #expect(exec.spec?.containers.first?.livenessProbe?.exec?.command == ["cat", "/tmp/healthy"])
        let tcp = try decodeManifest(Pod.self, Manifests.tcpProbePod)
        #expect(tcp.spec?.containers.first?.readinessProbe?.tcpSocket?.port == .int(8080))
        #expect(tcp.spec?.containers.first?.livenessProbe?.initialDelaySeconds == 15)
        #expect(exec.validate().isEmpty)
        #expect(tcp.validate().isEmpty)
    }

    @Test func environmentFromTheDownwardAPI() throws {
        let pod = try decodeManifest(Pod.self, Manifests.downwardAPIEnvPod)
        let env = try #require(pod.spec?.containers.first?.env)
        #expect(env.map(\.name) == ["MY_NODE_NAME", "MY_POD_NAME", "MY_POD_NAMESPACE", "MY_POD_IP", "MY_POD_SERVICE_ACCOUNT"])
        #expect(env[3].valueFrom?.fieldRef?.fieldPath == "status.podIP")
        #expect(pod.spec?.restartPolicy == .never)
        #expect(pod.spec?.containers.first?.command == ["sh", "-c"])
        #expect(pod.validate().isEmpty)
    }

    @Test func services() throws {
        let service = try decodeManifest(Service.self, Manifests.service)
        #expect(service.spec?.selector == ["app.kubernetes.io/name": "MyApp"])
        #expect(service.spec?.ports == [ServicePort(protocol: .tcp, port: 80, targetPort: .int(9376))])
        let named = try decodeManifest(Service.self, Manifests.namedPortService)
        #expect(named.spec?.ports?.first?.targetPort == .string("http-web-svc"))
        let headless = try decodeManifest(Service.self, Manifests.headlessService)
        #expect(headless.spec?.clusterIP == Service.headlessClusterIP)
        for object in [service, named, headless] {
            #expect(object.validate().isEmpty)
        }
    }

    @Test func job() throws {
        var job = try decodeManifest(Job.self, Manifests.job)
        #expect(job.spec?.backoffLimit == 4)
        #expect(job.spec?.template.spec?.restartPolicy == .never)
        #expect(job.spec?.template.spec?.containers.first?.command == ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"])
        // Without a generated selector the job is invalid; the API server generates it.
        #expect(job.validate().map(\.field) == ["spec.selector"])
        job.metadata.uid = "0b1d5f6c-1111-2222-3333-444455556666"
        job.generateSelector()
        job.applyDefaults()
        #expect(job.spec?.selector?.matchLabels == [Job.controllerUIDLabel: "0b1d5f6c-1111-2222-3333-444455556666"])
        #expect(job.spec?.template.metadata?.labels?[Job.jobNameLabel] == "pi")
        #expect(job.validate().isEmpty)
    }

    @Test func cronJob() throws {
        let cronJob = try decodeManifest(CronJob.self, Manifests.cronJob)
        #expect(cronJob.spec?.schedule == "* * * * *")
        let podSpec = try #require(cronJob.spec?.jobTemplate.spec?.template.spec)
        #expect(podSpec.restartPolicy == .onFailure)
        #expect(podSpec.containers.first?.imagePullPolicy == .ifNotPresent)
        #expect(cronJob.validate().isEmpty)
    }

    @Test func daemonSet() throws {
        let daemonSet = try decodeManifest(DaemonSet.self, Manifests.daemonSet)
        #expect(daemonSet.metadata.namespace == "kube-system")
        let podSpec = try #require(daemonSet.spec?.template.spec)
        #expect(podSpec.tolerations?.first == Toleration(key: "node-role.kubernetes.io/control-plane", operator: .exists, effect: .noSchedule))
        #expect(podSpec.containers.first?.resources?.limits == ["memory": "200Mi"])
        #expect(podSpec.containers.first?.resources?.requests == ["cpu": "100m", "memory": "200Mi"])
        #expect(podSpec.volumes?.first?.hostPath?.path == "/var/log")
        #expect(podSpec.terminationGracePeriodSeconds == 30)
        #expect(daemonSet.validate().isEmpty)
    }

    @Test func statefulSet() throws {
        let statefulSet = try decodeManifest(StatefulSet.self, Manifests.statefulSet)
        #expect(statefulSet.spec?.serviceName == "nginx")
        #expect(statefulSet.spec?.replicas == 3)
        #expect(statefulSet.spec?.minReadySeconds == 10)
        #expect(statefulSet.spec?.volumeClaimTemplates?.first?.metadata?.name == "www")
        #expect(statefulSet.spec?.template.spec?.containers.first?.ports?.first?.name == "web")
        // The pods mount the claim template `www`, which is not a pod volume.
        #expect(statefulSet.validate().isEmpty)
    }

    @Test(arguments: ["http-liveness", "exec-liveness", "tcp-liveness-readiness", "dapi-envars-pod"])
    func podsRoundTrip(manifest: String) throws {
        let yaml = try #require(Manifests.pods[manifest])
        var pod = try decodeManifest(Pod.self, yaml)
        #expect(try jsonRoundTrip(pod) == pod)
        pod.applyDefaults()
        #expect(try jsonRoundTrip(pod) == pod)
    }

    @Test func workloadsRoundTrip() throws {
        var deployment = try decodeManifest(Deployment.self, Manifests.nginxDeployment)
        deployment.applyDefaults()
        #expect(try jsonRoundTrip(deployment) == deployment)
        var daemonSet = try decodeManifest(DaemonSet.self, Manifests.daemonSet)
        daemonSet.applyDefaults()
        #expect(try jsonRoundTrip(daemonSet) == daemonSet)
        var statefulSet = try decodeManifest(StatefulSet.self, Manifests.statefulSet)
        statefulSet.applyDefaults()
        #expect(try jsonRoundTrip(statefulSet) == statefulSet)
        var job = try decodeManifest(Job.self, Manifests.job)
        job.applyDefaults()
        #expect(try jsonRoundTrip(job) == job)
        var cronJob = try decodeManifest(CronJob.self, Manifests.cronJob)
        cronJob.applyDefaults()
        #expect(try jsonRoundTrip(cronJob) == cronJob)
        var service = try decodeManifest(Service.self, Manifests.service)
        service.applyDefaults()
        #expect(try jsonRoundTrip(service) == service)
    }

    @Test func unsetFieldsAreNotEncoded() throws {
        let pod = Pod(metadata: ObjectMeta(name: "web", namespace: "default"), spec: PodSpec(containers: [Container(name: "app", command: ["sleep", "100"])]))
        let json = try #require(String(bytes: JSONCodec.encode(pod), encoding: .utf8))
        #expect(!json.contains("status"))
        #expect(!json.contains("restartPolicy"))
        #expect(!json.contains("image"))
        #expect(json.contains("\"containers\""))
    }

    @Test func unknownEnumValuesDecode() throws {
        let json = #"{"metadata":{"name":"p","namespace":"default"},"spec":{"restartPolicy":"Sometimes","containers":[{"name":"app","ports":[{"containerPort":80,"protocol":"QUIC"}]}]}}"#
        let pod = try JSONCodec.decode(Pod.self, from: Data(json.utf8))
        #expect(pod.spec?.restartPolicy?.rawValue == "Sometimes")
        #expect(pod.spec?.restartPolicy?.isKnown == false)
        #expect(try jsonRoundTrip(pod) == pod)
        let errors = pod.validate()
        #expect(errors.map(\.field) == ["spec.containers[0].ports[0].protocol", "spec.restartPolicy"])
        #expect(errors.allSatisfy { $0.type == .notSupported })
    }

    @Test func nodeWithStatus() throws {
        let json = """
            {"apiVersion":"v1","kind":"Node","metadata":{"name":"node-1","labels":{"kubernetes.io/hostname":"node-1"}},
             "spec":{"podCIDR":"127.244.1.0/24","podCIDRs":["127.244.1.0/24"],"taints":[{"key":"node.kubernetes.io/not-ready","effect":"NoSchedule"}]},
             "status":{"capacity":{"cpu":"4","memory":"8Gi","pods":"110"},
               "conditions":[{"type":"Ready","status":"True","lastHeartbeatTime":"2024-05-01T10:00:00Z","lastTransitionTime":"2024-05-01T09:00:00Z","reason":"KubeletReady","message":"kubelet is posting ready status"}],
               "addresses":[{"type":"InternalIP","address":"127.0.0.1"},{"type":"Hostname","address":"node-1"}],
               "daemonEndpoints":{"kubeletEndpoint":{"Port":10250}},
               "nodeInfo":{"machineID":"m","systemUUID":"s","bootID":"b","kernelVersion":"6.1","osImage":"Debian","containerRuntimeVersion":"skiff://0.1","kubeletVersion":"v1.30.0","kubeProxyVersion":"v1.30.0","operatingSystem":"linux","architecture":"amd64"}}}
            """
        var node = try JSONCodec.decode(Node.self, from: Data(json.utf8))
        #expect(node.status?.conditions?.first?.type == .ready)
        #expect(node.status?.conditions?.first?.status == .true)
        #expect(node.status?.daemonEndpoints?.kubeletEndpoint?.Port == 10250)
        #expect(node.status?.nodeInfo?.kubeletVersion == "v1.30.0")
        #expect(node.spec?.taints?.first?.effect == .noSchedule)
        #expect(node.validate().isEmpty)
        node.applyDefaults()
        #expect(node.status?.allocatable == node.status?.capacity)
        #expect(try jsonRoundTrip(node) == node)
    }

    @Test func otherCoreKinds() throws {
        let lease = try JSONCodec.decode(Lease.self, from: Data("""
            {"apiVersion":"coordination.k8s.io/v1","kind":"Lease","metadata":{"name":"node-1","namespace":"kube-node-lease"},
             "spec":{"holderIdentity":"node-1","leaseDurationSeconds":40,"renewTime":"2024-05-01T10:00:00Z"}}
            """.utf8))
        #expect(lease.spec?.leaseDurationSeconds == 40)
        #expect(lease.spec?.renewTime != nil)
        #expect(try jsonRoundTrip(lease) == lease)

        let event = try JSONCodec.decode(Event.self, from: Data("""
            {"metadata":{"name":"web.17c","namespace":"default"},"involvedObject":{"kind":"Pod","namespace":"default","name":"web","uid":"u1"},
             "reason":"Scheduled","message":"Successfully assigned default/web to node-1","source":{"component":"default-scheduler"},
             "firstTimestamp":"2024-05-01T10:00:00Z","lastTimestamp":"2024-05-01T10:00:00Z","count":1,"type":"Normal"}
            """.utf8))
        #expect(event.involvedObject.name == "web")
        #expect(event.type == .normal)
        #expect(event.validate().isEmpty)

        let scale = try JSONCodec.decode(Scale.self, from: Data(#"{"metadata":{"name":"web","namespace":"default"},"spec":{"replicas":3},"status":{"replicas":0}}"#.utf8))
        #expect(scale.status?.replicas == 0)
        #expect(scale.spec?.replicas == 3)

        let binding = Binding(metadata: ObjectMeta(name: "web", namespace: "default"), target: ObjectReference(kind: "Node", name: "node-1"))
        #expect(binding.validate().isEmpty)
        #expect(try jsonRoundTrip(binding) == binding)

        let endpoints = Endpoints(
            metadata: ObjectMeta(name: "web", namespace: "default"),
            subsets: [EndpointSubset(
                addresses: [EndpointAddress(ip: "127.244.0.5", nodeName: "node-1", targetRef: ObjectReference(kind: "Pod", namespace: "default", name: "web-1"))],
                ports: [EndpointPort(port: 8080, protocol: .tcp)])])
        #expect(endpoints.validate().isEmpty)
        #expect(try jsonRoundTrip(endpoints) == endpoints)
    }
}
