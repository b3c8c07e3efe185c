import Glibc
import SkiffLoop

/// Waiting for Ctrl-C or `kill`: how every long-running role ends cleanly.
enum TerminationSignal {
    /// Returns the signal (SIGINT or SIGTERM) once one arrives.
    static func wait(on loop: EventLoop) async throws -> Int32 {
        let signals = try await SignalWatcher.watch([SIGINT, SIGTERM], on: loop)
        let received = try await signals.received.next()
        await signals.stop()
        return received ?? SIGTERM
    }
}
