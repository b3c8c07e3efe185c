import SkiffAPI

/// The `Priority` admission plugin: on pod create, resolves `spec.priorityClassName` into
/// `spec.priority` and `spec.preemptionPolicy` (Kubernetes' plugin/pkg/admission/priority).
///
/// - A named class must exist (`system-node-critical` and `system-cluster-critical` always do);
///   otherwise the create is `Forbidden`: `no PriorityClass with name x was found`.
/// - No name: the `globalDefault` class with the highest value, if any, and its name is written
///   into the pod; else priority 0.
/// - A pod may not bring its own `priority` or `preemptionPolicy` that differ from the class's.
///
/// The classes are kept in memory (`classes`) so admitting a pod costs no store read; the API
/// server drops the table whenever a PriorityClass is written (`invalidate()`) and reloads it on
/// the next pod create. `generation` lets a reload that raced a write be discarded.
struct PriorityAdmission {
    /// What admission needs of one class.
    struct Class {
        var value: Int32
        var preemptionPolicy: PreemptionPolicy
        var isGlobalDefault: Bool
    }

    /// The built-in classes every cluster has.
    static let systemClasses: [String: Class] = [
        PriorityClass.systemNodeCritical.name: Class(
            value: PriorityClass.systemNodeCritical.value, preemptionPolicy: .preemptLowerPriority, isGlobalDefault: false
        ),
        PriorityClass.systemClusterCritical.name: Class(
            value: PriorityClass.systemClusterCritical.value, preemptionPolicy: .preemptLowerPriority, isGlobalDefault: false
        ),
    ]

    /// Stored classes by name; nil until loaded, and after every PriorityClass write.
    private(set) var classes: [String: Class]?
    /// Bumped by every invalidation.
    private(set) var generation = 0

    /// Forgets the loaded table (a PriorityClass was written).
    mutating func invalidate() {
        classes = nil
        generation += 1
    }

    /// Installs a table loaded while `generation` was `loadedAt`; a stale load is dropped.
    mutating func install(_ stored: [PriorityClass], loadedAt: Int) {
        guard loadedAt == generation else { return }
        var table: [String: Class] = [:]
        for object in stored {
            guard let name = object.metadata.name else { continue }
            table[name] = Class(
                value: object.value, preemptionPolicy: object.preemptionPolicy ?? .preemptLowerPriority,
                isGlobalDefault: object.globalDefault == true
            )
        }
        classes = table
    }

    /// Resolves the pod's priority from `classes` (which must be loaded); throws `Forbidden`.
    func admit(_ pod: inout Pod) throws {
        guard var spec = pod.spec else { return }
        let stored = classes ?? [:]
        let name = pod.metadata.name ?? ""
        var resolved: (name: String?, class: Class)
        if let className = spec.priorityClassName, !className.isEmpty {
            guard let found = Self.systemClasses[className] ?? stored[className] else {
                throw Status.forbidden(resource: "pods", name: name, why: "no PriorityClass with name \(className) was found")
            }
            resolved = (className, found)
        } else if let (defaultName, found) = stored.filter({ $0.value.isGlobalDefault })
            .max(by: { $0.value.value == $1.value.value ? $0.key > $1.key : $0.value.value < $1.value.value })
        {
            resolved = (defaultName, found)
        } else {
            resolved = (nil, Class(value: 0, preemptionPolicy: .preemptLowerPriority, isGlobalDefault: false))
        }
        if let given = spec.priority, given != resolved.class.value {
            throw Status.forbidden(
                resource: "pods", name: name,
                why: "the integer value of priority (\(given)) must not be provided in pod spec; priority admission controller computed \(resolved.class.value) from the given PriorityClass name"
            )
        }
        if let given = spec.preemptionPolicy, given != resolved.class.preemptionPolicy {
            throw Status.forbidden(
                resource: "pods", name: name,
                why: "the string value of PreemptionPolicy (\(given.rawValue)) must not be provided in pod spec; priority admission controller computed \(resolved.class.preemptionPolicy.rawValue) from the given PriorityClass name"
            )
        }
        if let className = resolved.name { spec.priorityClassName = className }
        spec.priority = resolved.class.value
        spec.preemptionPolicy = resolved.class.preemptionPolicy
        pod.spec = spec
    }
}
