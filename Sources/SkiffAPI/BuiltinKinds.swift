/// Every kind Skiff stores, in the order an API server registers them. Subresource bodies
/// (`Binding`, `Scale`) are not stored kinds and are not listed.
public enum BuiltinKinds {
    public static let all: [any APIObject.Type] = [
        Namespace.self, Node.self, Pod.self, Service.self, Endpoints.self, ConfigMap.self, Secret.self,
        ServiceAccount.self, Event.self, ResourceQuota.self, Lease.self,
        ReplicaSet.self, Deployment.self, DaemonSet.self, StatefulSet.self,
        Job.self, CronJob.self, PriorityClass.self,
    ]
}
