import Foundation
import SkiffAPI
import Testing

@Suite("Core kinds validation")
struct CoreValidationTests {
    static var service: Service {
        var service = (try? decodeManifest(Service.self, Manifests.service)) ?? Service()
        service.applyDefaults()
        return service
    }

    static let serviceCases: [ValidationCase<Service>] = [
        .init("valid", []) { _ in },
        .init("name is a DNS-1035 label", ["metadata.name invalid"]) { $0.metadata.name = "1-service" },
        .init("name has no dots", ["metadata.name invalid"]) { $0.metadata.name = "my.service" },
        .init("ports required", ["spec.ports required"]) { $0.spec?.ports = [] },
        .init("headless without ports", []) {
            $0.spec?.ports = []
            $0.spec?.clusterIP = "None"
        },
        .init("names required with two ports", ["spec.ports[0].name required", "spec.ports[1].name required"]) {
            $0.spec?.ports = [ServicePort(protocol: .tcp, port: 80), ServicePort(protocol: .tcp, port: 443)]
        },
        .init("names unique", ["spec.ports[1].name duplicate"]) {
            $0.spec?.ports = [ServicePort(name: "web", protocol: .tcp, port: 80), ServicePort(name: "web", protocol: .tcp, port: 443)]
        },
        .init("port and protocol unique", ["spec.ports[1] duplicate"]) {
            $0.spec?.ports = [ServicePort(name: "a", protocol: .tcp, port: 80), ServicePort(name: "b", protocol: .tcp, port: 80)]
        },
        .init("same port, other protocol", []) {
            $0.spec?.ports = [ServicePort(name: "a", protocol: .tcp, port: 53), ServicePort(name: "b", protocol: .udp, port: 53)]
        },
        .init("port range", ["spec.ports[0].port invalid"]) { $0.spec?.ports?[0].port = 0 },
        .init("protocol enum", ["spec.ports[0].protocol notSupported"]) { $0.spec?.ports?[0].protocol = "HTTP" },
        .init("targetPort name", ["spec.ports[0].targetPort invalid"]) { $0.spec?.ports?[0].targetPort = "Web_Port" },
        .init("targetPort number", ["spec.ports[0].targetPort invalid"]) { $0.spec?.ports?[0].targetPort = 70000 },
        .init("nodePort needs NodePort type", ["spec.ports[0].nodePort forbidden"]) { $0.spec?.ports?[0].nodePort = 30080 },
        .init("nodePort with NodePort type", []) {
            $0.spec?.type = .nodePort
            $0.spec?.externalTrafficPolicy = .cluster
            $0.spec?.ports?[0].nodePort = 30080
        },
        .init("type enum", ["spec.type notSupported"]) { $0.spec?.type = "Ingress" },
        .init("ExternalName needs a name", ["spec.externalName required"]) {
            $0.spec?.type = .externalName
            $0.spec?.ports = []
        },
        .init("clusterIP syntax", ["spec.clusterIP invalid"]) { $0.spec?.clusterIP = "10.0.0" },
        .init("clusterIPs start with clusterIP", ["spec.clusterIPs invalid"]) {
            $0.spec?.clusterIP = "127.96.0.10"
            $0.spec?.clusterIPs = ["127.96.0.11"]
        },
        .init("IPv6 cluster IP", []) {
            $0.spec?.clusterIP = "fd00::a"
            $0.spec?.clusterIPs = ["fd00::a"]
        },
        .init("selector labels", ["spec.selector invalid"]) { $0.spec?.selector = ["app": "my app"] },
        .init("sessionAffinity enum", ["spec.sessionAffinity notSupported"]) { $0.spec?.sessionAffinity = "Sticky" },
        .init("externalTrafficPolicy only for node ports", ["spec.externalTrafficPolicy invalid"]) {
            $0.spec?.externalTrafficPolicy = .local
        },
    ]

    @Test(arguments: serviceCases)
    func invalidServices(_ testCase: ValidationCase<Service>) {
        #expect(testCase.errors(applyingTo: Self.service) == testCase.expected)
    }

    @Test func clusterIPIsImmutableOnceSet() {
        var unallocated = Self.service
        unallocated.spec?.clusterIP = nil
        var allocated = unallocated
        allocated.spec?.clusterIP = "127.96.0.10"
        allocated.spec?.clusterIPs = ["127.96.0.10"]
        #expect(allocated.validateUpdate(from: unallocated).isEmpty)
        var changed = allocated
        changed.spec?.clusterIP = "127.96.0.11"
        changed.spec?.clusterIPs = ["127.96.0.11"]
        #expect(summarize(changed.validateUpdate(from: allocated)) == ["spec.clusterIP invalid", "spec.clusterIPs[0] invalid"])
        #expect(changed.validateUpdate(from: allocated).first?.detail == "field is immutable")
    }

    static let node = Node(
        metadata: ObjectMeta(name: "node-1"),
        spec: NodeSpec(podCIDR: "127.244.1.0/24", podCIDRs: ["127.244.1.0/24"], providerID: "skiff://node-1"))

    static let nodeCases: [ValidationCase<Node>] = [
        .init("valid", []) { _ in },
        .init("cluster-scoped", ["metadata.namespace forbidden"]) { $0.metadata.namespace = "default" },
        .init("podCIDR syntax", ["spec.podCIDR invalid"]) { $0.spec?.podCIDR = "127.244.1.0" },
        .init("taint effect", ["spec.taints[0].effect notSupported"]) { $0.spec?.taints = [Taint(key: "k", effect: "Never")] },
        .init("taint key", ["spec.taints[0].key invalid"]) { $0.spec?.taints = [Taint(key: "", effect: .noSchedule)] },
        .init("taints unique by key and effect", ["spec.taints[1] duplicate"]) {
            $0.spec?.taints = [Taint(key: "k", value: "a", effect: .noSchedule), Taint(key: "k", value: "b", effect: .noSchedule)]
        },
        .init("same key, other effect", []) {
            $0.spec?.taints = [Taint(key: "k", effect: .noSchedule), Taint(key: "k", effect: .noExecute)]
        },
    ]

    @Test(arguments: nodeCases)
    func invalidNodes(_ testCase: ValidationCase<Node>) {
        #expect(testCase.errors(applyingTo: Self.node) == testCase.expected)
    }

    @Test func nodeUpdates() {
        var unassigned = Self.node
        unassigned.spec = NodeSpec()
        #expect(Self.node.validateUpdate(from: unassigned).isEmpty)
        var changed = Self.node
        changed.spec?.podCIDR = "127.244.2.0/24"
        changed.spec?.podCIDRs = ["127.244.2.0/24"]
        changed.spec?.providerID = "skiff://other"
        changed.spec?.unschedulable = true
        #expect(summarize(changed.validateUpdate(from: Self.node)) == ["spec.podCIDR forbidden", "spec.podCIDRs forbidden", "spec.providerID forbidden"])
    }

    static let namespaceCases: [ValidationCase<Namespace>] = [
        .init("valid", []) { _ in },
        .init("name is a DNS label", ["metadata.name invalid"]) { $0.metadata.name = "team.a" },
        .init("cluster-scoped", ["metadata.namespace forbidden"]) { $0.metadata.namespace = "default" },
        .init("phase enum", ["status.phase notSupported"]) { $0.status = NamespaceStatus(phase: "Gone") },
        .init("finalizer syntax", ["spec.finalizers[0] invalid"]) { $0.spec = NamespaceSpec(finalizers: ["a b"]) },
    ]

    @Test(arguments: namespaceCases)
    func invalidNamespaces(_ testCase: ValidationCase<Namespace>) {
        #expect(testCase.errors(applyingTo: Namespace(metadata: ObjectMeta(name: "team-a"))) == testCase.expected)
    }

    static let configMapCases: [ValidationCase<ConfigMap>] = [
        .init("valid", []) { _ in },
        .init("key syntax", ["data[bad key] invalid"]) { $0.data = ["bad key": "x"] },
        .init("key not ..", ["data[..] invalid"]) { $0.data = ["..": "x"] },
        .init("binary key not also in data", ["binaryData[app.conf] invalid"]) { $0.binaryData = ["app.conf": "eA=="] },
        .init("binary data is base64", ["binaryData[blob] invalid"]) { $0.binaryData = ["blob": "not base64!"] },
        .init("at most 1 MiB", ["data tooLong"]) { $0.data = ["big": String(repeating: "x", count: 1024 * 1024)] },
    ]

    @Test(arguments: configMapCases)
    func invalidConfigMaps(_ testCase: ValidationCase<ConfigMap>) {
        let valid = ConfigMap(metadata: ObjectMeta(name: "config", namespace: "default"), data: ["app.conf": "debug=true"])
        #expect(testCase.errors(applyingTo: valid) == testCase.expected)
    }

    @Test func immutableConfigMap() {
        let old = ConfigMap(metadata: ObjectMeta(name: "config", namespace: "default"), immutable: true, data: ["a": "1"])
        var new = old
        new.metadata.labels = ["x": "y"]
        #expect(new.validateUpdate(from: old).isEmpty)
        new.data = ["a": "2"]
        new.immutable = false
        #expect(summarize(new.validateUpdate(from: old)) == ["immutable forbidden", "data forbidden"])
        var mutable = old
        mutable.immutable = nil
        var changed = mutable
        changed.data = ["a": "2"]
        #expect(changed.validateUpdate(from: mutable).isEmpty)
    }

    static let secretCases: [ValidationCase<Secret>] = [
        .init("valid", []) { _ in },
        .init("key syntax", ["data[a/b] invalid"]) { $0.data = ["a/b": "eA=="] },
        .init("data is base64", ["data[password] invalid"]) { $0.data = ["password": "%%%"] },
        .init("tls needs its keys", ["data[tls.crt] required", "data[tls.key] required"]) { $0.type = .tls },
        .init("basic-auth needs a key", ["data[username] required", "data[password] required"]) { $0.type = .basicAuth },
        .init("custom types are fine", []) { $0.type = "example.com/token" },
        .init("service account token names its account", ["metadata.annotations[kubernetes.io/service-account.name] required"]) {
            $0.type = .serviceAccountToken
        },
    ]

    @Test(arguments: secretCases)
    func invalidSecrets(_ testCase: ValidationCase<Secret>) {
        var valid = Secret(metadata: ObjectMeta(name: "creds", namespace: "default"), stringData: ["user": "admin"])
        valid.applyDefaults()
        #expect(testCase.errors(applyingTo: valid) == testCase.expected)
    }

    @Test func secretUpdates() {
        var old = Secret(metadata: ObjectMeta(name: "creds", namespace: "default"), immutable: true, data: ["a": "eA=="])
        old.applyDefaults()
        var new = old
        new.data = ["a": "eQ=="]
        new.type = .tls
        #expect(summarize(new.validateUpdate(from: old)) == ["type invalid", "data forbidden"])
    }

    @Test func otherKinds() {
        let lease = Lease(metadata: ObjectMeta(name: "node-1", namespace: "kube-node-lease"), spec: LeaseSpec(leaseDurationSeconds: 0, leaseTransitions: -1))
        #expect(summarize(lease.validate()) == ["spec.leaseDurationSeconds invalid", "spec.leaseTransitions invalid"])

        let binding = Binding(metadata: ObjectMeta(name: "web", namespace: "default"), target: ObjectReference(kind: "Pod"))
        #expect(summarize(binding.validate()) == ["target.kind notSupported", "target.name required"])

        let endpoints = Endpoints(metadata: ObjectMeta(name: "web", namespace: "default"), subsets: [
            EndpointSubset(addresses: [EndpointAddress(ip: "300.1.1.1")], ports: [EndpointPort(port: 80), EndpointPort(port: 81)]),
            EndpointSubset(),
        ])
        #expect(summarize(endpoints.validate()) == [
            "subsets[0].addresses[0].ip invalid", "subsets[0].ports[0].name required", "subsets[0].ports[1].name required",
            "subsets[1].addresses required", "subsets[1].ports required",
        ])

        let event = Event(metadata: ObjectMeta(name: "web.1", namespace: "default"), involvedObject: ObjectReference(kind: "Pod", namespace: "other", name: "web"))
        #expect(summarize(event.validate()) == ["involvedObject.namespace invalid"])
        let newStyle = Event(metadata: ObjectMeta(name: "web.2", namespace: "default"), involvedObject: ObjectReference(kind: "Pod", namespace: "default", name: "web"), eventTime: MicroTime(Date()))
        #expect(summarize(newStyle.validate()) == ["reportingComponent required", "reportingInstance required", "action required", "reason required"])

        let quota = ResourceQuota(metadata: ObjectMeta(name: "q", namespace: "default"), spec: ResourceQuotaSpec(hard: ["pods": "10", "bad key": "1"], scopes: ["Forever"]))
        #expect(summarize(quota.validate()) == ["spec.hard[bad key] invalid", "spec.scopes[0] notSupported"])

        let scale = Scale(metadata: ObjectMeta(name: "web", namespace: "default"), spec: ScaleSpec(replicas: -1))
        #expect(summarize(scale.validate()) == ["spec.replicas invalid"])

        let account = ServiceAccount(metadata: ObjectMeta(name: "builder", namespace: "default"))
        #expect(account.validate().isEmpty)
    }

    @Test func metadataUpdates() {
        let old = ConfigMap(metadata: ObjectMeta(name: "config", namespace: "default", uid: "u1", creationTimestamp: Time(Date(timeIntervalSince1970: 1_700_000_000))))
        var new = old
        new.metadata.name = "other"
        new.metadata.namespace = "kube-system"
        new.metadata.uid = "u2"
        new.metadata.creationTimestamp = nil
        #expect(summarize(new.validateUpdate(from: old)) == [
            "metadata.name invalid", "metadata.namespace invalid", "metadata.uid invalid", "metadata.creationTimestamp invalid",
        ])
    }
}
