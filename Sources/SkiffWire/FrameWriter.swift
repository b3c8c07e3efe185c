import SkiffLoop

/// Sends frames on one `TCPConnection`, in the order they are enqueued, from any number of
/// producers on the connection's loop.
///
/// Why it exists: responses and watch events of many streams are produced concurrently; frames
/// must never interleave and a producer must be able to queue a frame without suspending
/// (so it can register a pending call first, then send, with no reentrancy gap).
///
/// Contract: `enqueue` appends a whole frame and returns at once; a single drain task hands the
/// queued bytes to the connection (which coalesces them per loop turn). `enqueueWithBackPressure`
/// also suspends while more than `highWaterMark` bytes wait, so a watch relay is slowed by a slow
/// peer instead of growing memory. The first write failure is reported once to `onFailure`;
/// after it (or `close()`), frames are dropped and waiting producers resume.
public actor FrameWriter: LoopBound {
    public nonisolated let loop: EventLoop
    /// Queued bytes above which `enqueueWithBackPressure` waits.
    public let highWaterMark: Int

    private let connection: TCPConnection
    private var outbox: [UInt8] = []
    private var isDraining = false
    private var isFailed = false
    private var roomWaiters: [CheckedContinuation<Void, Never>] = []
    private var flushWaiters: [CheckedContinuation<Void, Never>] = []
    private var onFailure: (@Sendable (any Error) -> Void)?

    public init(connection: TCPConnection, highWaterMark: Int = 1 << 20) {
        self.loop = connection.loop
        self.connection = connection
        self.highWaterMark = highWaterMark
    }

    /// Sets what to call (once) when a write fails: the connection is then unusable.
    public func setOnFailure(_ body: @escaping @Sendable (any Error) -> Void) {
        onFailure = body
    }

    /// Queues `frame` from any actor: synchronously when called on the loop thread (the normal
    /// case: the caller is an actor on the same loop, so ordering with the caller's own state
    /// changes is exact), otherwise by hopping to the loop.
    public nonisolated func send(_ frame: Frame) {
        if loop.inLoop {
            assumeIsolated { $0.enqueue(frame) }
        } else {
            Task { await self.enqueue(frame) }
        }
    }

    /// Drops queued frames and refuses further ones, from any actor (see `send`).
    public nonisolated func shutdown() {
        if loop.inLoop {
            assumeIsolated { $0.close() }
        } else {
            Task { await self.close() }
        }
    }

    /// Queues `frame`; see the type's contract.
    public func enqueue(_ frame: Frame) {
        guard !isFailed else { return }
        frame.append(to: &outbox)
        if !isDraining {
            isDraining = true
            Task { await self.drain() }
        }
    }

    /// Queues `frame`, then waits while the queue is above the high-water mark.
    public func enqueueWithBackPressure(_ frame: Frame) async {
        enqueue(frame)
        while !isFailed, outbox.count > highWaterMark {
            await withCheckedContinuation { roomWaiters.append($0) }
        }
    }

    /// Waits until every frame queued so far has been handed to the connection (or the writer
    /// failed or was closed): call before closing a connection that should say goodbye.
    public func flush() async {
        guard isDraining, !isFailed else { return }
        await withCheckedContinuation { flushWaiters.append($0) }
    }

    /// Drops what is queued and refuses further frames (the connection is being closed).
    public func close() {
        isFailed = true
        outbox = []
        releaseWaiters()
    }

    private func drain() async {
        while !outbox.isEmpty, !isFailed {
            let bytes = outbox
            outbox = []
            releaseWaiters()
            do {
                try await connection.write(bytes)
            } catch {
                isFailed = true
                outbox = []
                releaseWaiters()
                let report = onFailure
                onFailure = nil
                report?(error)
            }
        }
        isDraining = false
        let flushed = flushWaiters
        flushWaiters = []
        for waiter in flushed { waiter.resume() }
    }

    private func releaseWaiters() {
        let waiters = roomWaiters
        roomWaiters = []
        for waiter in waiters { waiter.resume() }
    }
}
