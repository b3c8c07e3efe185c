import Foundation
import SkiffAPI
import SkiffClient
import SkiffLoop

/// The kubelet's Events (`Started`, `Killing`, `BackOff`, `Unhealthy`, `Failed`, …), written by a
/// background writer through the `APIClient`.
///
/// Recording never blocks and never grows memory without bound: events wait in a FIFO of
/// `capacity` and new ones are dropped (and counted) when it is full, as upstream's broadcaster
/// drops under pressure. Writes are best effort: a failed write is not retried.
/// Isolation: an actor on the kubelet's loop; `run()` writes until cancelled.
actor EventRecorder: LoopBound {
    nonisolated let loop: EventLoop
    private let client: any APIClient
    private let time: any TimeSource
    private let nodeName: String
    private let capacity: Int
    private var pending: [Event] = []
    private var pendingHead = 0
    private var sequence: UInt64 = 0
    private var writerWaiter: CheckedContinuation<Void, Never>?
    private(set) var droppedCount = 0

    init(client: any APIClient, loop: EventLoop, time: any TimeSource, nodeName: String, capacity: Int) {
        self.client = client
        self.loop = loop
        self.time = time
        self.nodeName = nodeName
        self.capacity = max(capacity, 1)
    }

    /// Queues an event about `pod` (and one of its containers when `container` is set).
    func record(
        _ pod: Pod, container: String? = nil, isInitContainer: Bool = false, type: EventType = .normal,
        reason: String, message: String
    ) {
        guard pending.count - pendingHead < capacity else {
            droppedCount += 1
            return
        }
        sequence &+= 1
        let now = time.now()
        let name = pod.metadata.name ?? ""
        let nanos = UInt64(max(now.timeIntervalSince1970, 0) * 1e9) &+ sequence
        let fieldPath = container.map { "spec.\(isInitContainer ? "initContainers" : "containers"){\($0)}" }
        pending.append(Event(
            metadata: ObjectMeta(name: "\(name).\(String(nanos, radix: 16))", namespace: pod.metadata.namespace),
            involvedObject: ObjectReference(
                kind: "Pod", namespace: pod.metadata.namespace, name: name, uid: pod.metadata.uid, apiVersion: "v1",
                resourceVersion: pod.metadata.resourceVersion, fieldPath: fieldPath
            ),
            reason: reason, message: message, source: EventSource(component: "kubelet", host: nodeName),
            firstTimestamp: Time(now), lastTimestamp: Time(now), count: 1, type: type, eventTime: MicroTime(now),
            action: reason, reportingComponent: "kubelet", reportingInstance: nodeName
        ))
        if let waiter = writerWaiter {
            writerWaiter = nil
            waiter.resume()
        }
    }

    /// Writes queued events until the task is cancelled.
    func run() async {
        await withTaskCancellationHandler {
            while !Task.isCancelled {
                guard pendingHead < pending.count else {
                    pending.removeAll(keepingCapacity: true)
                    pendingHead = 0
                    await withCheckedContinuation { writerWaiter = $0 }
                    continue
                }
                let event = pending[pendingHead]
                pendingHead += 1
                // Events are best effort, as in Kubernetes.
                _ = try? await client.create(event)
            }
        } onCancel: { [loop] in
            loop.execute { self.assumeIsolated { $0.wakeWriter() } }
        }
    }

    private func wakeWriter() {
        writerWaiter?.resume()
        writerWaiter = nil
    }
}
