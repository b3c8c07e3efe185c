import SkiffAPI
import Testing

/// One kind's expected discovery entry.
struct ExpectedResource: Sendable, CustomTestStringConvertible {
    let info: ResourceInfo
    let apiVersion: String
    let kind: String
    let plural: String
    let singular: String
    let shortNames: [String]
    let isNamespaced: Bool
    let categories: [String]

    var testDescription: String { kind }

    init<T: APIObject>(
        _ type: T.Type, _ apiVersion: String, _ plural: String, singular: String? = nil, shortNames: [String] = [],
        namespaced: Bool = true, all: Bool = false
    ) {
        info = T.resourceInfo
        self.apiVersion = apiVersion
        kind = String(describing: type)
        self.plural = plural
        self.singular = singular ?? kind.lowercased()
        self.shortNames = shortNames
        isNamespaced = namespaced
        categories = all ? ["all"] : []
    }
}

@Suite("Resource info, as Kubernetes discovery reports it")
struct ResourceInfoTests {
    static let expected: [ExpectedResource] = [
        ExpectedResource(Pod.self, "v1", "pods", shortNames: ["po"], all: true),
        ExpectedResource(Node.self, "v1", "nodes", shortNames: ["no"], namespaced: false),
        ExpectedResource(Namespace.self, "v1", "namespaces", shortNames: ["ns"], namespaced: false),
        ExpectedResource(Service.self, "v1", "services", shortNames: ["svc"], all: true),
        ExpectedResource(Endpoints.self, "v1", "endpoints", singular: "endpoints", shortNames: ["ep"]),
        ExpectedResource(ConfigMap.self, "v1", "configmaps", shortNames: ["cm"]),
        ExpectedResource(Secret.self, "v1", "secrets"),
        ExpectedResource(ServiceAccount.self, "v1", "serviceaccounts", shortNames: ["sa"]),
        ExpectedResource(Event.self, "v1", "events", shortNames: ["ev"]),
        ExpectedResource(ResourceQuota.self, "v1", "resourcequotas", shortNames: ["quota"]),
        ExpectedResource(Binding.self, "v1", "bindings"),
        ExpectedResource(ReplicaSet.self, "apps/v1", "replicasets", shortNames: ["rs"], all: true),
        ExpectedResource(Deployment.self, "apps/v1", "deployments", shortNames: ["deploy"], all: true),
        ExpectedResource(DaemonSet.self, "apps/v1", "daemonsets", shortNames: ["ds"], all: true),
        ExpectedResource(StatefulSet.self, "apps/v1", "statefulsets", shortNames: ["sts"], all: true),
        ExpectedResource(Job.self, "batch/v1", "jobs", all: true),
        ExpectedResource(CronJob.self, "batch/v1", "cronjobs", shortNames: ["cj"], all: true),
        ExpectedResource(Lease.self, "coordination.k8s.io/v1", "leases"),
        ExpectedResource(Scale.self, "autoscaling/v1", "scales"),
    ]

    @Test(arguments: expected)
    func resourceInfo(_ expected: ExpectedResource) {
        let info = expected.info
        #expect(info.apiVersion == expected.apiVersion)
        #expect(info.kind == expected.kind)
        #expect(info.plural == expected.plural)
        #expect(info.singular == expected.singular)
        #expect(info.shortNames == expected.shortNames)
        #expect(info.isNamespaced == expected.isNamespaced)
        #expect(info.categories == expected.categories)
        #expect(info.listKind == expected.kind + "List")
    }

    @Test func scalableKinds() {
        var deployment = Deployment()
        deployment.desiredReplicas = 4
        #expect(deployment.spec?.replicas == 4)
        #expect(deployment.observedReplicas == 0)
        deployment.status = DeploymentStatus(replicas: 3)
        #expect(deployment.observedReplicas == 3)
        var replicaSet = ReplicaSet(status: ReplicaSetStatus(replicas: 2))
        replicaSet.desiredReplicas = 1
        #expect(replicaSet.spec?.replicas == 1)
        #expect(replicaSet.observedReplicas == 2)
        var statefulSet = StatefulSet()
        statefulSet.desiredReplicas = 0
        #expect(statefulSet.spec?.replicas == 0)
    }

    @Test func controllerReference() {
        let owner = ReplicaSet(metadata: ObjectMeta(name: "web-5d4", namespace: "default", uid: "rs-uid"))
        let reference = OwnerReference(controller: owner)
        #expect(reference == OwnerReference(
            apiVersion: "apps/v1", kind: "ReplicaSet", name: "web-5d4", uid: "rs-uid", controller: true, blockOwnerDeletion: true))
        let other = OwnerReference(apiVersion: "v1", kind: "Node", name: "n", uid: "n-uid")
        let metadata = ObjectMeta(name: "web-5d4-x", ownerReferences: [other, reference])
        #expect(metadata.controllerReference == reference)
        #expect(ObjectMeta(ownerReferences: [other]).controllerReference == nil)
    }
}
