import Foundation
import Testing
@testable import SkiffAPI

/// The kinds outside the Pod and workload trees: each decoded from a document that sets every
/// modeled field, then written by both paths.
extension JSONWritableTests {
    @Test func fullyPopulatedNode() throws {
        _ = try Self.expectFullyPopulated(Node.self, KindDocuments.node)
    }

    @Test func fullyPopulatedEvent() throws {
        _ = try Self.expectFullyPopulated(Event.self, KindDocuments.event)
    }

    @Test func fullyPopulatedLease() throws {
        _ = try Self.expectFullyPopulated(Lease.self, KindDocuments.lease)
    }

    @Test func fullyPopulatedBinding() throws {
        _ = try Self.expectFullyPopulated(Binding.self, KindDocuments.binding)
    }

    @Test func fullyPopulatedNamespace() throws {
        _ = try Self.expectFullyPopulated(Namespace.self, KindDocuments.namespace)
    }

    @Test func fullyPopulatedConfigMap() throws {
        _ = try Self.expectFullyPopulated(ConfigMap.self, KindDocuments.configMap)
    }

    @Test func fullyPopulatedSecret() throws {
        _ = try Self.expectFullyPopulated(Secret.self, KindDocuments.secret)
    }

    @Test func fullyPopulatedService() throws {
        _ = try Self.expectFullyPopulated(Service.self, KindDocuments.service)
    }

    @Test func fullyPopulatedEndpoints() throws {
        _ = try Self.expectFullyPopulated(Endpoints.self, KindDocuments.endpoints)
    }

    @Test func fullyPopulatedServiceAccount() throws {
        _ = try Self.expectFullyPopulated(ServiceAccount.self, KindDocuments.serviceAccount)
    }

    @Test func fullyPopulatedResourceQuota() throws {
        _ = try Self.expectFullyPopulated(ResourceQuota.self, KindDocuments.resourceQuota)
    }

    @Test func fullyPopulatedPriorityClass() throws {
        _ = try Self.expectFullyPopulated(PriorityClass.self, KindDocuments.priorityClass)
    }

    @Test func fullyPopulatedScale() throws {
        _ = try Self.expectFullyPopulated(Scale.self, KindDocuments.scale)
    }

    @Test func fullyPopulatedNodeMetrics() throws {
        _ = try Self.expectFullyPopulated(NodeMetrics.self, KindDocuments.nodeMetrics)
    }

    @Test func fullyPopulatedPodMetrics() throws {
        _ = try Self.expectFullyPopulated(PodMetrics.self, KindDocuments.podMetrics)
    }

    @Test func fullyPopulatedStatus() throws {
        _ = try Self.expectFullyPopulated(Status.self, KindDocuments.status)
        try Self.expectSameBytes(Status.notFound(resource: "pods", name: "web \"1\""))
        try Self.expectSameBytes(Status.invalid(kind: "Pod", name: "x", causes: [.required("spec.containers"), .invalid("metadata.name", value: "A", "bad")]))
    }

    @Test func unknownMembersAtEveryLevelGoThroughCodable() throws {
        let node = try JSONCodec.decode(Node.self, from: Array(#"""
            {"kind":"Node","zeta":{"nested":[1,2,{"deep":null}]},"metadata":{"name":"n","extra":1.5},
             "spec":{"unschedulable":false,"configSource":{"x":1},"taints":[{"key":"k","effect":"NoExecute","future":"y"}]},
             "status":{"phase":"Running","daemonEndpoints":{"kubeletEndpoint":{"Port":10250,"port":"dup"}},
              "nodeInfo":{"machineID":"m","systemUUID":"s","bootID":"b","kernelVersion":"k","osImage":"o",
               "containerRuntimeVersion":"c","kubeletVersion":"v","kubeProxyVersion":"p","operatingSystem":"linux",
               "architecture":"amd64","swap":{"capacity":0}},"images":[{"names":["a"],"sizeBytes":12}]}}
            """#.utf8))
        #expect(node.unknownFields?.keys == ["zeta"])
        #expect(node.spec?.taints?[0].unknownFields?.keys == ["future"])
        #expect(node.status?.nodeInfo?.unknownFields?.keys == ["swap"])
        try Self.expectSameBytes(node)
        // Only a nested value keeps unknown members: the objects around it still write themselves.
        var quiet = node
        quiet.unknownFields = nil
        quiet.metadata.unknownFields = nil
        quiet.status?.unknownFields = nil
        try Self.expectSameBytes(quiet)
        #expect(String(decoding: try JSONCodec.encode(quiet), as: UTF8.self).contains(#""taints":[{"key":"k","effect":"NoExecute","future":"y"}]"#))

        let service = try JSONCodec.decode(Service.self, from: Array(#"""
            {"metadata":{"name":"s"},"spec":{"ports":[{"port":80},{"port":81,"hostPort":1}],"healthCheckNodePort":3},
             "status":{"loadBalancer":{"ingress":[{"ip":"1.2.3.4","ports":[{"port":80}]}]},"conditions":[]}}
            """#.utf8))
        try Self.expectSameBytes(service)

        let event = try JSONCodec.decode(Event.self, from: Array(#"""
            {"metadata":{"name":"e"},"involvedObject":{"kind":"Pod","name":"p","extra":true},
             "series":{"count":2,"state":"Ongoing"},"source":{"component":"c"},"deprecatedCount":1}
            """#.utf8))
        try Self.expectSameBytes(event)

        let endpoints = try JSONCodec.decode(Endpoints.self, from: Array(#"""
            {"metadata":{"name":"e"},"subsets":[{"addresses":[{"ip":"1.2.3.4","targetRef":{"name":"p","x":1},"zone":"a"}],
             "ports":[{"port":80,"hint":"h"}]}]}
            """#.utf8))
        try Self.expectSameBytes(endpoints)

        let quota = try JSONCodec.decode(ResourceQuota.self, from: Array(#"""
            {"metadata":{"name":"q"},"spec":{"scopeSelector":{"matchExpressions":[{"scopeName":"BestEffort","operator":"Exists","w":0}]}},
             "status":{"hard":{},"used":{"pods":"1"},"extra":[]}}
            """#.utf8))
        try Self.expectSameBytes(quota)

        let others: [(any Codable.Type, String)] = [
            (Lease.self, #"{"metadata":{"name":"l"},"spec":{"holderIdentity":"h","x":1}}"#),
            (Namespace.self, #"{"metadata":{"name":"n"},"spec":{"finalizers":[],"y":2},"status":{"phase":"Active","conditions":[]}}"#),
            (Scale.self, #"{"metadata":{"name":"s"},"spec":{"replicas":1},"status":{"replicas":1,"targetSelector":"x"}}"#),
            (ServiceAccount.self, #"{"metadata":{"name":"sa"},"imagePullSecrets":[{"name":"r","x":1}],"y":true}"#),
            (ConfigMap.self, #"{"metadata":{"name":"c"},"data":{"b":"1","a":"2"},"z":null}"#),
            (Secret.self, #"{"metadata":{"name":"s","q":1},"type":"Opaque"}"#),
            (PriorityClass.self, #"{"metadata":{"name":"p"},"value":1,"x":{}}"#),
            (Binding.self, #"{"metadata":{"name":"b"},"target":{"kind":"Node","name":"n","x":[]}}"#),
        ]
        for (type, json) in others {
            try expectDecodedSameBytes(type, json)
        }
    }

    private func expectDecodedSameBytes<T: Codable>(
        _ type: T.Type, _ json: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try Self.expectSameBytes(try JSONCodec.decode(type, from: Array(json.utf8)), sourceLocation: sourceLocation)
    }

    @Test func emptyCollectionsAreWrittenAsCodableWritesThem() throws {
        let node = try JSONCodec.decode(Node.self, from: Array(#"""
            {"metadata":{"labels":{},"annotations":{},"ownerReferences":[],"finalizers":[]},
             "spec":{"podCIDRs":[],"taints":[]},
             "status":{"capacity":{},"allocatable":{},"conditions":[],"addresses":[],"daemonEndpoints":{}}}
            """#.utf8))
        try Self.expectSameBytes(node)
        try Self.expectSameBytes(Node(spec: NodeSpec(), status: NodeStatus()))

        let service = try JSONCodec.decode(Service.self, from: Array(#"""
            {"metadata":{},"spec":{"ports":[],"selector":{},"clusterIPs":[],"externalIPs":[],"ipFamilies":[]},
             "status":{"loadBalancer":{"ingress":[]}}}
            """#.utf8))
        try Self.expectSameBytes(service)

        let endpoints = try JSONCodec.decode(Endpoints.self, from: Array(#"""
            {"metadata":{},"subsets":[{"addresses":[],"notReadyAddresses":[],"ports":[]},{}]}
            """#.utf8))
        try Self.expectSameBytes(endpoints)
        try Self.expectSameBytes(Endpoints(subsets: []))

        let quota = try JSONCodec.decode(ResourceQuota.self, from: Array(#"""
            {"metadata":{},"spec":{"hard":{},"scopes":[],"scopeSelector":{"matchExpressions":[{"scopeName":"BestEffort","operator":"Exists","values":[]}]}},
             "status":{"hard":{},"used":{}}}
            """#.utf8))
        try Self.expectSameBytes(quota)

        try Self.expectSameBytes(ServiceAccount(secrets: [], imagePullSecrets: []))
        try Self.expectSameBytes(ConfigMap(data: [:], binaryData: [:]))
        try Self.expectSameBytes(Secret(data: [:], stringData: [:]))
        try Self.expectSameBytes(Namespace(spec: NamespaceSpec(finalizers: []), status: NamespaceStatus()))
        try Self.expectSameBytes(Event(source: EventSource(), series: EventSeries()))
        try Self.expectSameBytes(Lease(spec: LeaseSpec()))
        try Self.expectSameBytes(Scale(spec: ScaleSpec(), status: ScaleStatus()))
        try Self.expectSameBytes(Binding())
        try Self.expectSameBytes(PriorityClass())
        try Self.expectSameBytes(NodeMetrics(metadata: ObjectMeta(), timestamp: Time(Date(timeIntervalSince1970: 0)), window: "", usage: [:]))
        try Self.expectSameBytes(PodMetrics(metadata: ObjectMeta(), timestamp: Time(Date(timeIntervalSince1970: 0)), window: "", containers: []))
        try Self.expectSameBytes(PodMetrics(
            metadata: ObjectMeta(name: "p"), timestamp: Time(Date(timeIntervalSince1970: 0)), window: "1s",
            containers: [ContainerMetrics(name: "c", usage: [:])]
        ))
        var status = Status.badRequest("bad")
        status.details = StatusDetails(causes: [])
        status.metadata = ListMeta()
        try Self.expectSameBytes(status)
        status.metadata = nil
        status.details = StatusDetails()
        try Self.expectSameBytes(status)
        try Self.expectSameBytes(ListMeta())
    }

    @Test func listsOfNodesWriteTheirItemsThemselves() throws {
        let full = try JSONCodec.decode(Node.self, from: Array(#"""
            {"apiVersion":"v1","kind":"Node","metadata":\#(KindDocuments.fullMetadata),
             "spec":{"podCIDR":"10.244.1.0/24","taints":[{"key":"k","value":"v\n","effect":"NoSchedule","timeAdded":"2026-01-02T03:04:05Z"}]},
             "status":{"capacity":{"memory":"8Gi","cpu":4},"conditions":[{"type":"Ready","status":"True"}],
              "daemonEndpoints":{"kubeletEndpoint":{"Port":10250}}}}
            """#.utf8))
        let withUnknowns = try JSONCodec.decode(Node.self, from: Array(#"""
            {"metadata":{"name":"n2"},"spec":{"taints":[{"key":"k","effect":"NoSchedule","x":1}]},"y":"z"}
            """#.utf8))
        for list in [
            ObjectList(items: [full, withUnknowns, Node()], metadata: ListMeta(resourceVersion: "42", continue: "t\"ok", remainingItemCount: 3)),
            ObjectList<Node>(items: []),
        ] {
            let fast = try JSONCodec.encode(list)
            let codable = try JSONCodec.encodeWithCodable(list, pretty: false)
            #expect(String(decoding: fast, as: UTF8.self) == String(decoding: codable, as: UTF8.self))
        }
    }
}

/// Documents of the kinds above in which every modeled field is set, shared by the writer and
/// reader tests.
enum KindDocuments {
    /// Every `ObjectMeta` field, with map keys out of order and strings that need escaping.
    static let fullMetadata = #"""
        {"name":"web-1","generateName":"web-","namespace":"default","uid":"8d1c-42","resourceVersion":"1042",
         "generation":7,"creationTimestamp":"2026-01-02T03:04:05Z","deletionTimestamp":"2026-01-02T03:05:05Z",
         "deletionGracePeriodSeconds":30,"labels":{"tier":"front","app":"web","a.b/c":"x\"y"},
         "annotations":{"zeta":"line\nbreak","alpha":"tab\tand \\ and \u0001 and é"},
         "ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"web","uid":"u-1","controller":true,"blockOwnerDeletion":false}],
         "finalizers":["example.com/keep","kubernetes"]}
        """#

    /// Every `ObjectReference` field.
    static let fullReference = #"""
        {"kind":"Pod","namespace":"default","name":"web-1","uid":"8d1c-42","apiVersion":"v1","resourceVersion":"1042",
         "fieldPath":"spec.containers{app \"main\"}"}
        """#

    static let node = #"""
        {"apiVersion":"v1","kind":"Node","metadata":\#(fullMetadata),
         "spec":{"podCIDR":"10.244.1.0/24","podCIDRs":["10.244.1.0/24","fd00:1::/64"],"providerID":"skiff://node-1",
          "unschedulable":true,"taints":[
           {"key":"dedicated","value":"gpu \"a100\"","effect":"NoSchedule","timeAdded":"2026-01-02T03:04:05Z"},
           {"key":"node.kubernetes.io/unreachable","value":"","effect":"Custom\\Effect","timeAdded":"2026-01-02T03:04:06Z"}]},
         "status":{"capacity":{"pods":"110","memory":"8Gi","cpu":4,"ephemeral-storage":"1e3"},
          "allocatable":{"memory":"7680Mi","cpu":"3900m","pods":110},
          "conditions":[
           {"type":"Ready","status":"True","lastHeartbeatTime":"2026-01-02T03:04:05Z","lastTransitionTime":"2026-01-02T03:00:00Z",
            "reason":"KubeletReady","message":"kubelet is posting ready status\n"},
           {"type":"Custom\tType","status":"Unknown","lastHeartbeatTime":"2026-01-02T03:04:05Z","lastTransitionTime":"2026-01-02T03:00:00Z",
            "reason":"NodeStatusUnknown","message":"\"quoted\""}],
          "addresses":[{"type":"InternalIP","address":"10.0.0.1"},{"type":"Hostname","address":"node-1"}],
          "daemonEndpoints":{"kubeletEndpoint":{"Port":10250}},
          "nodeInfo":{"machineID":"m","systemUUID":"s","bootID":"b","kernelVersion":"6.1.0","osImage":"Debian \"12\"",
           "containerRuntimeVersion":"skiff://1.0","kubeletVersion":"v1.33.0","kubeProxyVersion":"v1.33.0",
           "operatingSystem":"linux","architecture":"arm64"}}}
        """#

    static let event = #"""
        {"apiVersion":"v1","kind":"Event","metadata":\#(fullMetadata),"involvedObject":\#(fullReference),
         "reason":"BackOff","message":"Back-off restarting \"main\"\n","source":{"component":"kubelet","host":"node-1"},
         "firstTimestamp":"2026-01-02T03:04:05Z","lastTimestamp":"2026-01-02T03:14:05Z","count":12,"type":"Warning",
         "eventTime":"2026-01-02T03:04:05.123456Z","series":{"count":3,"lastObservedTime":"2026-01-02T03:14:05.000001Z"},
         "action":"Restarting","related":\#(fullReference),"reportingComponent":"kubernetes.io/kubelet",
         "reportingInstance":"kubelet-node-1"}
        """#

    static let lease = #"""
        {"apiVersion":"coordination.k8s.io/v1","kind":"Lease","metadata":\#(fullMetadata),
         "spec":{"holderIdentity":"node-1","leaseDurationSeconds":40,"acquireTime":"2026-01-02T03:04:05.5Z",
          "renewTime":"2026-01-02T03:04:45.250000Z","leaseTransitions":2,"strategy":"OldestEmulationVersion",
          "preferredHolder":"node-\"2\""}}
        """#

    static let binding = #"""
        {"apiVersion":"v1","kind":"Binding","metadata":\#(fullMetadata),"target":\#(fullReference)}
        """#

    static let namespace = #"""
        {"apiVersion":"v1","kind":"Namespace","metadata":\#(fullMetadata),
         "spec":{"finalizers":["kubernetes","example.com/\"x\""]},"status":{"phase":"Terminating"}}
        """#

    static let configMap = #"""
        {"apiVersion":"v1","kind":"ConfigMap","metadata":\#(fullMetadata),"immutable":false,
         "data":{"z.conf":"a = 1\nb = \"two\"\n","a.conf":"\\path","m":""},
         "binaryData":{"logo.png":"iVBORw0KGgo=","blob":"AAEC/w=="}}
        """#

    static let secret = #"""
        {"apiVersion":"v1","kind":"Secret","metadata":\#(fullMetadata),"immutable":true,
         "data":{"tls.key":"c2VjcmV0","tls.crt":"Y2VydA==","ca.crt":"+/8="},
         "stringData":{"password":"p\"w\\d","user":"admin\n"},"type":"kubernetes.io/tls"}
        """#

    static let service = #"""
        {"apiVersion":"v1","kind":"Service","metadata":\#(fullMetadata),
         "spec":{"ports":[
           {"name":"http","protocol":"TCP","appProtocol":"kubernetes.io/h2c","port":80,"targetPort":8080,"nodePort":30080},
           {"name":"metrics \"m\"","protocol":"UDP","appProtocol":"custom","port":9090,"targetPort":"metrics","nodePort":30090}],
          "selector":{"tier":"front","app":"web"},"clusterIP":"10.96.0.10","clusterIPs":["10.96.0.10","fd00::a"],
          "type":"LoadBalancer","externalIPs":["203.0.113.7"],"sessionAffinity":"ClientIP","loadBalancerIP":"203.0.113.8",
          "externalName":"web.example.com","externalTrafficPolicy":"Local","publishNotReadyAddresses":true,
          "ipFamilies":["IPv4","IPv6"],"ipFamilyPolicy":"PreferDualStack","internalTrafficPolicy":"Cluster"},
         "status":{"loadBalancer":{"ingress":[{"ip":"203.0.113.8","hostname":"lb.example.com","ipMode":"VIP"}]}}}
        """#

    static let endpoints = #"""
        {"apiVersion":"v1","kind":"Endpoints","metadata":\#(fullMetadata),
         "subsets":[{
           "addresses":[{"ip":"10.244.1.5","hostname":"web-1","nodeName":"node-1","targetRef":\#(fullReference)}],
           "notReadyAddresses":[{"ip":"10.244.1.6","hostname":"web-2","nodeName":"node-\"2\"","targetRef":\#(fullReference)}],
           "ports":[{"name":"http","port":8080,"protocol":"TCP","appProtocol":"http"},
                    {"name":"dns","port":53,"protocol":"UDP","appProtocol":"dns\tx"}]}]}
        """#

    static let serviceAccount = #"""
        {"apiVersion":"v1","kind":"ServiceAccount","metadata":\#(fullMetadata),
         "secrets":[\#(fullReference),\#(fullReference)],"imagePullSecrets":[{"name":"registry \"key\""}],
         "automountServiceAccountToken":false}
        """#

    static let resourceQuota = #"""
        {"apiVersion":"v1","kind":"ResourceQuota","metadata":\#(fullMetadata),
         "spec":{"hard":{"pods":"10","requests.memory":"1Gi","limits.cpu":"4","count/configmaps":5},
          "scopes":["NotTerminating","BestEffort","Custom\"Scope"],
          "scopeSelector":{"matchExpressions":[{"scopeName":"PriorityClass","operator":"In","values":["high","low"]}]}},
         "status":{"hard":{"pods":"10","limits.cpu":"4"},"used":{"pods":"3","limits.cpu":"1500m"}}}
        """#

    static let priorityClass = #"""
        {"apiVersion":"scheduling.k8s.io/v1","kind":"PriorityClass","metadata":\#(fullMetadata),"value":1000000,
         "globalDefault":true,"description":"For \"important\" pods.\nSecond line.","preemptionPolicy":"Never"}
        """#

    static let scale = #"""
        {"apiVersion":"autoscaling/v1","kind":"Scale","metadata":\#(fullMetadata),"spec":{"replicas":5},
         "status":{"replicas":3,"selector":"app=web,tier in (a,\"b\")"}}
        """#

    static let nodeMetrics = #"""
        {"apiVersion":"metrics.k8s.io/v1beta1","kind":"NodeMetrics","metadata":\#(fullMetadata),
         "timestamp":"2026-01-02T03:04:05Z","window":"10.5s","usage":{"memory":"34Mi","cpu":"12m","ephemeral-storage":1024}}
        """#

    static let podMetrics = #"""
        {"apiVersion":"metrics.k8s.io/v1beta1","kind":"PodMetrics","metadata":\#(fullMetadata),
         "timestamp":"2026-01-02T03:04:05Z","window":"10.5s",
         "containers":[{"name":"main","usage":{"memory":"34Mi","cpu":"12m"}},{"name":"side \"car\"","usage":{"memory":"1000","cpu":"1"}}]}
        """#

    static let status = #"""
        {"kind":"Status","apiVersion":"v1","metadata":{"resourceVersion":"1042","continue":"eyJ2IjoxfQ==","remainingItemCount":17},
         "status":"Failure","message":"Pod \"web-1\" is invalid: spec.containers[0].name: Required value\n",
         "reason":"Invalid","details":{"name":"web-1","group":"","kind":"Pod","uid":"8d1c-42",
          "causes":[{"reason":"FieldValueRequired","message":"Required value","field":"spec.containers[0].name"},
                    {"reason":"FieldValueInvalid","message":"Invalid value: \"a\\b\"","field":"metadata.labels[x]"}],
          "retryAfterSeconds":3},"code":422}
        """#
}
