import SkiffAPI
import SkiffClient

/// Records an informer's notifications as lines (`add a`, `update a`, `delete b`) and lets a test
/// wait for a number of them — the way to await an informer's progress without sleeping.
public actor InformerLog<Object: APIObject> {
    public private(set) var lines: [String] = []
    private var waiters: [(count: Int, continuation: CheckedContinuation<[String], Never>)] = []

    public init() {}

    /// Registers the recording handler on `informer`.
    public func attach(to informer: Informer<Object>) async {
        await informer.addHandler { event in await self.record(event) }
    }

    public func record(_ event: Informer<Object>.Event) {
        switch event {
        case .added(let object): lines.append("add \(object.metadata.name ?? "")")
        case .updated(_, let new): lines.append("update \(new.metadata.name ?? "")")
        case .deleted(let object): lines.append("delete \(object.metadata.name ?? "")")
        }
        let ready = waiters.filter { $0.count <= lines.count }
        waiters.removeAll { $0.count <= lines.count }
        for waiter in ready { waiter.continuation.resume(returning: lines) }
    }

    /// Returns the lines once there are at least `count` of them.
    public func waitFor(_ count: Int) async -> [String] {
        if lines.count >= count { return lines }
        return await withCheckedContinuation { waiters.append((count, $0)) }
    }
}
