import Foundation
import Testing
@testable import SkiffAPI

/// Pods and the workload kinds: fully populated documents, manifests, unknown members, nulls and
/// refused documents, each read by the fast path exactly as Codable reads it.
extension JSONReadableTests {
    @Test func fullyPopulatedPodReadsItself() throws {
        let pod = try Self.expectSameValue(Pod.self, PodDocuments.fullPod)
        #expect(pod.spec?.containers[0].resources?.limits?["nvidia.com/gpu"] == Quantity("1"))
        #expect(pod.status?.containerStatuses?[1].lastState == ContainerState())
        #expect(pod.spec?.affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution?[0].podAffinityTerm.namespaceSelector == LabelSelector())
        try Self.expectSameValue(ObjectMeta.self, PodDocuments.fullMetadata)
        try Self.expectSameValue(PodTemplateSpec.self, PodDocuments.template)
    }

    @Test func fullyPopulatedWorkloadsReadThemselves() throws {
        try Self.expectSameValue(Deployment.self, PodDocuments.fullDeployment)
        try Self.expectSameValue(ReplicaSet.self, PodDocuments.fullReplicaSet)
        try Self.expectSameValue(DaemonSet.self, PodDocuments.fullDaemonSet)
        try Self.expectSameValue(StatefulSet.self, PodDocuments.fullStatefulSet)
        try Self.expectSameValue(Job.self, PodDocuments.fullJob)
        try Self.expectSameValue(JobSpec.self, PodDocuments.fullJobSpec)
        try Self.expectSameValue(CronJob.self, PodDocuments.fullCronJob)
        try Self.expectSameValue(ObjectReference.self, PodDocuments.fullObjectReference)
        try Self.expectSameValue(LocalObjectReference.self, PodDocuments.fullLocalObjectReference)
    }

    @Test func examplesAndDocumentationManifestsReadThemselves() throws {
        var covered = 0
        for document in try PodDocuments.manifests() where try Self.expectSameValueIfCovered(document) {
            covered += 1
        }
        #expect(covered >= 10)
    }

    /// Same value from both paths for a manifest of a kind with conformances here; false for
    /// other kinds.
    private static func expectSameValueIfCovered(_ document: JSONValue) throws -> Bool {
        guard case .object(let object) = document, case .string(let kind)? = object["kind"] else { return false }
        let json = String(decoding: document.serialized(), as: UTF8.self)
        switch kind {
        case "Pod": try expectSameValue(Pod.self, json)
        case "Deployment": try expectSameValue(Deployment.self, json)
        case "ReplicaSet": try expectSameValue(ReplicaSet.self, json)
        case "DaemonSet": try expectSameValue(DaemonSet.self, json)
        case "StatefulSet": try expectSameValue(StatefulSet.self, json)
        case "Job": try expectSameValue(Job.self, json)
        case "CronJob": try expectSameValue(CronJob.self, json)
        default: return false
        }
        return true
    }

    @Test func unknownMembersAtSeveralLevelsAreKept() throws {
        let pod = try Self.expectSameValue(Pod.self, PodDocuments.unknownMembersPod)
        #expect(pod.unknownFields?.keys == ["zTop"])
        #expect(pod.spec?.unknownFields?.keys == ["imagePullSecrets"])
        #expect(pod.spec?.containers[0].unknownFields?.keys == ["resizePolicy"])
        #expect(pod.spec?.containers[0].livenessProbe?.unknownFields?.keys == ["probeExtra"])
        #expect(pod.spec?.containers[0].readinessProbe?.unknownFields == nil)
        #expect(pod.spec?.containers[1].unknownFields == nil)
        #expect(pod.status?.unknownFields == nil)
        #expect(pod.status?.containerStatuses?[0].unknownFields?.keys == ["allocatedResources"])

        let statefulSet = try Self.expectSameValue(StatefulSet.self, PodDocuments.unknownMembersStatefulSet)
        #expect(statefulSet.spec?.volumeClaimTemplates?[0].unknownFields?.keys == ["spec"])

        // Interleaved with modeled members, in document order; a member literally named
        // `unknownFields` is one of them.
        let ordered = try Self.expectSameValue(Pod.self, #"""
            {"z":1,"metadata":{"name":"p","mz":true},"a":[2],"spec":{"containers":[
              {"c3":3,"name":"c","c1":1,"image":"i","unknownFields":{"x":1},"c2":2,
               "startupProbe":{"p2":"b","tcpSocket":{"port":"http","t":0},"p1":"a","grpc":{"port":1,"g":null}}}],
             "s":{}},"kind":"Pod","m":null,
             "status":{"containerStatuses":[{"x2":2,"name":"c","state":{"waiting":{"w":1},"extra":[]},"x1":1,"ready":false,
              "restartCount":0,"image":"i","imageID":"","x3":3}],"st":"s"}}
            """#)
        #expect(ordered.unknownFields?.keys == ["z", "a", "m"])
        #expect(ordered.unknownFields?["m"] == .null)
        #expect(ordered.metadata.unknownFields?.keys == ["mz"])
        #expect(ordered.spec?.unknownFields?.keys == ["s"])
        let container = try #require(ordered.spec?.containers.first)
        #expect(container.unknownFields?.keys == ["c3", "c1", "unknownFields", "c2"])
        #expect(container.startupProbe?.unknownFields?.keys == ["p2", "p1"])
        #expect(container.startupProbe?.tcpSocket?.unknownFields?.keys == ["t"])
        #expect(container.startupProbe?.grpc?.unknownFields?.keys == ["g"])
        #expect(ordered.status?.unknownFields?.keys == ["st"])
        let status = try #require(ordered.status?.containerStatuses?.first)
        #expect(status.unknownFields?.keys == ["x2", "x1", "x3"])
        #expect(status.state?.unknownFields?.keys == ["extra"])
        #expect(status.state?.waiting?.unknownFields?.keys == ["w"])

        let deployment = try Self.expectSameValue(Deployment.self, #"""
            {"metadata":{"name":"d"},"spec":{"template":{"spec":{"containers":[]},"tx":1},"strategy":{"type":"Recreate","sx":[]},"dx":"y"},
             "status":{"conditions":[{"type":"Available","status":"True","cx":0}]}}
            """#)
        #expect(deployment.spec?.unknownFields?.keys == ["dx"])
        #expect(deployment.spec?.template.unknownFields?.keys == ["tx"])
        #expect(deployment.spec?.strategy?.unknownFields?.keys == ["sx"])
        #expect(deployment.status?.conditions?[0].unknownFields?.keys == ["cx"])
    }

    @Test func nullsWholeNumberFloatsAndEmptyCollections() throws {
        let pod = try Self.expectSameValue(Pod.self, #"""
            {"apiVersion":null,"kind":"Pod","metadata":{"name":"p","labels":null,"generation":2.0},
             "spec":{"volumes":null,"initContainers":[],"containers":[
               {"name":"c","image":null,"command":[],"args":null,"ports":[{"containerPort":8080.0,"hostPort":null,"protocol":null}],
                "env":[{"name":"E","value":null,"valueFrom":null}],"envFrom":[],
                "resources":{"limits":{},"requests":null},"volumeMounts":[],
                "livenessProbe":{"httpGet":{"port":80,"path":null,"httpHeaders":[]},"periodSeconds":10.0,"timeoutSeconds":null,
                                 "terminationGracePeriodSeconds":3e1},
                "lifecycle":{"postStart":null,"preStop":{"sleep":{"seconds":5.0}}},"stdin":null}],
              "restartPolicy":null,"terminationGracePeriodSeconds":30.0,"nodeSelector":{},"affinity":null,
              "tolerations":[{"key":null,"operator":"Exists","tolerationSeconds":60.0}],"priority":1000.0,
              "overhead":{},"topologySpreadConstraints":[]},
             "status":{"phase":null,"conditions":[],"hostIPs":[],"startTime":null,
              "containerStatuses":[{"name":"c","state":null,"lastState":{"terminated":{"exitCode":137.0,"signal":null}},
                "ready":true,"restartCount":3.0,"image":"i","imageID":"","containerID":null}]}}
            """#)
        #expect(pod.apiVersion == nil)
        #expect(pod.metadata.generation == 2)
        #expect(pod.spec?.containers[0].ports?[0].containerPort == 8080)
        #expect(pod.spec?.containers[0].command == [])
        #expect(pod.spec?.containers[0].resources?.limits == [:])
        #expect(pod.spec?.containers[0].resources?.requests == nil)
        #expect(pod.spec?.containers[0].livenessProbe?.terminationGracePeriodSeconds == 30)
        #expect(pod.spec?.overhead == [:])
        #expect(pod.status?.containerStatuses?[0].restartCount == 3)
        #expect(pod.status?.containerStatuses?[0].lastState?.terminated?.exitCode == 137)

        try Self.expectSameValue(Pod.self, #"{"metadata":{}}"#)
        try Self.expectSameValue(Pod.self, #"{"metadata":{},"spec":{"containers":[]},"status":{}}"#)
        try Self.expectSameValue(Pod.self, #"{"metadata":{},"spec":null,"status":null}"#)
        try Self.expectSameValue(Deployment.self, #"""
            {"metadata":{"name":"d"},"spec":{"replicas":3.0,"selector":null,"template":{"metadata":null,"spec":null},
             "strategy":{"type":null,"rollingUpdate":{"maxUnavailable":null,"maxSurge":"25%"}},"paused":null},
             "status":{"replicas":null,"conditions":[]}}
            """#)
        try Self.expectSameValue(ReplicaSet.self, #"{"metadata":{},"spec":{"replicas":0.0,"template":{}},"status":{"replicas":2.0,"conditions":null}}"#)
        try Self.expectSameValue(DaemonSet.self, #"""
            {"metadata":{},"spec":{"template":{},"updateStrategy":{}},
             "status":{"currentNumberScheduled":1.0,"numberMisscheduled":0,"desiredNumberScheduled":1,"numberReady":1,"collisionCount":null}}
            """#)
        try Self.expectSameValue(StatefulSet.self, #"""
            {"metadata":{},"spec":{"template":{},"volumeClaimTemplates":[],"ordinals":{"start":null},
             "persistentVolumeClaimRetentionPolicy":{"whenDeleted":null}},"status":{"replicas":0}}
            """#)
        try Self.expectSameValue(Job.self, #"""
            {"metadata":{},"spec":{"template":{},"backoffLimit":6.0,"completionMode":null},
             "status":{"uncountedTerminatedPods":{"succeeded":[],"failed":null},"active":null}}
            """#)
        try Self.expectSameValue(CronJob.self, #"""
            {"metadata":{},"spec":{"schedule":"@daily","jobTemplate":{},"timeZone":null,"startingDeadlineSeconds":10.0},
             "status":{"active":[],"lastScheduleTime":null}}
            """#)
        try Self.expectSameValue(Affinity.self, #"""
            {"nodeAffinity":{"requiredDuringSchedulingIgnoredDuringExecution":{"nodeSelectorTerms":[{}]},
             "preferredDuringSchedulingIgnoredDuringExecution":[{"weight":1.0,"preference":{"matchFields":null}}]},
             "podAffinity":{},"podAntiAffinity":null}
            """#)
        try Self.expectSameValue(Volume.self, #"{"name":"v","emptyDir":{},"configMap":{"items":[],"defaultMode":420.0},"secret":null}"#)
        try Self.expectSameValue(EnvVar.self, #"{"name":"E","valueFrom":{"resourceFieldRef":{"resource":"limits.cpu","divisor":null}}}"#)
        try Self.expectSameValue(TopologySpreadConstraint.self, #"{"maxSkew":1.0,"topologyKey":"zone","whenUnsatisfiable":"Custom","minDomains":null}"#)
        try Self.expectSameValue(ObjectReference.self, #"{}"#)
    }

    @Test func listsAndWireFramesReadTheirItems() throws {
        let json = #"{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"9"},"items":[\#(PodDocuments.fullPod),\#(PodDocuments.unknownMembersPod)]}"#
        let parsed = try JSONValue(parsing: Array(json.utf8))
        let list = try JSONCodec.decode(ObjectList<Pod>.self, from: parsed)
        #expect(list == (try JSONCodec.decodeWithCodable(ObjectList<Pod>.self, from: parsed)))
        #expect(list.items.count == 2)
    }

    @Test func whatCodableRefusesInPodsAndWorkloadsGetsCodablesError() throws {
        try Self.expectSameError(Pod.self, #"{"metadata":{},"spec":{"containers":[{"image":"nginx"}]}}"#)
        try Self.expectSameError(Pod.self, #"{"metadata":{},"spec":{"containers":[{"name":"c","ports":[{"containerPort":"80a"}]}]}}"#)
        try Self.expectSameError(Pod.self, #"{"metadata":{},"spec":{"containers":[{"name":"c","resources":{"limits":{"cpu":"lots"}}}]}}"#)
        try Self.expectSameError(Pod.self, #"{"metadata":{},"spec":"nginx"}"#)
        try Self.expectSameError(Pod.self, #"{"metadata":{},"spec":{"containers":null}}"#)
        try Self.expectSameError(Pod.self, #"{"metadata":{},"spec":{"containers":[],"restartPolicy":5}}"#)
        try Self.expectSameError(Pod.self, #"{"metadata":{},"spec":{"containers":[{"name":"c","ports":[{"containerPort":2147483648}]}]}}"#)
        try Self.expectSameError(Pod.self, #"{"metadata":{},"status":{"startTime":"yesterday"}}"#)
        try Self.expectSameError(Pod.self, #"{"spec":{"containers":[]}}"#)
        try Self.expectSameError(Pod.self, #"{"metadata":null}"#)
        try Self.expectSameError(Pod.self, #"[]"#)
        try Self.expectSameError(Pod.self, #"{"metadata":{},"spec":{"containers":[{"name":null}]}}"#)
        try Self.expectSameError(Pod.self, #"{"metadata":{},"spec":{"containers":[{"name":"c","livenessProbe":{"httpGet":{"path":"/"}}}]}}"#)
        try Self.expectSameError(Pod.self, #"{"metadata":{},"spec":{"containers":[{"name":"c","livenessProbe":{"periodSeconds":1.5}}]}}"#)
        try Self.expectSameError(Pod.self, #"{"metadata":{},"spec":{"containers":[null]}}"#)
        try Self.expectSameError(Pod.self, #"{"metadata":{},"spec":{"containers":[],"tolerations":{"key":"a"}}}"#)
        try Self.expectSameError(Pod.self, #"{"metadata":{},"spec":{"containers":[],"nodeSelector":{"a":1}}}"#)
        try Self.expectSameError(Pod.self, #"{"metadata":{},"status":{"containerStatuses":[{"name":"c","ready":true,"restartCount":0,"image":"i"}]}}"#)
        try Self.expectSameError(Pod.self, #"{"metadata":{},"status":{"conditions":[{"type":"Ready","status":true}]}}"#)
        try Self.expectSameError(Deployment.self, #"{"metadata":{},"spec":{"replicas":1}}"#)
        try Self.expectSameError(Deployment.self, #"{"metadata":{},"spec":{"template":{},"strategy":{"rollingUpdate":{"maxSurge":true}}}}"#)
        try Self.expectSameError(ReplicaSet.self, #"{"metadata":{},"status":{"readyReplicas":1}}"#)
        try Self.expectSameError(DaemonSet.self, #"{"metadata":{},"status":{"currentNumberScheduled":1,"numberMisscheduled":0,"desiredNumberScheduled":1}}"#)
        try Self.expectSameError(StatefulSet.self, #"{"metadata":{},"spec":{"template":{},"volumeClaimTemplates":[{"metadata":[]}]}}"#)
        try Self.expectSameError(Job.self, #"{"metadata":{},"spec":{"template":{},"completions":-3000000000}}"#)
        try Self.expectSameError(CronJob.self, #"{"metadata":{},"spec":{"jobTemplate":{}}}"#)
        try Self.expectSameError(CronJob.self, #"{"metadata":{},"status":{"lastScheduleTime":"2026-13-40T00:00:00Z"}}"#)
        try Self.expectSameError(TopologySpreadConstraint.self, #"{"maxSkew":1,"topologyKey":"zone"}"#)
        try Self.expectSameError(Affinity.self, #"{"nodeAffinity":{"requiredDuringSchedulingIgnoredDuringExecution":{}}}"#)
        try Self.expectSameError(Volume.self, #"{"name":"v","persistentVolumeClaim":{"readOnly":true}}"#)
    }

    @Test func fullPodRoundTrips() throws {
        let pod = try JSONCodec.decode(Pod.self, from: Array(PodDocuments.fullPod.utf8))
        #expect(try JSONCodec.decode(Pod.self, from: JSONCodec.encode(pod)) == pod)
        let withUnknownMembers = try JSONCodec.decode(Pod.self, from: Array(PodDocuments.unknownMembersPod.utf8))
        #expect(try JSONCodec.decode(Pod.self, from: JSONCodec.encode(withUnknownMembers)) == withUnknownMembers)
        let cronJob = try JSONCodec.decode(CronJob.self, from: Array(PodDocuments.fullCronJob.utf8))
        #expect(try JSONCodec.decode(CronJob.self, from: JSONCodec.encode(cronJob)) == cronJob)
    }
}
