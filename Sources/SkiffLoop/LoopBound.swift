/// An actor that runs on an `EventLoop`: conform and store the loop, and every method of the
/// actor runs on the loop thread.
///
/// ```swift
/// actor Scheduler: LoopBound {
///     nonisolated let loop: EventLoop
/// }
/// ```
///
/// Calls between actors bound to the same loop do not switch threads (~20 ns). Libuv callbacks,
/// which run on the loop thread, may enter the actor synchronously with `assumeIsolated`.
public protocol LoopBound: Actor {
    /// The loop whose thread runs this actor. Must never change.
    nonisolated var loop: EventLoop { get }
}

extension LoopBound {
    /// Pins the actor to `loop`.
    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        loop.asUnownedSerialExecutor()
    }
}
