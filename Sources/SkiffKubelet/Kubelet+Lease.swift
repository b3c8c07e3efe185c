import Foundation
import SkiffAPI
import SkiffClient

// The node lease heartbeat (upstream's NodeLease controller): the cheap "still alive" signal the
// node lifecycle controller watches.
extension Kubelet {
    static let leaseNamespace = "kube-node-lease"

    /// How often the lease is renewed: a quarter of its duration (10 s for 40 s).
    var leaseRenewInterval: Duration {
        .milliseconds(Int64(options.leaseDurationSeconds) * 250)
    }

    /// Renews on a fixed schedule (registration + k × interval) rather than interval-after-renewal,
    /// so a slow write never makes the heartbeat drift late.
    func renewLeasePeriodically() async {
        var next = time.now()
        while !Task.isCancelled {
            next = next.addingTimeInterval(leaseRenewInterval.timeInterval)
            do { try await time.sleep(until: next) } catch { return }
            do {
                try await renewLease()
            } catch {
                options.log("kubelet \(nodeName): renewing the lease failed: \(error)")
            }
        }
    }

    /// Creates the lease, or moves its `renewTime` to now.
    func renewLease() async throws {
        let now = MicroTime(time.now())
        for _ in 0..<3 {
            if var current = lease {
                current.spec = current.spec ?? LeaseSpec()
                current.spec?.holderIdentity = nodeName
                current.spec?.leaseDurationSeconds = options.leaseDurationSeconds
                current.spec?.renewTime = now
                do {
                    lease = try await client.update(current)
                    return
                } catch let status as Status where status.code == 409 || status.code == 404 {
                    lease = nil
                }
            }
            do {
                lease = try await client.get(Lease.self, name: nodeName, namespace: Self.leaseNamespace)
                continue
            } catch let status as Status where status.code == 404 {
                var owners: [OwnerReference]?
                if let node, let uid = node.metadata.uid {
                    owners = [OwnerReference(apiVersion: "v1", kind: "Node", name: nodeName, uid: uid)]
                }
                let fresh = Lease(
                    metadata: ObjectMeta(name: nodeName, namespace: Self.leaseNamespace, ownerReferences: owners),
                    spec: LeaseSpec(holderIdentity: nodeName, leaseDurationSeconds: options.leaseDurationSeconds, renewTime: now)
                )
                do {
                    lease = try await client.create(fresh)
                    return
                } catch let status as Status where status.code == 409 {
                    continue
                }
            }
        }
        throw Status.conflict(resource: "leases", group: "coordination.k8s.io", name: nodeName, message: "lease kept conflicting")
    }
}
