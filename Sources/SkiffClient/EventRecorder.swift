import Foundation
import SkiffAPI
import SkiffLoop

/// Writes core/v1 Events for a component (client-go's `record.EventRecorder`): the scheduler's
/// `Scheduled`, the controllers' `SuccessfulCreate`, the kubelet's `Started`, …, best effort.
///
/// Contract:
/// - `record` never waits for the API server: it queues the Event and returns. The queue holds at
///   most `capacity` Events; when it is full new ones are dropped and counted in `droppedCount`
///   (upstream's broadcaster also drops under pressure). A component is never slowed, and memory
///   never grows, because the API server is slow.
/// - `run(writers:)` writes queued Events (with that many writes in flight) until `shutDown()`,
///   then writes what is still queued and returns; if its task is cancelled it returns at once,
///   leaving the queue. A failed write is dropped: Events are best effort.
/// - Each Event is new (count 1, named `<object>.<unique hex>` as client-go names them); there is
///   no aggregation of repeats. With `writesEventTime`, Events also carry `eventTime` and
///   `action` (the newer fields the scheduler and kubelet fill in).
///
/// Isolation: an actor on the component's loop.
public actor EventRecorder: LoopBound {
    /// The default queue bound.
    public static let defaultCapacity = 1024

    public nonisolated let loop: EventLoop
    private let client: any APIClient
    private let time: any TimeSource
    private let source: EventSource
    private let writesEventTime: Bool
    private let capacity: Int
    private var queued: [Event] = []
    private var head = 0
    private var sequence: UInt64 = 0
    private var idleWriters: [CheckedContinuation<Void, Never>] = []
    private var isShuttingDown = false
    /// Events dropped because the queue was full.
    public private(set) var droppedCount = 0

    /// - Parameters:
    ///   - source: the Events' `source`; its `component` is also the `reportingComponent`, and
    ///     its `host` (else the component) the `reportingInstance`.
    ///   - writesEventTime: also fill in `eventTime` and `action`.
    public init(
        client: any APIClient, loop: EventLoop, time: any TimeSource, source: EventSource,
        writesEventTime: Bool = false, capacity: Int = EventRecorder.defaultCapacity
    ) {
        self.client = client
        self.loop = loop
        self.time = time
        self.source = source
        self.writesEventTime = writesEventTime
        self.capacity = max(capacity, 1)
    }

    /// Queues an Event about `object`; see the type for what happens when the queue is full.
    /// - Parameter action: what was done (`Binding`, …); the reason when nil.
    public func record(
        about object: ObjectReference, type: EventType = .normal, reason: String, message: String, action: String? = nil
    ) {
        guard !isShuttingDown else { return }
        guard queued.count - head < capacity else {
            droppedCount += 1
            return
        }
        sequence &+= 1
        let now = time.now()
        let unique = UInt64(max(now.timeIntervalSince1970, 0) * 1e9) &+ sequence
        let stamp = Time(now)
        queued.append(Event(
            metadata: ObjectMeta(name: "\(object.name ?? "").\(String(unique, radix: 16))", namespace: object.namespace ?? "default"),
            involvedObject: object, reason: reason, message: message, source: source,
            firstTimestamp: stamp, lastTimestamp: stamp, count: 1, type: type,
            eventTime: writesEventTime ? MicroTime(now) : nil, action: writesEventTime ? (action ?? reason) : nil,
            reportingComponent: source.component, reportingInstance: source.host ?? source.component
        ))
        if !idleWriters.isEmpty { idleWriters.removeFirst().resume() }
    }

    /// Queues an Event about `object` (about one of its parts with `fieldPath`, e.g.
    /// `spec.containers{app}`).
    public func record<Object: APIObject>(
        _ object: Object, fieldPath: String? = nil, type: EventType = .normal, reason: String, message: String,
        action: String? = nil
    ) {
        let info = Object.resourceInfo
        let reference = ObjectReference(
            kind: info.kind, namespace: object.metadata.namespace, name: object.metadata.name, uid: object.metadata.uid,
            apiVersion: info.apiVersion, resourceVersion: object.metadata.resourceVersion, fieldPath: fieldPath
        )
        record(about: reference, type: type, reason: reason, message: message, action: action)
    }

    /// Writes queued Events until `shutDown()` or cancellation; see the type.
    public func run(writers: Int = 1) async {
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<max(writers, 1) { group.addTask { await self.write() } }
        }
    }

    /// Refuses new Events; `run` returns once the queue is written.
    public func shutDown() {
        isShuttingDown = true
        wakeIdleWriters()
    }

    private func write() async {
        while !Task.isCancelled {
            guard let event = takeNext() else {
                if isShuttingDown { return }
                await withTaskCancellationHandler {
                    await withCheckedContinuation { continuation in
                        if Task.isCancelled { continuation.resume() } else { idleWriters.append(continuation) }
                    }
                } onCancel: { [loop] in
                    loop.execute { self.assumeIsolated { $0.wakeIdleWriters() } }
                }
                continue
            }
            // Best effort, as in Kubernetes.
            _ = try? await client.create(event)
        }
    }

    private func takeNext() -> Event? {
        guard head < queued.count else { return nil }
        let event = queued[head]
        head += 1
        if head == queued.count {
            queued.removeAll(keepingCapacity: true)
            head = 0
        } else if head > 512, head * 2 > queued.count {
            queued.removeFirst(head)
            head = 0
        }
        return event
    }

    private func wakeIdleWriters() {
        let waiting = idleWriters
        idleWriters = []
        for writer in waiting { writer.resume() }
    }
}
