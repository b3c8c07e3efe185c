import Foundation
import SkiffAPI
import SkiffClient

/// What `kubectl rollout status|history|undo|restart` do to a Deployment, for `skiff rollout`:
/// plain functions over any `APIClient`, with kubectl's messages and errors.
public enum Rollout {
    /// The annotation `rollout restart` stamps on the pod template.
    public static let restartedAtAnnotation = "kubectl.kubernetes.io/restartedAt"

    /// kubectl's rollout status: its text, and whether the rollout is done.
    public struct Progress: Sendable, Hashable {
        /// One line, as kubectl prints it (with the trailing newline left out).
        public var message: String
        public var isDone: Bool
    }

    /// The rollout failed: its Progressing condition says ProgressDeadlineExceeded.
    public struct ProgressDeadlineExceeded: Error, Hashable, CustomStringConvertible {
        public var deployment: String
        public init(deployment: String) { self.deployment = deployment }
        /// kubectl's message.
        public var description: String { "deployment \"\(deployment)\" exceeded its progress deadline" }
    }

    /// One revision of a Deployment, from the ReplicaSet that carries it.
    public struct Revision: Sendable, Hashable {
        public var number: Int64
        /// The `kubernetes.io/change-cause` annotation, if any.
        public var changeCause: String?
        public var replicaSetName: String
        /// The pod template of the revision, without the `pod-template-hash` label.
        public var template: PodTemplateSpec?
    }

    /// kubectl's `DeploymentStatusViewer`: where the rollout of `name` stands. Throws when the
    /// progress deadline was exceeded (`deployment "web" exceeded its progress deadline`).
    public static func status(deployment name: String, namespace: String = "default", client: any APIClient) async throws -> Progress {
        let deployment = try await client.get(Deployment.self, name: name, namespace: namespace)
        return try status(of: deployment)
    }

    /// `status(deployment:namespace:client:)` for a Deployment already read.
    public static func status(of deployment: Deployment) throws -> Progress {
        let name = deployment.metadata.name ?? ""
        let status = deployment.status ?? DeploymentStatus()
        guard (deployment.metadata.generation ?? 0) <= (status.observedGeneration ?? 0) else {
            return Progress(message: "Waiting for deployment spec update to be observed...", isDone: false)
        }
        if DeploymentProgress.condition(status, .progressing)?.reason == DeploymentProgress.progressDeadlineExceeded {
            throw ProgressDeadlineExceeded(deployment: name)
        }
        let updated = status.updatedReplicas ?? 0
        let replicas = status.replicas ?? 0
        let available = status.availableReplicas ?? 0
        if let desired = deployment.spec?.replicas, updated < desired {
            return Progress(message: "Waiting for deployment \"\(name)\" rollout to finish: \(updated) out of \(desired) new replicas have been updated...", isDone: false)
        }
        if replicas > updated {
            return Progress(message: "Waiting for deployment \"\(name)\" rollout to finish: \(replicas - updated) old replicas are pending termination...", isDone: false)
        }
        if available < updated {
            return Progress(message: "Waiting for deployment \"\(name)\" rollout to finish: \(available) of \(updated) updated replicas are available...", isDone: false)
        }
        return Progress(message: "deployment \"\(name)\" successfully rolled out", isDone: true)
    }

    /// The Deployment's revisions, oldest first (`kubectl rollout history`).
    public static func history(deployment name: String, namespace: String = "default", client: any APIClient) async throws -> [Revision] {
        let deployment = try await client.get(Deployment.self, name: name, namespace: namespace)
        return try await ownedReplicaSets(of: deployment, client: client)
            .map { replicaSet in
                Revision(
                    number: DeploymentRevision.revision(replicaSet.metadata),
                    changeCause: replicaSet.metadata.annotations?[DeploymentRevision.changeCauseAnnotation],
                    replicaSetName: replicaSet.metadata.name ?? "",
                    template: PodTemplateHash.withoutHash(replicaSet.spec?.template)
                )
            }
            .filter { $0.number > 0 }
            .sorted { $0.number < $1.number }
    }

    /// Rolls the Deployment back to `revision` (0: the one before the current), as kubectl does
    /// for apps/v1: the template of that revision's ReplicaSet (without its hash label) and its
    /// annotations are written to the Deployment, and the controller rolls out as for any
    /// template change. Returns kubectl's message (`deployment.apps/web rolled back`, or
    /// `deployment.apps/web skipped rollback (current template already matches revision 1)`).
    /// Like kubectl, writes with a patch that pins no resourceVersion, so the controller's own
    /// writes to the Deployment do not make it fail; a Conflict anyway is retried on a fresh read
    /// (kubectl's `RetryOnConflict`).
    @discardableResult
    public static func undo(deployment name: String, namespace: String = "default", toRevision revision: Int64 = 0, client: any APIClient) async throws -> String {
        try await retryingOnConflict {
            try await undoOnce(deployment: name, namespace: namespace, toRevision: revision, client: client)
        }
    }

    private static func undoOnce(deployment name: String, namespace: String, toRevision revision: Int64, client: any APIClient) async throws -> String {
        let deployment = try await client.get(Deployment.self, name: name, namespace: namespace)
        if deployment.spec?.paused == true {
            throw Status.badRequest("you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again")
        }
        let owned = try await ownedReplicaSets(of: deployment, client: client)
        let target: ReplicaSet
        if revision > 0 {
            guard let found = owned.first(where: { DeploymentRevision.revision($0.metadata) == revision }) else {
                throw Status.badRequest("unable to find specified revision \(revision) in history")
            }
            target = found
        } else {
            let revisions = owned.map { DeploymentRevision.revision($0.metadata) }.filter { $0 > 0 }.sorted()
            guard revisions.count > 1 else {
                throw Status.badRequest("no rollout history found for deployment \"\(name)\"")
            }
            let previous = revisions[revisions.count - 2]
            guard let found = owned.first(where: { DeploymentRevision.revision($0.metadata) == previous }) else {
                throw Status.badRequest("unable to find the specified revision")
            }
            target = found
        }
        let prefix = "deployment.apps/\(name)"
        if PodTemplateHash.equalIgnoringHash(target.spec?.template, deployment.spec?.template) {
            return "\(prefix) skipped rollback (current template already matches revision \(DeploymentRevision.revision(target.metadata)))"
        }
        var annotations: [String: String] = [:]
        for (key, value) in deployment.metadata.annotations ?? [:] where DeploymentRevision.annotationsToSkip.contains(key) {
            annotations[key] = value
        }
        for (key, value) in target.metadata.annotations ?? [:] where !DeploymentRevision.annotationsToSkip.contains(key) {
            annotations[key] = value
        }
        // kubectl's rollback patch: the template and annotations replaced, no resourceVersion.
        var operations: [[UInt8]] = []
        if let template = PodTemplateHash.withoutHash(target.spec?.template) {
            operations.append(try JSONCodec.encode(PatchOperation(path: "/spec/template", value: template)))
        }
        operations.append(try JSONCodec.encode(PatchOperation(path: "/metadata/annotations", value: annotations)))
        let body = Array("[".utf8) + operations.joined(separator: Array(",".utf8)) + Array("]".utf8)
        _ = try await client.patch(Deployment.self, name: name, namespace: namespace, patch: Patch(type: .json, body: body), subresource: nil)
        return "\(prefix) rolled back"
    }

    /// Restarts every pod of the Deployment by stamping `kubectl.kubernetes.io/restartedAt` on the
    /// template (`kubectl rollout restart`), at `now` (pass the injected clock's time). Written as
    /// `undo` is: a patch, retried on a fresh read after a Conflict.
    @discardableResult
    public static func restart(deployment name: String, namespace: String = "default", now: Date, client: any APIClient) async throws -> String {
        try await retryingOnConflict { try await restartOnce(deployment: name, namespace: namespace, now: now, client: client) }
    }

    private static func restartOnce(deployment name: String, namespace: String, now: Date, client: any APIClient) async throws -> String {
        let deployment = try await client.get(Deployment.self, name: name, namespace: namespace)
        if deployment.spec?.paused == true {
            throw Status.badRequest("can't restart paused deployment (run rollout resume first)")
        }
        // kubectl's patch: only the annotation, merged into the template's.
        let stamp = Time(now).description
        let patch = #"{"spec":{"template":{"metadata":{"annotations":{"\#(restartedAtAnnotation)":"\#(stamp)"}}}}}"#
        _ = try await client.patch(Deployment.self, name: name, namespace: namespace, patch: .merge(patch), subresource: nil)
        return "deployment.apps/\(name) restarted"
    }

    /// Sets `spec.paused` (`kubectl rollout pause|resume`). Written as `undo` is: a patch, retried
    /// on a fresh read after a Conflict.
    @discardableResult
    public static func setPaused(_ paused: Bool, deployment name: String, namespace: String = "default", client: any APIClient) async throws -> String {
        try await retryingOnConflict { try await setPausedOnce(paused, deployment: name, namespace: namespace, client: client) }
    }

    private static func setPausedOnce(_ paused: Bool, deployment name: String, namespace: String, client: any APIClient) async throws -> String {
        let deployment = try await client.get(Deployment.self, name: name, namespace: namespace)
        let verb = paused ? "paused" : "resumed"
        if (deployment.spec?.paused ?? false) == paused { return "deployment.apps/\(name) is already \(verb)" }
        // kubectl's patch: `spec.paused` alone, so the controller's writes cannot make it conflict.
        _ = try await client.patch(Deployment.self, name: name, namespace: namespace, patch: .merge(#"{"spec":{"paused":\#(paused)}}"#), subresource: nil)
        return "deployment.apps/\(name) \(verb)"
    }

    /// How many times a read-then-write is tried (client-go's `retry.DefaultRetry` steps).
    static let conflictAttempts = 5

    /// Runs `body` (which must read before it writes) until it does not fail with a Conflict, at
    /// most `conflictAttempts` times; the last Conflict is rethrown. No pause between attempts:
    /// these functions have no clock, and each attempt re-reads the object the winner wrote.
    private static func retryingOnConflict<Result>(_ body: () async throws -> Result) async throws -> Result {
        for _ in 1..<conflictAttempts {
            do {
                return try await body()
            } catch let status as Status where status.code == 409 && status.reason == .conflict {
                continue
            }
        }
        return try await body()
    }

    /// One RFC 6902 `add` operation (which replaces a member that exists).
    private struct PatchOperation<Value: Encodable>: Encodable {
        var op = "add"
        var path: String
        var value: Value
    }

    private static func ownedReplicaSets(of deployment: Deployment, client: any APIClient) async throws -> [ReplicaSet] {
        try await client.list(ReplicaSet.self, namespace: deployment.metadata.namespace).items
            .filter { $0.metadata.controllerReference?.uid == deployment.metadata.uid }
    }
}
