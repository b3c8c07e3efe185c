import Foundation

/// Where a component gets the time and how it waits: the only clock any component may use.
///
/// Production code gets a `SystemTimeSource` (wall clock, waits on the event loop's timers);
/// tests get a `ManualTimeSource` (from `SkiffLoopTesting`) that only moves when told, so every
/// back-off, lease and timeout is deterministic. Kubernetes' `clock.Clock` is the model.
public protocol TimeSource: Sendable {
    /// The current wall-clock time.
    func now() -> Date
    /// Returns once `now() >= deadline`. Throws `CancellationError` if the task is cancelled first.
    func sleep(until deadline: Date) async throws
}

extension TimeSource {
    /// Waits for `duration` from now.
    public func sleep(for duration: Duration) async throws {
        try await sleep(until: now().addingTimeInterval(duration.timeInterval))
    }

    /// Seconds elapsed since `date`.
    public func since(_ date: Date) -> TimeInterval { now().timeIntervalSince(date) }
}

extension Duration {
    /// The duration in (fractional) seconds.
    public var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
