import SkiffAPI
import SkiffClient

// Objects and watch helpers shared by the test suites that drive an API server, in process or
// over the wire, so every suite builds the same objects the same way.

/// A pod with one container that runs `sleep 3600`, optionally bound to `node`.
public func samplePod(
    _ name: String, namespace: String = "default", labels: [String: String]? = nil, node: String? = nil
) -> Pod {
    Pod(
        metadata: ObjectMeta(name: name, namespace: namespace, labels: labels),
        spec: PodSpec(containers: [Container(name: "app", command: ["sleep", "3600"])], nodeName: node)
    )
}

/// A Deployment in `default` selecting `app=<app>`.
public func sampleDeployment(_ name: String, replicas: Int32 = 2, app: String = "web") -> Deployment {
    Deployment(
        metadata: ObjectMeta(name: name, namespace: "default"),
        spec: DeploymentSpec(
            replicas: replicas,
            selector: LabelSelector(matchLabels: ["app": app]),
            template: PodTemplateSpec(
                metadata: ObjectMeta(labels: ["app": app]),
                spec: PodSpec(containers: [Container(name: "app", command: ["sleep", "3600"])])
            )
        )
    )
}

/// The next `count` events of a watch (fewer if the watch ends first).
public func next<Object: APIObject>(_ count: Int, from stream: WatchStream<Object>) async throws -> [WatchEvent<Object>] {
    var events: [WatchEvent<Object>] = []
    while events.count < count, let event = try await stream.next() {
        events.append(event)
    }
    return events
}

/// What a call threw, as a `Status` (nil when it succeeded or threw something else).
public func status(of body: () async throws -> some Any) async -> Status? {
    do {
        _ = try await body()
        return nil
    } catch {
        return error as? Status
    }
}
