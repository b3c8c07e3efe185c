import Foundation
import SkiffAPI
import SkiffClient

// Registration and the node-status heartbeat (upstream's `registerWithAPIServer` and
// `syncNodeStatus`).
extension Kubelet {
    /// Registers until it succeeds (or the task is cancelled), retrying with back-off.
    func registerNode() async {
        var attempt = 0
        while !Task.isCancelled {
            do {
                try await registerNodeOnce()
                return
            } catch {
                options.log("kubelet \(nodeName): registering the node failed: \(error)")
                attempt += 1
                do { try await time.sleep(for: .milliseconds(Int64(min(7000, 200 << min(attempt, 6))))) } catch { return }
            }
        }
    }

    private func registerNodeOnce() async throws {
        let desired = NodeStatusReport.node(options: options, machine: machine)
        var registered: Node
        do {
            registered = try await client.create(desired)
        } catch let status as Status where status.code == 409 {
            // The node exists (this kubelet restarted, or it was pre-created): take it over,
            // keeping what others set (taints, unschedulable) and refreshing our labels.
            registered = try await client.get(Node.self, name: nodeName)
            var labels = registered.metadata.labels ?? [:]
            for (key, value) in desired.metadata.labels ?? [:] { labels[key] = value }
            var spec = registered.spec ?? NodeSpec()
            if (spec.podCIDR ?? "").isEmpty {
                spec.podCIDR = options.podCIDR
                spec.podCIDRs = [options.podCIDR]
            }
            if labels != registered.metadata.labels || spec != registered.spec {
                registered.metadata.labels = labels
                registered.spec = spec
                registered = try await client.update(registered)
            }
        }
        try await writeNodeStatus(registered)
        try await renewLease()
    }

    /// Writes the node status (re-reading on Conflict).
    func writeNodeStatus(_ current: Node) async throws {
        var target = current
        for _ in 0..<5 {
            let now = time.now()
            target.status = NodeStatusReport.status(
                options: options, machine: machine, runtimeName: runtime.name, previous: target.status, now: now
            )
            do {
                node = try await client.updateStatus(target)
                nodeStatusUpdateCount += 1
                lastNodeStatusReport = now
                return
            } catch let status as Status where status.code == 409 {
                target = try await client.get(Node.self, name: nodeName)
            }
        }
        throw Status.conflict(resource: "nodes", name: nodeName, message: "node status kept conflicting")
    }

    /// Every `nodeStatusUpdateFrequency`: write the status when it changed (someone marked the
    /// node not ready, say) or when `nodeStatusReportFrequency` has passed since the last write.
    /// Ticks on a fixed schedule, like the lease, so slow writes do not make it drift.
    func updateNodeStatusPeriodically() async {
        var next = time.now()
        while !Task.isCancelled {
            next = next.addingTimeInterval(options.nodeStatusUpdateFrequency.timeInterval)
            do { try await time.sleep(until: next) } catch { return }
            do {
                let current = try await client.get(Node.self, name: nodeName)
                let desired = NodeStatusReport.status(
                    options: options, machine: machine, runtimeName: runtime.name, previous: current.status, now: time.now()
                )
                let isDue = lastNodeStatusReport.map { time.since($0) >= options.nodeStatusReportFrequency.timeInterval } ?? true
                if isDue || NodeStatusReport.hasChanged(desired, since: current.status) {
                    try await writeNodeStatus(current)
                }
            } catch let status as Status where status.code == 404 {
                // Deleted from under us: register again, as upstream does after a restart.
                await registerNode()
            } catch {
                options.log("kubelet \(nodeName): updating the node status failed: \(error)")
            }
        }
    }
}
