import SkiffAPI
import SkiffClient

/// DefaultBinder: writes the placement through the API's `binding` subresource (the scheduler's
/// one write to `spec.nodeName`). The binding carries the pod's uid, so a pod deleted and
/// re-created under the same name is not bound by mistake.
public struct DefaultBinder: BindPlugin {
    public static let name = "DefaultBinder"

    public let client: any APIClient
    public var name: String { Self.name }

    public init(client: any APIClient) {
        self.client = client
    }

    public func bind(pod: PodInfo, nodeName: String) async throws -> Bool {
        let uid = pod.pod.metadata.uid
        try await client.bind(Binding(
            metadata: ObjectMeta(name: pod.name, namespace: pod.namespace, uid: uid),
            target: ObjectReference(kind: "Node", name: nodeName)
        ))
        return true
    }
}
