import Foundation
import SkiffAPI

/// The API server's per-kind strategy steps (Kubernetes' `rest.RESTCreateStrategy` and friends)
/// that are about an object's life rather than its shape: what status a new object starts with,
/// how spec and status stay separate writes, and how deletion begins and ends.
enum ObjectLifecycle {
    static let foregroundDeletion = "foregroundDeletion"
    static let orphanDependents = "orphan"
    static let namespaceFinalizer = "kubernetes"

    // MARK: Create

    /// A new object starts with an empty status (clients cannot create status); a pod starts
    /// `Pending` with its QoS class, a namespace `Active` with the `kubernetes` finalizer.
    static func prepareForCreate<Object: APIObject>(_ object: inout Object) {
        if let withStatus = object as? any HasStatus {
            object = clearingStatus(withStatus, as: Object.self) ?? object
        }
        if var pod = object as? Pod {
            var status = PodStatus()
            status.phase = .pending
            status.qosClass = QoSClass.of(pod.spec)
            pod.status = status
            object = pod as? Object ?? object
        } else if var job = object as? Job {
            job.generateSelector()
            object = job as? Object ?? object
        } else if var namespace = object as? Namespace {
            var spec = namespace.spec ?? NamespaceSpec()
            if spec.finalizers == nil { spec.finalizers = [namespaceFinalizer] }
            namespace.spec = spec
            var status = NamespaceStatus()
            status.phase = .active
            namespace.status = status
            object = namespace as? Object ?? object
        }
    }

    private static func clearingStatus<S: HasStatus, Object>(_ source: S, as: Object.Type) -> Object? {
        var copy = source
        copy.status = nil
        return copy as? Object
    }

    // MARK: Spec and status

    /// Fields the server assigned that a client's full replacement may leave out (a Service's
    /// cluster IPs, as Kubernetes' service strategy keeps them).
    static func carryOverAssignedFields<Object: APIObject>(from old: Object, to object: inout Object) {
        guard let oldService = old as? Service, var service = object as? Service, var spec = service.spec else { return }
        if (spec.clusterIP ?? "").isEmpty { spec.clusterIP = oldService.spec?.clusterIP }
        if (spec.clusterIPs ?? []).isEmpty { spec.clusterIPs = oldService.spec?.clusterIPs }
        service.spec = spec
        object = service as? Object ?? object
    }

    /// A write to the main resource never changes the status: it keeps `old`'s.
    static func keepStatus<Object: APIObject>(of old: Object, in object: inout Object) {
        guard let source = old as? any HasStatus else { return }
        object = transferStatus(from: source, to: object)
    }

    /// A write to the status subresource takes only the status of `patched`.
    static func copyStatus<Object: APIObject>(from patched: Object, to object: inout Object) {
        guard let source = patched as? any HasStatus else { return }
        object = transferStatus(from: source, to: object)
    }

    private static func transferStatus<S: HasStatus, Object>(from source: S, to target: Object) -> Object {
        guard var copy = target as? S else { return target }
        copy.status = source.status
        return copy as? Object ?? target
    }

    /// True when anything but metadata and status differs: that is what bumps `generation`.
    static func specDiffers<Object: APIObject>(_ lhs: Object, _ rhs: Object) -> Bool {
        var left = lhs
        var right = rhs
        left.metadata = ObjectMeta()
        right.metadata = ObjectMeta()
        left.apiVersion = nil
        right.apiVersion = nil
        left.kind = nil
        right.kind = nil
        if let source = right as? any HasStatus {
            right = transferStatus(from: source, to: right)
            left = transferStatus(from: source, to: left)
        }
        return left != right
    }

    // MARK: Delete

    /// Starts deleting `object`. Returns true when the object must stay (with
    /// `deletionTimestamp` set) for finalizers or a grace period, false when it can be removed now.
    static func beginDeletion<Object: APIObject>(_ object: inout Object, options: DeleteOptions, now: Time) -> Bool {
        var grace: Int64 = 0
        if let pod = object as? Pod {
            grace = podGracePeriod(pod, requested: options.gracePeriodSeconds)
        }
        var finalizers = object.metadata.finalizers ?? []
        switch options.propagationPolicy {
        case .foreground?:
            if !finalizers.contains(foregroundDeletion) { finalizers.append(foregroundDeletion) }
        case .orphan?:
            if !finalizers.contains(orphanDependents) { finalizers.append(orphanDependents) }
        default:
            break
        }
        var namespacePending = false
        if var namespace = object as? Namespace {
            namespacePending = !(namespace.spec?.finalizers ?? []).isEmpty
            if namespacePending {
                var status = namespace.status ?? NamespaceStatus()
                status.phase = .terminating
                namespace.status = status
                object = namespace as? Object ?? object
            }
        }
        if let existing = object.metadata.deletionTimestamp {
            // Already terminating: a shorter grace period may hurry it up, never slow it down.
            let current = object.metadata.deletionGracePeriodSeconds ?? 0
            if grace < current {
                object.metadata.deletionGracePeriodSeconds = grace
                object.metadata.deletionTimestamp = Time(now.date.addingTimeInterval(TimeInterval(grace)))
            } else {
                object.metadata.deletionTimestamp = existing
                grace = current
            }
            object.metadata.finalizers = finalizers.isEmpty ? nil : finalizers
            return grace > 0 || !finalizers.isEmpty || namespacePending
        }
        guard grace > 0 || !finalizers.isEmpty || namespacePending else { return false }
        object.metadata.finalizers = finalizers.isEmpty ? nil : finalizers
        object.metadata.deletionTimestamp = Time(now.date.addingTimeInterval(TimeInterval(grace)))
        object.metadata.deletionGracePeriodSeconds = grace
        return true
    }

    /// A pod on a node gets its grace period so the kubelet can stop it; one that never ran
    /// (unscheduled) or has finished goes at once, as in Kubernetes.
    private static func podGracePeriod(_ pod: Pod, requested: Int64?) -> Int64 {
        let scheduled = !(pod.spec?.nodeName ?? "").isEmpty
        let phase = pod.status?.phase
        if !scheduled || phase == .succeeded || phase == .failed { return 0 }
        let grace = requested ?? pod.spec?.terminationGracePeriodSeconds ?? 30
        return max(grace, 0)
    }

    /// A terminating object with no finalizers left and no grace period running is removed by the
    /// write that cleared its last finalizer.
    static func isReadyToVanish<Object: APIObject>(_ object: Object) -> Bool {
        guard object.metadata.deletionTimestamp != nil,
              (object.metadata.finalizers ?? []).isEmpty,
              (object.metadata.deletionGracePeriodSeconds ?? 0) == 0
        else { return false }
        if let namespace = object as? Namespace, !(namespace.spec?.finalizers ?? []).isEmpty { return false }
        return true
    }

    // MARK: Binding

    /// What the `binding` subresource writes: the node, and `PodScheduled=True`.
    static func assign(_ pod: inout Pod, toNode node: String, now: Time) {
        var spec = pod.spec ?? PodSpec()
        spec.nodeName = node
        pod.spec = spec
        var status = pod.status ?? PodStatus()
        var conditions = status.conditions ?? []
        let scheduled = PodCondition(type: .podScheduled, status: .true, lastTransitionTime: now)
        if let index = conditions.firstIndex(where: { $0.type == .podScheduled }) {
            conditions[index] = scheduled
        } else {
            conditions.append(scheduled)
        }
        status.conditions = conditions
        pod.status = status
    }
}

/// A pod's quality-of-service class, computed at creation as Kubernetes does.
enum QoSClass {
    static func of(_ spec: PodSpec?) -> PodQOSClass {
        guard let spec else { return .bestEffort }
        var anyResources = false
        var guaranteed = !spec.containers.isEmpty || !(spec.initContainers ?? []).isEmpty
        // The two lists are walked in place: concatenating them copied every container (2% of a
        // create's loop time).
        func visit(_ container: Container) {
            let requests = container.resources?.requests ?? [:]
            let limits = container.resources?.limits ?? [:]
            if !requests.isEmpty || !limits.isEmpty { anyResources = true }
            for resource in ["cpu", "memory"] {
                guard let limit = limits[resource] else { guaranteed = false; continue }
                if let request = requests[resource], request != limit { guaranteed = false }
            }
        }
        for container in spec.containers { visit(container) }
        for container in spec.initContainers ?? [] { visit(container) }
        if !anyResources { return .bestEffort }
        return guaranteed ? .guaranteed : .burstable
    }
}
