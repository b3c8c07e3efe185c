import SkiffAPI
import SkiffClient

/// Adoption and release of children by a controller (Kubernetes' `ControllerRefManager`): a
/// child whose labels match the owner's selector and has no controller is adopted (the owner's
/// controller reference is added); a child the owner controls whose labels no longer match is
/// released (the reference is removed). Children controlled by someone else are never touched.
///
/// Writes use `update` guarded by the child's resourceVersion, so a child that changed since the
/// cache saw it is left for the next sync (a `Conflict`). Before the first adoption the owner is
/// re-read from the API server: an owner deleted or replaced meanwhile must not adopt anything.
struct ControllerRefManager<Owner: APIObject> {
    let owner: Owner
    let selector: LabelSelectorExpression
    let client: any APIClient

    /// The children the owner controls after adopting and releasing; the first write error, if
    /// any, comes back with them so the caller can act on what it has and retry later.
    func claim<Child: APIObject>(_ children: [Child]) async -> (claimed: [Child], error: (any Error)?) {
        var claimed: [Child] = []
        var firstError: (any Error)?
        var adoptionChecked = false
        let ownerUID = owner.metadata.uid ?? ""
        for child in children {
            let matches = selector.matches(child.metadata.labels ?? [:])
            if let reference = child.metadata.controllerReference {
                guard reference.uid == ownerUID else { continue }
                if matches {
                    claimed.append(child)
                } else if owner.metadata.deletionTimestamp == nil {
                    do { try await release(child) } catch { firstError = firstError ?? error }
                }
                continue
            }
            guard matches, owner.metadata.deletionTimestamp == nil, child.metadata.deletionTimestamp == nil else { continue }
            do {
                if !adoptionChecked {
                    try await checkOwnerCanAdopt()
                    adoptionChecked = true
                }
                claimed.append(try await adopt(child))
            } catch let status as Status where status.code == 404 {
                continue
            } catch {
                firstError = firstError ?? error
                // An owner that cannot adopt now will not adopt the next child either.
                if !adoptionChecked { break }
            }
        }
        return (claimed, firstError)
    }

    private func checkOwnerCanAdopt() async throws {
        let fresh = try await client.get(Owner.self, name: owner.metadata.name ?? "", namespace: owner.metadata.namespace)
        let kind = Owner.resourceInfo.kind
        let path = "\(owner.metadata.namespace ?? "")/\(owner.metadata.name ?? "")"
        if fresh.metadata.uid != owner.metadata.uid {
            throw Status.conflict(
                resource: Owner.resourceInfo.plural, group: Owner.resourceInfo.group, name: owner.metadata.name ?? "",
                message: "original \(kind) \(path) is gone: got uid \(fresh.metadata.uid ?? ""), wanted \(owner.metadata.uid ?? "")"
            )
        }
        if let deleted = fresh.metadata.deletionTimestamp {
            throw Status.conflict(
                resource: Owner.resourceInfo.plural, group: Owner.resourceInfo.group, name: owner.metadata.name ?? "",
                message: "\(path) has just been deleted at \(deleted)"
            )
        }
    }

    private func adopt<Child: APIObject>(_ child: Child) async throws -> Child {
        var copy = child
        var references = copy.metadata.ownerReferences ?? []
        references.append(OwnerReference(controller: owner))
        copy.metadata.ownerReferences = references
        return try await client.update(copy)
    }

    private func release<Child: APIObject>(_ child: Child) async throws {
        var copy = child
        let references = (copy.metadata.ownerReferences ?? []).filter { $0.uid != owner.metadata.uid }
        copy.metadata.ownerReferences = references.isEmpty ? nil : references
        do {
            _ = try await client.update(copy)
        } catch let status as Status where status.code == 404 {
            return
        }
    }
}
