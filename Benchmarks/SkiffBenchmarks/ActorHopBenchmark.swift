import SkiffLoop

/// What crossing actors and executors costs: the numbers behind "one loop per process".
///
/// Prints nanoseconds per call (median of five runs) for same-loop actor calls, default-executor
/// actor calls, and loop ↔ default-executor round trips, then how many elements per second a
/// loop task drains from a `BoundedChannel` fed by another loop task. Every caller adds up the
/// results it gets back: a caller that ignored them would let the optimiser drop the hop back
/// (RUNTIME-NOTES item 8).
enum ActorHopBenchmark {
    static func run() async throws {
        let loop = try EventLoop(name: "bench-loop")
        let loopCounter = LoopCounter(loop: loop)
        let defaultCounter = DefaultCounter()
        let loopCaller = LoopCaller(loop: loop)
        let defaultCaller = DefaultCaller()

        try await report("loop actor → loop actor (same loop)", calls: 2_000_000) { calls in
            await loopCaller.call(loopCounter, times: calls)
        }
        try await report("default actor → default actor", calls: 2_000_000) { calls in
            await defaultCaller.call(defaultCounter, times: calls)
        }
        try await report("loop actor → default actor → back (round trip)", calls: 20_000) { calls in
            await loopCaller.call(defaultCounter, times: calls)
        }
        try await report("default actor → loop actor → back (round trip)", calls: 20_000) { calls in
            await defaultCaller.call(loopCounter, times: calls)
        }

        var rates: [Double] = []
        for _ in 0..<5 { rates.append(try await channelDrainRate(loop: loop, elements: 2_000_000, batch: 1024)) }
        rates.sort()
        print("BoundedChannel drained by a loop task, batches of 1024: \(Int(rates[2])) elements/s (median of 5)")
        rates = []
        for _ in 0..<5 { rates.append(try await channelDrainRate(loop: loop, elements: 200_000, batch: 1)) }
        rates.sort()
        print("BoundedChannel handed over one at a time (consumer parks each time): \(Int(rates[2])) elements/s (median of 5)")

        await loop.shutdown()
    }

    private static func report(
        _ name: String, calls: Int, _ body: @escaping (Int) async -> Int
    ) async throws {
        var results: [Double] = []
        var checksum = 0
        _ = await body(calls / 10)  // warm-up
        for _ in 0..<5 {
            let start = ContinuousClock.now
            checksum &+= await body(calls)
            let elapsed = ContinuousClock.now - start
            results.append(Double(elapsed.components.attoseconds) / 1e9 + Double(elapsed.components.seconds) * 1e9)
        }
        results.sort()
        precondition(checksum != 0, "the callers must use what they get back")
        let nanosecondsPerCall = results[2] / Double(calls)
        print("\(name): \(formatted(nanosecondsPerCall)) ns per call (median of 5)")
    }

    /// The producer, another loop task, sends `batch` elements and yields whenever the consumer
    /// is behind (or after every element when `batch` is 1, so the consumer parks each time).
    private static func channelDrainRate(loop: EventLoop, elements: Int, batch: Int) async throws -> Double {
        let channel = BoundedChannel<Int>(capacity: 4096) { ChannelOverflow() }
        let start = ContinuousClock.now
        let consumer = Task(executorPreference: loop.taskExecutor) { () -> Int in
            var sum = 0
            for try await value in channel { sum &+= value }
            return sum
        }
        let producer = Task(executorPreference: loop.taskExecutor) {
            var next = 0
            while next < elements {
                if channel.bufferedCount > 2048 {
                    await Task.yield()
                    continue
                }
                let end = min(next + batch, elements)
                channel.send(contentsOf: next..<end)
                next = end
                if batch == 1 { await Task.yield() }
            }
            channel.finish()
        }
        await producer.value
        let sum = try await consumer.value
        let elapsed = ContinuousClock.now - start
        precondition(sum == elements * (elements - 1) / 2, "lost elements")
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Double(elements) / seconds
    }

    private static func formatted(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return "\(rounded)"
    }
}

private struct ChannelOverflow: Error {}

private actor LoopCounter: LoopBound {
    nonisolated let loop: EventLoop
    private var value = 0
    init(loop: EventLoop) { self.loop = loop }
    func increment() -> Int {
        value &+= 1
        return value
    }
}

private actor DefaultCounter {
    private var value = 0
    func increment() -> Int {
        value &+= 1
        return value
    }
}

private protocol Counter: Actor {
    func increment() -> Int
}

extension LoopCounter: Counter {}
extension DefaultCounter: Counter {}

private actor LoopCaller: LoopBound {
    nonisolated let loop: EventLoop
    private var total = 0
    init(loop: EventLoop) { self.loop = loop }

    func call(_ counter: some Counter, times: Int) async -> Int {
        for _ in 0..<times { total &+= await counter.increment() }
        return total
    }
}

private actor DefaultCaller {
    private var total = 0

    func call(_ counter: some Counter, times: Int) async -> Int {
        for _ in 0..<times { total &+= await counter.increment() }
        return total
    }
}
