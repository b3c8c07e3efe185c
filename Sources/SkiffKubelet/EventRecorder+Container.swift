import SkiffAPI
import SkiffClient

extension EventRecorder {
    /// Queues an Event about `pod`, or about one of its containers (`spec.containers{app}`, as the
    /// kubelet's events name the container they concern).
    func record(
        _ pod: Pod, container: String?, isInitContainer: Bool = false, type: EventType = .normal,
        reason: String, message: String
    ) {
        let fieldPath = container.map { "spec.\(isInitContainer ? "initContainers" : "containers"){\($0)}" }
        record(pod, fieldPath: fieldPath, type: type, reason: reason, message: message)
    }
}
