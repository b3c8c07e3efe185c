import SkiffLoop

/// The scheduler's only randomness: picking among equally scored nodes (upstream's reservoir
/// sampling in `selectHost`) and preemption's candidate offset. A SplitMix64 generator seeded
/// from `Scheduler.Options.seed`, which the scheduler logs, so any placement can be replayed.
public struct TieBreaker: RandomNumberGenerator, Sendable {
    private var generator: SplitMix64

    public init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    public mutating func next() -> UInt64 { generator.next() }

    /// A uniform integer in `0..<bound` (`bound` > 0).
    public mutating func next(below bound: Int) -> Int {
        Int(next(upperBound: UInt64(bound)))
    }
}
