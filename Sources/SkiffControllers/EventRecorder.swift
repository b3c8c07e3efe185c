// Events the controllers report about the objects they act on (`SuccessfulCreate`,
// `ScalingReplicaSet`, …), as client-go's EventRecorder does for kube-controller-manager.

import Foundation
import SkiffAPI
import SkiffClient
import SkiffLoop

/// Writes core/v1 Events for the controllers, best effort.
///
/// Contract:
/// - `record` never waits for the API server: it queues the Event and returns. The queue holds
///   at most `capacity` Events; when it is full new ones are dropped and counted in
///   `droppedCount` (upstream's broadcaster also drops under pressure). A controller is never
///   slowed, and memory never grows, because the API server is slow.
/// - `run()` writes queued Events one at a time in the order recorded until `shutDown()`, then
///   writes what is still queued and returns. A failed write is dropped: Events are best effort.
/// - Each Event is new (count 1); there is no aggregation of repeats. Events are old-style
///   core/v1 Events, as client-go's legacy recorder writes them: no `eventTime` or `action`.
///
/// Isolation: an actor on the loop.
public actor EventRecorder: LoopBound {
    /// The default queue bound.
    public static let defaultCapacity = 1024

    public nonisolated let loop: EventLoop
    private let client: any APIClient
    private let time: any TimeSource
    private let component: String
    private let capacity: Int
    private var queued: [Event] = []
    private var head = 0
    private var sequence: UInt64 = 0
    private var writerWaiting: CheckedContinuation<Void, Never>?
    private var isShuttingDown = false
    /// Events dropped because the queue was full.
    public private(set) var droppedCount = 0

    /// - Parameter component: the Event's `source.component` and `reportingComponent`
    ///   (`replicaset-controller`, `deployment-controller`).
    public init(client: any APIClient, loop: EventLoop, time: any TimeSource, component: String, capacity: Int = EventRecorder.defaultCapacity) {
        self.client = client
        self.loop = loop
        self.time = time
        self.component = component
        self.capacity = max(capacity, 1)
    }

    /// Queues an Event about `object`; see the type for what happens when the queue is full.
    public func record<Object: APIObject>(_ object: Object, type: EventType = .normal, reason: String, message: String) {
        guard !isShuttingDown else { return }
        guard queued.count - head < capacity else {
            droppedCount += 1
            return
        }
        sequence &+= 1
        let now = time.now()
        let nanos = UInt64(max(now.timeIntervalSince1970, 0) * 1e9) &+ sequence
        let info = Object.resourceInfo
        let stamp = Time(now)
        queued.append(Event(
            metadata: ObjectMeta(name: "\(object.metadata.name ?? "").\(String(nanos, radix: 16))", namespace: object.metadata.namespace ?? "default"),
            involvedObject: ObjectReference(
                kind: info.kind, namespace: object.metadata.namespace, name: object.metadata.name, uid: object.metadata.uid,
                apiVersion: info.apiVersion, resourceVersion: object.metadata.resourceVersion
            ),
            reason: reason, message: message, source: EventSource(component: component),
            firstTimestamp: stamp, lastTimestamp: stamp, count: 1, type: type,
            reportingComponent: component, reportingInstance: component
        ))
        if let writer = writerWaiting {
            writerWaiting = nil
            writer.resume()
        }
    }

    /// Writes queued Events until `shutDown()`; see the type.
    public func run() async {
        while true {
            guard head < queued.count else {
                if isShuttingDown { return }
                await withCheckedContinuation { writerWaiting = $0 }
                continue
            }
            let event = queued[head]
            head += 1
            if head == queued.count {
                queued = []
                head = 0
            } else if head > 512, head * 2 > queued.count {
                queued.removeFirst(head)
                head = 0
            }
            do {
                _ = try await client.create(event)
            } catch {
                // Best effort, as in Kubernetes.
            }
        }
    }

    /// Refuses new Events; `run()` returns once the queue is written.
    public func shutDown() {
        isShuttingDown = true
        if let writer = writerWaiting {
            writerWaiting = nil
            writer.resume()
        }
    }
}
