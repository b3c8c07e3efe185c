import SkiffLoop

/// Per-attempt delays that double from `base` up to `cap` (client-go's
/// `ItemExponentialFailureRateLimiter`).
public struct ExponentialBackoff: Sendable, Hashable {
    public var base: Duration
    public var cap: Duration

    public init(base: Duration = .milliseconds(5), cap: Duration = .seconds(1000)) {
        self.base = base
        self.cap = cap
    }

    /// The delay before retry number `attempt` (0 for the first retry).
    public func delay(forAttempt attempt: Int) -> Duration {
        guard attempt < 62 else { return cap }
        let factor = Double(1 << min(attempt, 61))
        let seconds = base.timeInterval * factor
        if seconds >= cap.timeInterval { return cap }
        return .nanoseconds(Int64(seconds * 1e9))
    }
}
