import Foundation

/// The delay before a crashed container is restarted (upstream's per-container back-off):
/// 10 s after the first crash, doubling each crash up to 5 min; a container that ran for 10 min
/// before crashing starts again from 10 s.
struct CrashLoopBackOff: Sendable, Equatable {
    static let initial: TimeInterval = 10
    static let maximum: TimeInterval = 300
    /// Running this long resets the back-off (upstream: 2 × the maximum).
    static let resetAfter: TimeInterval = 600

    /// The delay the last crash produced; zero before any crash.
    private(set) var current: TimeInterval = 0

    /// Records a crash of a container that ran `ranFor` seconds, and returns how long to wait
    /// before restarting it.
    mutating func next(ranFor: TimeInterval) -> TimeInterval {
        if current == 0 || ranFor >= Self.resetAfter {
            current = Self.initial
        } else {
            current = min(current * 2, Self.maximum)
        }
        return current
    }
}
