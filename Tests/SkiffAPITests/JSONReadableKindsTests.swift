import Foundation
import Testing
@testable import SkiffAPI

/// The kinds outside the Pod and workload trees, read by their `JSONReadable` conformances and
/// checked against the Codable path.
extension JSONReadableTests {
    @Test func fullyPopulatedKindsReadThemselves() throws {
        try Self.expectSameValue(Node.self, KindDocuments.node)
        try Self.expectSameValue(Event.self, KindDocuments.event)
        try Self.expectSameValue(Lease.self, KindDocuments.lease)
        try Self.expectSameValue(Binding.self, KindDocuments.binding)
        try Self.expectSameValue(Namespace.self, KindDocuments.namespace)
        try Self.expectSameValue(ConfigMap.self, KindDocuments.configMap)
        try Self.expectSameValue(Secret.self, KindDocuments.secret)
        try Self.expectSameValue(Service.self, KindDocuments.service)
        try Self.expectSameValue(Endpoints.self, KindDocuments.endpoints)
        try Self.expectSameValue(ServiceAccount.self, KindDocuments.serviceAccount)
        try Self.expectSameValue(ResourceQuota.self, KindDocuments.resourceQuota)
        try Self.expectSameValue(PriorityClass.self, KindDocuments.priorityClass)
        try Self.expectSameValue(Scale.self, KindDocuments.scale)
        try Self.expectSameValue(NodeMetrics.self, KindDocuments.nodeMetrics)
        try Self.expectSameValue(PodMetrics.self, KindDocuments.podMetrics)
        try Self.expectSameValue(Status.self, KindDocuments.status)
    }

    @Test func kindsKeepUnknownMembersAtEveryLevel() throws {
        let node = try Self.expectSameValue(Node.self, #"""
            {"kind":"Node","zeta":{"nested":[1,2,{"deep":null}]},"metadata":{"name":"n","extra":1.5},
             "spec":{"unschedulable":false,"configSource":{"x":1},"taints":[{"key":"k","effect":"NoExecute","future":"y"}]},
             "status":{"phase":"Running","conditions":[{"type":"Ready","status":"True","probe":1}],
              "addresses":[{"type":"Hostname","address":"n","zone":"a"}],
              "daemonEndpoints":{"kubeletEndpoint":{"Port":10250,"port":"dup"},"other":{}},
              "nodeInfo":{"machineID":"m","systemUUID":"s","bootID":"b","kernelVersion":"k","osImage":"o",
               "containerRuntimeVersion":"c","kubeletVersion":"v","kubeProxyVersion":"p","operatingSystem":"linux",
               "architecture":"amd64","swap":{"capacity":0}},"images":[{"names":["a"],"sizeBytes":12}]},"unknownFields":7}
            """#)
        #expect(node.unknownFields?.keys == ["zeta", "unknownFields"])
        #expect(node.metadata.unknownFields?.keys == ["extra"])
        #expect(node.spec?.unknownFields?.keys == ["configSource"])
        #expect(node.spec?.taints?[0].unknownFields?.keys == ["future"])
        #expect(node.status?.unknownFields?.keys == ["phase", "images"])
        #expect(node.status?.conditions?[0].unknownFields?.keys == ["probe"])
        #expect(node.status?.addresses?[0].unknownFields?.keys == ["zone"])
        #expect(node.status?.daemonEndpoints?.unknownFields?.keys == ["other"])
        #expect(node.status?.daemonEndpoints?.kubeletEndpoint?.unknownFields?.keys == ["port"])
        #expect(node.status?.nodeInfo?.unknownFields?.keys == ["swap"])

        let service = try Self.expectSameValue(Service.self, #"""
            {"metadata":{"name":"s"},"spec":{"ports":[{"port":80},{"port":81,"hostPort":1}],"healthCheckNodePort":3},
             "status":{"loadBalancer":{"ingress":[{"ip":"1.2.3.4","ports":[{"port":80}]}],"x":0},"conditions":[]}}
            """#)
        #expect(service.spec?.ports?[1].unknownFields?.keys == ["hostPort"])
        #expect(service.status?.loadBalancer?.ingress?[0].unknownFields?.keys == ["ports"])
        #expect(service.status?.loadBalancer?.unknownFields?.keys == ["x"])

        let event = try Self.expectSameValue(Event.self, #"""
            {"metadata":{"name":"e"},"involvedObject":{"kind":"Pod","name":"p","extra":true},
             "series":{"count":2,"state":"Ongoing"},"source":{"component":"c","zone":"z"},"deprecatedCount":1}
            """#)
        #expect(event.unknownFields?.keys == ["deprecatedCount"])
        #expect(event.involvedObject.unknownFields?.keys == ["extra"])
        #expect(event.series?.unknownFields?.keys == ["state"])
        #expect(event.source?.unknownFields?.keys == ["zone"])
        // As in Go, a missing (or null) involvedObject is its zero value: a watch's bookmark is
        // an Event with nothing but metadata.
        let bookmark = try Self.expectSameValue(Event.self, #"{"metadata":{"resourceVersion":"7"}}"#)
        #expect(bookmark.involvedObject == ObjectReference())
        try Self.expectSameValue(Event.self, #"{"metadata":{},"involvedObject":null}"#)

        let endpoints = try Self.expectSameValue(Endpoints.self, #"""
            {"metadata":{"name":"e"},"subsets":[{"addresses":[{"ip":"1.2.3.4","targetRef":{"name":"p","x":1},"zone":"a"}],
             "ports":[{"port":80,"hint":"h"}],"s":1}]}
            """#)
        #expect(endpoints.subsets?[0].unknownFields?.keys == ["s"])
        #expect(endpoints.subsets?[0].addresses?[0].unknownFields?.keys == ["zone"])
        #expect(endpoints.subsets?[0].addresses?[0].targetRef?.unknownFields?.keys == ["x"])
        #expect(endpoints.subsets?[0].ports?[0].unknownFields?.keys == ["hint"])

        let quota = try Self.expectSameValue(ResourceQuota.self, #"""
            {"metadata":{"name":"q"},"spec":{"scopeSelector":{"matchExpressions":[{"scopeName":"BestEffort","operator":"Exists","w":0}],"v":1},"u":2},
             "status":{"hard":{},"used":{"pods":"1"},"extra":[]}}
            """#)
        #expect(quota.spec?.unknownFields?.keys == ["u"])
        #expect(quota.spec?.scopeSelector?.unknownFields?.keys == ["v"])
        #expect(quota.spec?.scopeSelector?.matchExpressions?[0].unknownFields?.keys == ["w"])
        #expect(quota.status?.unknownFields?.keys == ["extra"])

        try Self.expectSameValue(Lease.self, #"{"metadata":{"name":"l"},"spec":{"holderIdentity":"h","x":1},"y":2}"#)
        try Self.expectSameValue(Namespace.self, #"{"metadata":{"name":"n"},"spec":{"finalizers":[],"y":2},"status":{"phase":"Active","conditions":[]}}"#)
        try Self.expectSameValue(Scale.self, #"{"metadata":{"name":"s"},"spec":{"replicas":1,"z":0},"status":{"replicas":1,"targetSelector":"x"}}"#)
        let account = try Self.expectSameValue(ServiceAccount.self, #"""
            {"metadata":{"name":"sa"},"secrets":[{"name":"t","x":1}],"imagePullSecrets":[{"name":"r","x":1}],"y":true}
            """#)
        #expect(account.imagePullSecrets?[0].unknownFields?.keys == ["x"])
        try Self.expectSameValue(ConfigMap.self, #"{"metadata":{"name":"c"},"data":{"b":"1","a":"2"},"z":null}"#)
        try Self.expectSameValue(Secret.self, #"{"metadata":{"name":"s","q":1},"type":"Opaque","w":[]}"#)
        try Self.expectSameValue(PriorityClass.self, #"{"metadata":{"name":"p"},"value":1,"x":{}}"#)
        try Self.expectSameValue(Binding.self, #"{"metadata":{"name":"b"},"target":{"kind":"Node","name":"n","x":[]},"y":1}"#)
    }

    @Test func typesWithoutUnknownFieldsIgnoreUnknownMembers() throws {
        let status = try Self.expectSameValue(Status.self, #"""
            {"kind":"Status","metadata":{"resourceVersion":"1","selfLink":"/x"},"code":404,"reason":"NotFound",
             "details":{"name":"p","extra":1,"causes":[{"field":"a","type":"x"}]},"x":true}
            """#)
        #expect(status.apiVersion == nil)
        try Self.expectSameValue(NodeMetrics.self, #"""
            {"apiVersion":"metrics.k8s.io/v1beta1","kind":"NodeMetrics","metadata":{"name":"n"},"timestamp":"2026-01-02T03:04:05Z",
             "window":"10s","usage":{"cpu":"1"},"x":1}
            """#)
        try Self.expectSameValue(PodMetrics.self, #"""
            {"apiVersion":"metrics.k8s.io/v1beta1","kind":"PodMetrics","metadata":{"name":"p"},"timestamp":"2026-01-02T03:04:05Z",
             "window":"10s","containers":[{"name":"c","usage":{"cpu":"1"},"x":1}],"y":[]}
            """#)
    }

    @Test func kindsReadNullsWholeFloatsAndEmptyCollections() throws {
        try Self.expectSameValue(Node.self, #"""
            {"apiVersion":null,"kind":null,"metadata":{"name":null},"spec":{"podCIDRs":[],"taints":[],"unschedulable":null},
             "status":{"capacity":{},"allocatable":null,"conditions":[{"type":"Ready","status":"True","reason":null,"lastHeartbeatTime":null}],
              "addresses":[],"daemonEndpoints":{"kubeletEndpoint":{"Port":10250.0}},"nodeInfo":null}}
            """#)
        try Self.expectSameValue(Node.self, #"{"metadata":{},"spec":null,"status":null}"#)
        try Self.expectSameValue(Event.self, #"""
            {"metadata":{},"involvedObject":{"name":null},"count":3.0,"series":{"count":2.0,"lastObservedTime":null},
             "source":{},"type":null,"eventTime":null,"related":null}
            """#)
        try Self.expectSameValue(Lease.self, #"""
            {"metadata":{},"spec":{"leaseDurationSeconds":40.0,"leaseTransitions":-0.0,"acquireTime":null,"holderIdentity":null}}
            """#)
        try Self.expectSameValue(Service.self, #"""
            {"metadata":{},"spec":{"ports":[{"port":80.0,"nodePort":30080.0,"targetPort":null,"protocol":null}],"selector":{},
              "clusterIPs":[],"externalIPs":[],"ipFamilies":[],"type":null},"status":{"loadBalancer":{"ingress":[]}}}
            """#)
        try Self.expectSameValue(Endpoints.self, #"""
            {"metadata":{},"subsets":[{"addresses":[],"notReadyAddresses":[],"ports":[{"port":53.0,"name":null}]},{}]}
            """#)
        try Self.expectSameValue(ResourceQuota.self, #"""
            {"metadata":{},"spec":{"hard":{},"scopes":[],"scopeSelector":{"matchExpressions":[{"scopeName":"BestEffort","operator":"Exists","values":[]}]}},
             "status":{"hard":{},"used":null}}
            """#)
        try Self.expectSameValue(ServiceAccount.self, #"{"metadata":{},"secrets":[],"imagePullSecrets":[],"automountServiceAccountToken":null}"#)
        try Self.expectSameValue(ConfigMap.self, #"{"metadata":{},"data":{},"binaryData":null,"immutable":null}"#)
        try Self.expectSameValue(Secret.self, #"{"metadata":{},"data":{},"stringData":{},"type":null}"#)
        try Self.expectSameValue(Namespace.self, #"{"metadata":{},"spec":{"finalizers":null},"status":{"phase":null}}"#)
        try Self.expectSameValue(PriorityClass.self, #"{"metadata":{},"value":1000000.0,"globalDefault":null,"preemptionPolicy":null}"#)
        try Self.expectSameValue(Scale.self, #"{"metadata":{},"spec":{"replicas":null},"status":{"replicas":3.0,"selector":null}}"#)
        try Self.expectSameValue(Binding.self, #"{"metadata":{},"target":{}}"#)
        try Self.expectSameValue(NodeMetrics.self, #"""
            {"apiVersion":"v","kind":"k","metadata":{},"timestamp":"2026-01-02T03:04:05Z","window":"","usage":{}}
            """#)
        try Self.expectSameValue(PodMetrics.self, #"""
            {"apiVersion":"v","kind":"k","metadata":{},"timestamp":"2026-01-02T03:04:05Z","window":"","containers":[]}
            """#)
        // Members with defaults in Swift are nil when absent, as the synthesized `init(from:)` leaves them.
        let status = try Self.expectSameValue(Status.self, #"{"code":500.0,"details":{"causes":[],"retryAfterSeconds":1.0},"metadata":null}"#)
        #expect(status.kind == nil && status.metadata == nil)
        try Self.expectSameValue(Status.self, #"{}"#)
        try Self.expectSameValue(ListMeta.self, #"{"resourceVersion":null,"continue":"c","remainingItemCount":3.0}"#)
    }

    @Test func listsOfNodesReadTheirItemsThemselves() throws {
        let json = #"""
            {"apiVersion":"v1","kind":"NodeList","metadata":{"resourceVersion":"42","continue":"t"},"items":[
             \#(KindDocuments.node),
             {"metadata":{"name":"n2"},"spec":{"taints":[{"key":"k","effect":"NoSchedule","x":1}]},"y":"z"},
             {"metadata":{},"status":{"capacity":{"cpu":1.5}}}]}
            """#
        let list = try JSONValue(parsing: Array(json.utf8))
        let decoded = try JSONCodec.decode(ObjectList<Node>.self, from: list)
        #expect(decoded == (try JSONCodec.decodeWithCodable(ObjectList<Node>.self, from: list)))
        #expect(decoded.items.count == 3)
        #expect(decoded.items[1].unknownFields?.keys == ["y"])
        let empty = try JSONValue(parsing: Array(#"{"items":[]}"#.utf8))
        #expect(try JSONCodec.decode(ObjectList<Node>.self, from: empty) == JSONCodec.decodeWithCodable(ObjectList<Node>.self, from: empty))

        // An item that does not read itself is decoded by Codable, which reports the error with its path.
        let bad = try JSONValue(parsing: Array(#"{"items":[{"metadata":{}},{"metadata":{},"spec":{"taints":[{"key":"k","effect":3}]}}]}"#.utf8))
        var codableError: Status?
        do { _ = try JSONCodec.decodeWithCodable(ObjectList<Node>.self, from: bad) } catch { codableError = JSONCodec.normalize(error) }
        #expect(codableError?.details?.causes?.first?.field == "items[1].spec.taints[0].effect")
        #expect(throws: codableError!) { try JSONCodec.decode(ObjectList<Node>.self, from: bad) }
    }

    @Test func whatCodableRefusesInKindsGetsCodablesError() throws {
        try Self.expectSameError(Node.self, #"{"metadata":{},"status":{"addresses":[{"address":"10.0.0.1"}]}}"#)
        try Self.expectSameError(Node.self, #"{"metadata":{},"spec":{"taints":[{"key":"k","effect":3}]}}"#)
        try Self.expectSameError(Node.self, #"{"metadata":{},"status":{"capacity":{"cpu":"four"}}}"#)
        try Self.expectSameError(Node.self, #"{"metadata":{},"status":{"conditions":[{"type":"Ready","status":null}]}}"#)
        try Self.expectSameError(Node.self, #"{"metadata":{},"status":{"daemonEndpoints":{"kubeletEndpoint":{"Port":"10250"}}}}"#)
        try Self.expectSameError(Node.self, #"{"metadata":{},"status":{"nodeInfo":{"machineID":"m"}}}"#)
        try Self.expectSameError(Node.self, #"{"kind":"Node"}"#)
        try Self.expectSameError(Node.self, #"{"metadata":null}"#)
        try Self.expectSameError(Node.self, #"[]"#)
        try Self.expectSameError(Lease.self, #"{"metadata":{},"spec":{"renewTime":"tomorrow"}}"#)
        try Self.expectSameError(Event.self, #"{"metadata":{},"involvedObject":{},"count":"x"}"#)
        try Self.expectSameError(Event.self, #"{"metadata":{},"involvedObject":{},"count":2147483648}"#)
        try Self.expectSameError(Service.self, #"{"metadata":{},"spec":{"ports":[{"port":2147483648}]}}"#)
        try Self.expectSameError(Service.self, #"{"metadata":{},"spec":{"ports":[{"name":"http"}]}}"#)
        try Self.expectSameError(Service.self, #"{"metadata":{},"spec":{"ports":[{"port":80,"targetPort":true}]}}"#)
        try Self.expectSameError(Service.self, #"{"metadata":{},"spec":{"ipFamilies":"IPv4"}}"#)
        try Self.expectSameError(Namespace.self, #"{"metadata":{},"spec":"x"}"#)
        try Self.expectSameError(Scale.self, #"{"metadata":{},"spec":[]}"#)
        try Self.expectSameError(Scale.self, #"{"metadata":{},"status":{"replicas":1.5}}"#)
        try Self.expectSameError(Binding.self, #"{"metadata":{}}"#)
        try Self.expectSameError(Endpoints.self, #"{"metadata":{},"subsets":[{"addresses":[{"hostname":"h"}]}]}"#)
        try Self.expectSameError(ServiceAccount.self, #"{"metadata":{},"secrets":{"name":"s"}}"#)
        try Self.expectSameError(ConfigMap.self, #"{"metadata":{},"data":{"a":1}}"#)
        try Self.expectSameError(Secret.self, #"{"metadata":{},"type":7}"#)
        try Self.expectSameError(ResourceQuota.self, #"{"metadata":{},"spec":{"scopeSelector":{"matchExpressions":[{"scopeName":"BestEffort"}]}}}"#)
        try Self.expectSameError(ResourceQuota.self, #"{"metadata":{},"status":{"used":{"pods":"1x"}}}"#)
        try Self.expectSameError(PriorityClass.self, #"{"metadata":{}}"#)
        try Self.expectSameError(NodeMetrics.self, #"{"kind":"NodeMetrics","metadata":{},"timestamp":"2026-01-02T03:04:05Z","window":"1s","usage":{}}"#)
        try Self.expectSameError(PodMetrics.self, #"""
            {"apiVersion":"v","kind":"k","metadata":{},"timestamp":"2026-01-02T03:04:05Z","window":"1s","containers":[{"name":"c","usage":null}]}
            """#)
        try Self.expectSameError(Status.self, #"{"code":"422"}"#)
        try Self.expectSameError(Status.self, #"{"reason":5}"#)
        try Self.expectSameError(Status.self, #"{"details":{"causes":[{"field":1}]}}"#)
        try Self.expectSameError(Status.self, #"{"metadata":{"remainingItemCount":"3"}}"#)
    }
}
