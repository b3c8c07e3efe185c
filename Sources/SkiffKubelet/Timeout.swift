import SkiffLoop

/// An operation that did not finish within its time limit on the kubelet's clock.
struct TimeoutError: Error, Sendable {}

/// Runs `operation`, racing it against `duration` on `time`: returns its result, or cancels it and
/// throws `TimeoutError` when the time runs out first. The operation must honour cancellation
/// (every wait the kubelet uses does), or the timeout waits for it anyway.
func withTimeout<Result: Sendable>(
    _ duration: Duration, on time: any TimeSource, _ operation: @escaping @Sendable () async throws -> Result
) async throws -> Result {
    try await withThrowingTaskGroup(of: Result?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await time.sleep(for: duration)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let result = first else { throw TimeoutError() }
        return result
    }
}
