/// The scheduler's only randomness: picking among equally scored nodes (upstream's reservoir
/// sampling in `selectHost`) and preemption's candidate offset. A SplitMix64 generator seeded
/// from `Scheduler.Options.seed`, which the scheduler logs, so any placement can be replayed.
public struct TieBreaker: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A uniform integer in `0..<bound` (`bound` > 0).
    public mutating func next(below bound: Int) -> Int {
        Int(next(upperBound: UInt64(bound)))
    }
}
