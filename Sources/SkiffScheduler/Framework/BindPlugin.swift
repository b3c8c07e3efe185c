/// Writes the pod's placement (Kubernetes' `BindPlugin`; DefaultBinder posts a `Binding`).
///
/// Runs off the scheduling cycle: the scheduler has already assumed the pod and moved on, so many
/// bindings are in flight at once. Returns false to let the next bind plugin handle the pod;
/// throws when the binding failed (the scheduler forgets the assumed pod and re-queues it).
public protocol BindPlugin: Plugin {
    func bind(pod: PodInfo, nodeName: String) async throws -> Bool
}
