import CLibUV
import Synchronization

/// A one-shot timer on an event loop, made by `EventLoop.scheduleTimer(after:_:)`.
///
/// The body runs once on the loop thread, no earlier than the delay (libuv timers have
/// millisecond resolution; delays are rounded up). Timers due at the same time run in the order
/// they were scheduled. `cancel()` called on the loop thread guarantees the body will not run;
/// called from another thread it races with a timer that is already due. A timer still pending
/// when the loop shuts down never runs.
public final class ScheduledTimer: Sendable {
    private let loop: EventLoop
    private let timer: LoopTimer

    fileprivate init(loop: EventLoop, timer: LoopTimer) {
        self.loop = loop
        self.timer = timer
    }

    /// Stops the timer if it has not fired. Idempotent; callable from any thread.
    public func cancel() {
        if loop.inLoop {
            timer.cancel()
        } else {
            loop.execute { [timer] in timer.cancel() }
        }
    }
}

extension EventLoop {
    /// Runs `body` on the loop thread after `delay`. Callable from any thread.
    @discardableResult
    public func scheduleTimer(after delay: Duration, _ body: @escaping @Sendable () -> Void) -> ScheduledTimer {
        scheduleTimer(after: delay, body, onAbandon: nil)
    }

    /// `onAbandon` runs instead of `body` when the timer can never fire because the loop shut down.
    func scheduleTimer(
        after delay: Duration,
        _ body: @escaping @Sendable () -> Void,
        onAbandon: (@Sendable () -> Void)?
    ) -> ScheduledTimer {
        let timer = LoopTimer(body: body, onAbandon: onAbandon)
        let milliseconds = Self.milliseconds(roundingUp: delay)
        if inLoop {
            timer.start(on: self, milliseconds: milliseconds)
        } else {
            let isAccepted = inbox.push(
                .closure { timer.start(on: self, milliseconds: milliseconds) }, isDropSilent: onAbandon != nil)
            if !isAccepted { onAbandon?() }
        }
        return ScheduledTimer(loop: self, timer: timer)
    }

    static func milliseconds(roundingUp duration: Duration) -> UInt64 {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0, duration > .zero else { return 0 }
        let attosecondsPerMillisecond: Int64 = 1_000_000_000_000_000
        let fraction = (attoseconds + attosecondsPerMillisecond - 1) / attosecondsPerMillisecond
        let (whole, overflow) = UInt64(seconds).multipliedReportingOverflow(by: 1000)
        return overflow ? UInt64.max : whole &+ UInt64(fraction)
    }
}

/// The loop side of a timer: the libuv handle and the body.
///
/// `@unchecked Sendable`: it is created on any thread but every mutable field is read and
/// written only on the loop thread (`start`, `cancel` and the libuv callbacks all run there).
final class LoopTimer: @unchecked Sendable {
    private var handle: UnsafeMutablePointer<uv_timer_t>?
    private var body: (@Sendable () -> Void)?
    private var onAbandon: (@Sendable () -> Void)?
    private var isCancelled = false

    init(body: @escaping @Sendable () -> Void, onAbandon: (@Sendable () -> Void)?) {
        self.body = body
        self.onAbandon = onAbandon
    }

    func start(on loop: EventLoop, milliseconds: UInt64) {
        guard !isCancelled else { return }
        let handle = HandleOwnership.allocate(uv_timer_t.self)
        uv_timer_init(loop.uvLoop, handle)
        HandleOwnership.attach(handle, owner: self) { [self] in
            // Closed without firing or cancel: only loop shutdown does that.
            self.handle = nil
            self.body = nil
            let onAbandon = self.onAbandon
            self.onAbandon = nil
            onAbandon?()
        }
        self.handle = handle
        // libuv measures from its cached "now", which may be a whole turn old.
        uv_update_time(loop.uvLoop)
        uv_timer_start(handle, { handle in
            let timer = HandleOwnership.owner(of: handle, as: LoopTimer.self)
            timer.fire()
        }, milliseconds, 0)
    }

    private func fire() {
        let body = self.body
        self.body = nil
        onAbandon = nil
        closeHandle()
        body?()
    }

    func cancel() {
        isCancelled = true
        body = nil
        onAbandon = nil
        closeHandle()
    }

    private func closeHandle() {
        guard let handle else { return }
        self.handle = nil
        uv_timer_stop(handle)
        HandleOwnership.close(handle)
    }
}
