import Foundation
import SkiffAPI

/// A pod with everything the scheduler asks of it computed once: requests, host ports, node
/// constraints, tolerations, (anti-)affinity terms and spread constraints. Kubernetes'
/// `framework.PodInfo`.
///
/// Built when the pod enters the queue or the cache and shared (it is immutable) by the queue,
/// the node it sits on, and every plugin, so no scheduling cycle parses a selector or a quantity.
/// A term that does not compile is recorded in `parseError` and the pod is unschedulable.
public final class PodInfo: Sendable {
    public let pod: Pod
    /// The uid, or `namespace/name` for objects that have none (tests): the cache's key.
    public let uid: String
    /// `namespace/name`: the queue's key.
    public let key: String
    public let name: String
    public let namespace: String
    public let labels: [String: String]
    /// `spec.priority`, 0 when unset.
    public let priority: Int32
    public let requests: PodRequests
    public let hostPorts: [HostPort]
    public let requiredNodeAffinity: RequiredNodeAffinity
    public let tolerations: [Toleration]
    public let requiredAffinityTerms: [AffinityTerm]
    public let requiredAntiAffinityTerms: [AffinityTerm]
    public let preferredAffinityTerms: [AffinityTerm]
    public let preferredAntiAffinityTerms: [AffinityTerm]
    /// The pod's node (assigned or assumed), empty when unscheduled.
    public let nodeName: String
    /// When the pod started, or was created (upstream's `GetPodStartTime` ordering for preemption).
    public let startTime: Date
    public let isTerminating: Bool
    /// Why a term of the pod could not be compiled, if one could not.
    public let parseError: String?

    public init(_ pod: Pod) {
        self.pod = pod
        let spec = pod.spec
        name = pod.metadata.name ?? ""
        namespace = pod.metadata.namespace ?? "default"
        key = namespace + "/" + name
        uid = pod.metadata.uid.flatMap { $0.isEmpty ? nil : $0 } ?? key
        labels = pod.metadata.labels ?? [:]
        priority = spec?.priority ?? 0
        requests = PodRequests(spec)
        hostPorts = HostPort.of(spec)
        requiredNodeAffinity = RequiredNodeAffinity(spec)
        tolerations = spec?.tolerations ?? []
        nodeName = spec?.nodeName ?? ""
        startTime = pod.status?.startTime?.date ?? pod.metadata.creationTimestamp?.date ?? .distantPast
        isTerminating = pod.metadata.deletionTimestamp != nil

        var parseError: String?
        func compile(_ terms: [PodAffinityTerm]?) -> [AffinityTerm] {
            (terms ?? []).compactMap { term in
                do { return try AffinityTerm(term, podNamespace: pod.metadata.namespace ?? "default") } catch {
                    parseError = "\(error)"
                    return nil
                }
            }
        }
        func compile(_ terms: [WeightedPodAffinityTerm]?) -> [AffinityTerm] {
            (terms ?? []).compactMap { weighted in
                do {
                    return try AffinityTerm(
                        weighted.podAffinityTerm, podNamespace: pod.metadata.namespace ?? "default", weight: Int64(weighted.weight)
                    )
                } catch {
                    parseError = "\(error)"
                    return nil
                }
            }
        }
        let affinity = spec?.affinity
        requiredAffinityTerms = compile(affinity?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution)
        requiredAntiAffinityTerms = compile(affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution)
        preferredAffinityTerms = compile(affinity?.podAffinity?.preferredDuringSchedulingIgnoredDuringExecution)
        preferredAntiAffinityTerms = compile(affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution)
        self.parseError = parseError
    }

    /// Whether the pod has any (anti-)affinity term: it must then be visited when other pods'
    /// affinity is scored (upstream's `PodsWithAffinity`).
    public var hasAffinity: Bool {
        !requiredAffinityTerms.isEmpty || !requiredAntiAffinityTerms.isEmpty
            || !preferredAffinityTerms.isEmpty || !preferredAntiAffinityTerms.isEmpty
    }

    /// Whether the pod has required anti-affinity: every new pod must respect it (symmetry).
    public var hasRequiredAntiAffinity: Bool { !requiredAntiAffinityTerms.isEmpty }

    /// Whether this pod, once placed, adds to other pods' InterPodAffinity scores (required
    /// affinity via `hardPodAffinityWeight`, preferred affinity or anti-affinity); a pod with only
    /// required anti-affinity does not.
    public var scoresIncomingPods: Bool {
        !requiredAffinityTerms.isEmpty || !preferredAffinityTerms.isEmpty || !preferredAntiAffinityTerms.isEmpty
    }

    /// This pod as placed on `node` (an assumed pod): the same facts with `spec.nodeName` set.
    /// Nothing is recomputed: this is on the path of every scheduled pod.
    public func assigned(to node: String) -> PodInfo {
        var copy = pod
        var spec = copy.spec ?? PodSpec()
        spec.nodeName = node
        copy.spec = spec
        return PodInfo(copying: self, pod: copy, nodeName: node)
    }

    private init(copying other: PodInfo, pod: Pod, nodeName: String) {
        self.pod = pod
        self.nodeName = nodeName
        uid = other.uid
        key = other.key
        name = other.name
        namespace = other.namespace
        labels = other.labels
        priority = other.priority
        requests = other.requests
        hostPorts = other.hostPorts
        requiredNodeAffinity = other.requiredNodeAffinity
        tolerations = other.tolerations
        requiredAffinityTerms = other.requiredAffinityTerms
        requiredAntiAffinityTerms = other.requiredAntiAffinityTerms
        preferredAffinityTerms = other.preferredAffinityTerms
        preferredAntiAffinityTerms = other.preferredAntiAffinityTerms
        startTime = other.startTime
        isTerminating = other.isTerminating
        parseError = other.parseError
    }

    /// Upstream's `MoreImportantPod`: higher priority, then earlier start.
    public static func isMoreImportant(_ lhs: PodInfo, than rhs: PodInfo) -> Bool {
        if lhs.priority != rhs.priority { return lhs.priority > rhs.priority }
        return lhs.startTime < rhs.startTime
    }
}
