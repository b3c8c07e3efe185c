import SkiffAPI
import SkiffClient
import SkiffLoop

/// Counts pods as they become bound, from a watch on pods at the API server: a `MODIFIED`
/// event whose pod has `spec.nodeName` is the binding, published only after the store committed
/// it durably ("durable before visible"), so "seen here" means "durably stored".
///
/// Pods are named `<phase>-<index>` (`i-` init, `m-` measured); the observer keeps the first
/// time each measured index was seen bound, in seconds since `origin`.
///
/// Isolation: an actor on the API server's loop (the watch is drained by an isolated loop).
actor BindingObserver: LoopBound {
    nonisolated let loop: EventLoop
    private let origin: ContinuousClock.Instant
    private(set) var initBound = 0
    private(set) var measureBound = 0
    /// Bound times of measured pods by index (NaN: not yet bound).
    private(set) var measureBoundAt: [Double]
    private var waiters: [(isDone: @Sendable (Int, Int) -> Bool, continuation: CheckedContinuation<Void, Never>)] = []
    private var failure: (any Error)?

    init(loop: EventLoop, origin: ContinuousClock.Instant, measurePods: Int) {
        self.loop = loop
        self.origin = origin
        self.measureBoundAt = Array(repeating: .nan, count: measurePods)
    }

    /// Drains `stream` until it ends or the task is cancelled.
    func observe(_ stream: WatchStream<Pod>) async {
        do {
            while let event = try await stream.next() {
                guard event.type == .modified || event.type == .added,
                      let node = event.object.spec?.nodeName, !node.isEmpty,
                      let name = event.object.metadata.name
                else { continue }
                record(name)
            }
        } catch {
            failure = error
            for waiter in waiters { waiter.continuation.resume() }
            waiters = []
        }
    }

    private func record(_ name: String) {
        let utf8 = name.utf8
        guard utf8.count > 2, let index = Int(name.dropFirst(2)) else { return }
        if utf8.first == UInt8(ascii: "m") {
            guard index < measureBoundAt.count, measureBoundAt[index].isNaN else { return }
            measureBoundAt[index] = (ContinuousClock.now - origin).timeInterval
            measureBound += 1
        } else {
            initBound += 1
        }
        if !waiters.isEmpty {
            let init_ = initBound
            let measure = measureBound
            waiters.removeAll { waiter in
                guard waiter.isDone(init_, measure) else { return false }
                waiter.continuation.resume()
                return true
            }
        }
    }

    /// Returns when `isDone(initBound, measureBound)` holds (or the watch failed: throws).
    func wait(until isDone: @escaping @Sendable (Int, Int) -> Bool) async throws {
        if let failure { throw failure }
        if isDone(initBound, measureBound) { return }
        await withCheckedContinuation { waiters.append((isDone, $0)) }
        if let failure { throw failure }
    }

    /// Wakes every waiter (a time-out): they return and the caller reports what was bound.
    func releaseWaiters() {
        for waiter in waiters { waiter.continuation.resume() }
        waiters = []
    }
}
