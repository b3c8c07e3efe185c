import Foundation
import SkiffLoop
import Synchronization

/// A `TimeSource` whose time moves only when a test says so: the deterministic clock for
/// controllers, the scheduler queue, kubelet back-off and leases (SwiftNIO's `EmbeddedEventLoop`
/// semantics).
///
/// - `now()` starts at `start` (default 2026-01-01T00:00:00Z) and changes only in `advance`.
/// - `sleep(until:)` with a deadline ≤ `now()` returns at once (after a cancellation check);
///   otherwise the caller is parked as a *sleeper* until `advance` reaches its deadline, or
///   throws `CancellationError` (and is removed) if its task is cancelled first.
/// - `advance` wakes due sleepers one deadline at a time, earliest first, ties in the order the
///   sleepers registered; `now()` reads the deadline being fired while they run. With a `loop`,
///   it settles the loop (`EventLoop.settle()`) after each deadline, so a component that re-arms
///   a timer for a time still inside the advanced window is woken again in the same `advance`.
///
/// Waking order is the order continuations are resumed; tasks that prefer the loop's task
/// executor (or loop actors) then run in exactly that order. Without a `loop`, `advance` cannot
/// know when woken tasks have run: it wakes every due sleeper and returns, and re-arms inside
/// the window wait for the next `advance`. Calls to `advance` must not overlap.
public final class ManualTimeSource: TimeSource, Sendable {
    /// 2026-01-01T00:00:00Z.
    public static let defaultStart = Date(timeIntervalSince1970: 1_767_225_600)

    /// The loop that `advance` settles between deadlines, if any.
    public let loop: EventLoop?

    private struct Sleeper {
        let deadline: Date
        let id: UInt64
        let continuation: CheckedContinuation<Bool, any Error>
    }

    private enum Registration {
        /// Between `sleep`'s check and its continuation being parked.
        case registering
        case cancelled
    }

    private struct State {
        var now: Date
        var nextID: UInt64 = 0
        /// Parked sleepers sorted by (deadline, id): firing order.
        var parked: [Sleeper] = []
        var registering: [UInt64: Registration] = [:]

        mutating func insert(_ sleeper: Sleeper) {
            var low = 0
            var high = parked.count
            while low < high {
                let middle = (low + high) / 2
                if parked[middle].deadline <= sleeper.deadline { low = middle + 1 } else { high = middle }
            }
            parked.insert(sleeper, at: low)
        }
    }

    private let state: Mutex<State>

    /// - Parameters:
    ///   - start: the initial `now()`.
    ///   - loop: the loop to settle between deadlines in `advance`; the components under test
    ///     should run on it (see `EventLoop.settle()` for what settling can see).
    public init(start: Date = ManualTimeSource.defaultStart, settling loop: EventLoop? = nil) {
        self.state = Mutex(State(now: start))
        self.loop = loop
    }

    /// The manual time: the start, or where `advance` last moved it.
    public func now() -> Date {
        state.withLock { $0.now }
    }

    /// Sleepers waiting for a deadline (including ones still registering), for assertions.
    public var pendingSleepers: Int {
        state.withLock { state in
            state.parked.count + state.registering.values.filter { if case .registering = $0 { true } else { false } }.count
        }
    }

    /// The earliest deadline a sleeper is waiting for.
    public var nextDeadline: Date? {
        state.withLock { $0.parked.first?.deadline }
    }

    /// Parks the caller until `advance` reaches `deadline`; see the type.
    public func sleep(until deadline: Date) async throws {
        try Task.checkCancellation()
        let id = state.withLock { state -> UInt64? in
            guard deadline > state.now else { return nil }
            defer { state.nextID += 1 }
            state.registering[state.nextID] = .registering
            return state.nextID
        }
        guard let id else { return }
        let wokenByAdvance = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Bool, any Error>) in
                enum Outcome { case parked, due, cancelled }
                let outcome = state.withLock { state -> Outcome in
                    let registration = state.registering.removeValue(forKey: id)
                    if case .cancelled = registration { return .cancelled }
                    // Time may have been advanced past the deadline while registering.
                    if deadline <= state.now { return .due }
                    state.insert(Sleeper(deadline: deadline, id: id, continuation: continuation))
                    return .parked
                }
                switch outcome {
                case .parked: break
                case .due: continuation.resume(returning: false)
                case .cancelled: continuation.resume(throwing: CancellationError())
                }
            }
        } onCancel: {
            let continuation = state.withLock { state -> CheckedContinuation<Bool, any Error>? in
                if let index = state.parked.firstIndex(where: { $0.id == id }) {
                    return state.parked.remove(at: index).continuation
                }
                if state.registering[id] != nil { state.registering[id] = .cancelled }
                return nil
            }
            continuation?.resume(throwing: CancellationError())
        }
        // `advance` counted this wake-up as external work so its settle waits for this task to
        // be running again; the task now continues on its own executor, which settle can see
        // when that is the loop.
        if wokenByAdvance { loop?.endExternalWork() }
    }

    /// Moves time forward by `duration`, waking due sleepers deadline by deadline; see the type.
    public func advance(by duration: Duration) async {
        await advance(to: now().addingTimeInterval(duration.timeInterval))
    }

    /// Moves time forward to `target` (never backwards), waking due sleepers deadline by deadline
    /// and settling the loop after each; see the type.
    public func advance(to target: Date) async {
        while true {
            let due = state.withLock { state -> [Sleeper] in
                guard let earliest = state.parked.first, earliest.deadline <= target else {
                    if target > state.now { state.now = target }
                    return []
                }
                if earliest.deadline > state.now { state.now = earliest.deadline }
                let count = state.parked.prefix { $0.deadline == earliest.deadline }.count
                defer { state.parked.removeFirst(count) }
                return Array(state.parked.prefix(count))
            }
            if due.isEmpty { break }
            for sleeper in due {
                loop?.beginExternalWork()
                sleeper.continuation.resume(returning: loop != nil)
            }
            await loop?.settle()
        }
        await loop?.settle()
    }
}
