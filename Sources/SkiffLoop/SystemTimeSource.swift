import Foundation

/// The production `TimeSource`: `now()` is the wall clock (`Date()`), and `sleep(until:)` waits
/// on a libuv timer of `loop`, re-arming if the wall clock has not reached the deadline yet (a
/// wall-clock step backwards therefore lengthens the wait). Throws `CancellationError` when the
/// task is cancelled, `EventLoopClosedError` when the loop shuts down first.
public struct SystemTimeSource: TimeSource {
    /// The loop whose timers measure sleeps.
    public let loop: EventLoop

    /// A time source whose sleeps use `loop`'s timers.
    public init(loop: EventLoop) {
        self.loop = loop
    }

    /// The wall clock.
    public func now() -> Date { Date() }

    /// Returns once the wall clock reads `deadline` or later; see the type.
    public func sleep(until deadline: Date) async throws {
        try Task.checkCancellation()
        while true {
            let remaining = deadline.timeIntervalSince(Date())
            if remaining <= 0 { return }
            try await loop.sleep(for: .nanoseconds(Int64((remaining * 1e9).rounded(.up))))
        }
    }
}
