import CLibUV

/// Delivers POSIX signals (SIGINT, SIGTERM, …) to Swift code as an `AsyncSequence`: what
/// `skiff up` uses to shut down cleanly on Ctrl-C.
///
/// **Isolation.** An actor on its loop; libuv turns the signal into a loop callback, so nothing
/// runs in signal-handler context.
///
/// **Delivery.** While the watcher is active the signals' default action (terminating the
/// process) is replaced by delivery here. Signals are delivered in arrival order, one consumer at
/// a time; up to 16 wait for a slow consumer and further ones are dropped (repeated signals carry
/// no more information). `stop()`, or cancelling the consuming task, uninstalls the handlers and
/// ends the sequence; so does loop shutdown.
public actor SignalWatcher: LoopBound {
    /// The loop whose thread receives the signals.
    public nonisolated let loop: EventLoop
    /// The received signal numbers. Ends after `stop()`.
    public nonisolated let received: BoundedChannel<Int32>

    private var handles: [UnsafeMutablePointer<uv_signal_t>] = []

    private init(loop: EventLoop) {
        self.loop = loop
        self.received = BoundedChannel(capacity: 16) {
            // Unreachable: `deliver` never sends into a full channel.
            UVError(code: UV_ENOBUFS.rawValue, operation: "signal delivery")
        }
    }

    /// Starts watching `signals` (e.g. `[SIGINT, SIGTERM]`). Throws `UVError` for an invalid
    /// signal number and `EventLoopClosedError` after loop shutdown.
    public static func watch(_ signals: [Int32], on loop: EventLoop) async throws -> SignalWatcher {
        let watcher = SignalWatcher(loop: loop)
        // Through `submit`, not an actor hop: a hop to a shut-down loop would never return.
        try await loop.submit { try watcher.assumeIsolated { try $0.start(signals) } }
        watcher.received.setOnTermination { [loop] in
            loop.execute { watcher.assumeIsolated { $0.closeHandles() } }
        }
        return watcher
    }

    /// Uninstalls the handlers and ends `received`. Idempotent.
    public func stop() {
        closeHandles()
        received.finish()
    }

    private func start(_ signals: [Int32]) throws {
        try loop.checkOpen()
        for signal in signals {
            let handle = HandleOwnership.allocate(uv_signal_t.self)
            uv_signal_init(loop.uvLoop, handle)
            let address = UInt(bitPattern: handle)
            HandleOwnership.attach(handle, owner: self) { [self] in
                // Closed by stop(), by the consumer going away, or by loop shutdown. The memory is
                // freed right after this, so forget the pointer.
                self.assumeIsolated { $0.handles.removeAll { UInt(bitPattern: $0) == address } }
                self.received.finish()
            }
            handles.append(handle)
            let result = uv_signal_start(handle, { handle, signal in
                let watcher = HandleOwnership.owner(of: handle, as: SignalWatcher.self)
                watcher.assumeIsolated { $0.deliver(signal) }
            }, signal)
            if result < 0 {
                closeHandles()
                throw UVError(code: result, operation: "watch signal \(signal)")
            }
        }
    }

    private func deliver(_ signal: Int32) {
        if received.bufferedCount < received.capacity { received.send(signal) }
    }

    private func closeHandles() {
        // Stay in `handles` until the close callback: HandleOwnership.close is idempotent.
        for handle in handles { HandleOwnership.close(handle) }
    }
}
