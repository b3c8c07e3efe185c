import CLibUV
import Glibc
import Synchronization

/// A libuv loop running on its own named thread, and the serial executor of every actor pinned
/// to it.
///
/// **Isolation.** The loop thread runs, one at a time and in FIFO order of arrival: jobs of
/// actors whose executor is the loop (`LoopBound`), jobs of tasks started with
/// `Task(executorPreference: loop.taskExecutor)`, closures passed to `execute`, and libuv
/// callbacks. Anything that holds state touched by those is therefore "locked by the loop".
///
/// **Cost.** Calls between actors on the same loop need no thread switch (~30 ns measured);
/// crossing to another thread and back costs 4–30 µs on a 2-core VM depending on load, so keep a
/// process on one loop and batch what must cross.
///
/// **Lifecycle.** `init` starts the thread. The loop (and its thread) stay alive until
/// `shutdown()`, which closes every handle, runs until their close callbacks have fired, closes
/// the libuv loop and joins the thread. Work that arrives after that is **dropped**, never run:
/// a line is written to standard error on the first drop and the awaiting task, if any, stays
/// suspended forever. This is an ordering bug in the caller (stop components before the loop);
/// async APIs in SkiffLoop that start work throw `EventLoopClosedError` instead.
public final class EventLoop: SerialExecutor, Sendable {
    /// The thread's name (truncated to 15 bytes by the kernel).
    public let name: String

    let inbox: LoopInbox
    private let loopTaskExecutor: LoopTaskExecutor
    private let loopThreadID = Atomic<UInt>(0)
    private let lifecycle = Mutex(Lifecycle())
    private let joinState = Mutex(JoinState())

    // Loop-thread only after `init` returns: libuv is not thread-safe, and every access below
    // happens in a libuv callback or a loop job. Before the thread starts, `init` is the only user.
    nonisolated(unsafe) let uvLoop: UnsafeMutablePointer<uv_loop_t>
    nonisolated(unsafe) private let wakePoll: UnsafeMutablePointer<uv_poll_t>
    nonisolated(unsafe) private let endOfTurnCheck: UnsafeMutablePointer<uv_check_t>
    nonisolated(unsafe) private let endOfTurnIdle: UnsafeMutablePointer<uv_idle_t>
    nonisolated(unsafe) private let confined = LoopConfinedState()

    private struct Lifecycle {
        enum Phase { case running, shuttingDown, terminated }
        var phase = Phase.running
        var terminationWaiters: [CheckedContinuation<Void, Never>] = []
    }

    private struct JoinState {
        var thread: pthread_t = 0
        var isJoined = false
    }

    /// How many batches one wake-up may drain before the loop lets I/O and timers run.
    private static let batchesPerWakeUp = 16

    /// Starts a loop thread called `name`.
    ///
    /// Ignores SIGPIPE process-wide (a write to a closed socket or pipe must be an error, not a
    /// dead process). Throws `UVError` if the loop, its eventfd or its thread cannot be created
    /// (file descriptor or thread exhaustion).
    public init(name: String = "skiff-loop") throws {
        skiff_ignore_sigpipe()
        self.name = name
        let wakeFileDescriptor = eventfd(0, Int32(EFD_CLOEXEC | EFD_NONBLOCK))
        guard wakeFileDescriptor >= 0 else { throw UVError(code: -errno, operation: "eventfd") }
        inbox = LoopInbox(wakeFileDescriptor: wakeFileDescriptor, loopName: name)
        loopTaskExecutor = LoopTaskExecutor(inbox: inbox)

        uvLoop = HandleOwnership.allocate(uv_loop_t.self)
        wakePoll = HandleOwnership.allocate(uv_poll_t.self)
        endOfTurnCheck = HandleOwnership.allocate(uv_check_t.self)
        endOfTurnIdle = HandleOwnership.allocate(uv_idle_t.self)

        do {
            try UVError.check(uv_loop_init(uvLoop), "uv_loop_init")
        } catch {
            close(wakeFileDescriptor)
            for pointer in [UnsafeMutableRawPointer(uvLoop), UnsafeMutableRawPointer(wakePoll),
                            UnsafeMutableRawPointer(endOfTurnCheck), UnsafeMutableRawPointer(endOfTurnIdle)] {
                free(pointer)
            }
            throw error
        }
        // These cannot fail on an initialised loop with a valid fd (EEXIST/EBADF only).
        uv_poll_init(uvLoop, wakePoll, wakeFileDescriptor)
        uv_check_init(uvLoop, endOfTurnCheck)
        uv_idle_init(uvLoop, endOfTurnIdle)
        // The loop's own handles point back at it unretained: the thread keeps the loop alive.
        let unretainedSelf = Unmanaged.passUnretained(self).toOpaque()
        uvLoop.pointee.data = unretainedSelf
        wakePoll.pointee.data = unretainedSelf
        endOfTurnCheck.pointee.data = unretainedSelf
        uv_poll_start(wakePoll, Int32(UV_READABLE.rawValue), { poll, _, _ in
            Unmanaged<EventLoop>.fromOpaque(poll!.pointee.data).takeUnretainedValue().drainInbox()
        })
        uv_check_start(endOfTurnCheck, { check in
            Unmanaged<EventLoop>.fromOpaque(check!.pointee.data).takeUnretainedValue().runEndOfTurn()
        })

        let thread: pthread_t
        do {
            thread = try NativeThread.start { self.runThread() }
        } catch {
            // No thread ever ran: tear the loop down here.
            for handle in [skiff_handle(wakePoll), skiff_handle(endOfTurnCheck), skiff_handle(endOfTurnIdle)] {
                handle.pointee.data = nil
                uv_close(handle, HandleOwnership.closeCallback)
            }
            uv_run(uvLoop, UV_RUN_DEFAULT)
            uv_loop_close(uvLoop)
            free(uvLoop)
            close(wakeFileDescriptor)
            confined.sharedReadBuffer.deallocate()
            throw error
        }
        loopThreadID.store(UInt(thread), ordering: .releasing)
        joinState.withLock { $0.thread = thread }
    }

    // MARK: Executor

    /// The executor to prefer for tasks that should stay on this loop:
    /// `Task(executorPreference: loop.taskExecutor) { … }`. Nonisolated code, continuations and
    /// stream iteration in such a task then resume on the loop (~1 µs) instead of bouncing
    /// through the global pool (~20 µs). It is a separate object from the loop so that task jobs
    /// and actor jobs can be told apart (RUNTIME-NOTES: running actor jobs as task jobs makes
    /// every same-loop actor hop re-enqueue).
    public var taskExecutor: some TaskExecutor { loopTaskExecutor }

    /// Queues an actor job (the runtime calls this for actors pinned to the loop).
    public func enqueue(_ job: consuming ExecutorJob) {
        inbox.push(.actorJob(UnownedJob(job)))
    }

    /// The loop as the serial executor of `LoopBound` actors.
    public func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// Traps unless called on the loop thread (`assumeIsolated` from libuv callbacks relies on it).
    public func checkIsolated() {
        precondition(inLoop, "expected to be on event loop \(name)'s thread")
    }

    /// True on the loop thread: libuv callbacks there may `assumeIsolated` into loop actors.
    public func isIsolatingCurrentContext() -> Bool? {
        inLoop
    }

    /// True when called on this loop's thread.
    public var inLoop: Bool {
        pthread_self() == loopThreadID.load(ordering: .acquiring)
    }

    /// Runs `body` on the loop thread, after all work queued before it (always queued, even when
    /// called on the loop). Dropped, with a log line, after shutdown; see the type's contract.
    public func execute(_ body: @escaping @Sendable () -> Void) {
        inbox.push(.closure(body))
    }

    /// Runs `body` on the loop thread and returns its result: directly when already on the
    /// loop, otherwise through `execute`. Throws `EventLoopClosedError` after shutdown.
    public func submit<Result: Sendable>(
        _ body: @escaping @Sendable () throws -> Result
    ) async throws -> Result {
        if inLoop { return try body() }
        return try await withCheckedThrowingContinuation { continuation in
            let isAccepted = inbox.push(.closure {
                continuation.resume(with: Swift.Result { try body() })
            }, isDropSilent: true)
            if !isAccepted { continuation.resume(throwing: EventLoopClosedError(loopName: name)) }
        }
    }

    /// Throws `EventLoopClosedError` once shutdown has begun. For APIs that create handles.
    func checkOpen() throws {
        let phase = lifecycle.withLock { $0.phase }
        guard phase == .running else { throw EventLoopClosedError(loopName: name) }
    }

    // MARK: Loop thread

    private func runThread() {
        loopThreadID.store(UInt(pthread_self()), ordering: .releasing)
        String(decoding: name.utf8.prefix(15), as: UTF8.self).withCString { skiff_set_thread_name($0) }

        // Returns once shutdown has closed every handle, the loop's own last.
        uv_run(uvLoop, UV_RUN_DEFAULT)
        while uv_loop_close(uvLoop) == UV_EBUSY.rawValue {
            // Only reachable if a handle was opened after the last shutdown step looked; close it.
            closeAllHandles(includingOwn: true)
            uv_run(uvLoop, UV_RUN_DEFAULT)
        }
        free(uvLoop)
        close(inbox.wakeFileDescriptor)
        confined.sharedReadBuffer.deallocate()

        let waiters = lifecycle.withLock { lifecycle in
            lifecycle.phase = .terminated
            defer { lifecycle.terminationWaiters = [] }
            return lifecycle.terminationWaiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// The eventfd callback: runs queued work in FIFO order, batch by batch.
    private func drainInbox() {
        inbox.consumeSignal()
        var batch = confined.spareBatch
        confined.spareBatch = []
        defer { confined.spareBatch = batch }
        let serialExecutor = asUnownedSerialExecutor()
        let taskExecutor = loopTaskExecutor.asUnownedTaskExecutor()
        for _ in 0..<Self.batchesPerWakeUp {
            guard inbox.takeAll(into: &batch) else { return }
            for work in batch {
                switch work {
                case .actorJob(let job):
                    job.runSynchronously(on: serialExecutor)
                case .taskJob(let job):
                    job.runSynchronously(isolatedTo: serialExecutor, taskExecutor: taskExecutor)
                case .closure(let body), .probe(let body):
                    body()
                }
            }
            batch.removeAll(keepingCapacity: true)
        }
        // Still busy: let timers and I/O run, then come back (isWakePending is still set).
        inbox.signal()
    }

    // MARK: End of turn

    /// Runs `body` on the loop thread once the current turn's queued work has run, before the
    /// loop waits for I/O again. Loop thread only. TCP write coalescing is built on this.
    func runAtEndOfTurn(_ body: @escaping () -> Void) {
        precondition(inLoop, "runAtEndOfTurn is loop-thread only")
        if confined.endOfTurn.isEmpty {
            // An active idle handle keeps the poll phase from blocking, so the check phase comes
            // even if nothing else is ready (e.g. when scheduled from a close callback).
            uv_idle_start(endOfTurnIdle, { _ in })
        }
        confined.endOfTurn.append(body)
    }

    /// Runs `body` as a probe at the start of the next turn's drain: after this turn's I/O, end of
    /// turn and close callbacks. Loop thread only.
    func runNextTurn(_ body: @escaping @Sendable () -> Void) {
        runAtEndOfTurn { [inbox] in inbox.push(.probe(body)) }
    }

    private func runEndOfTurn() {
        while !confined.endOfTurn.isEmpty {
            let bodies = confined.endOfTurn
            confined.endOfTurn = []
            for body in bodies { body() }
        }
        uv_idle_stop(endOfTurnIdle)
    }

    // MARK: Shutdown

    /// Shuts the loop down and waits for its thread to end.
    ///
    /// Stop components first. Then: every handle still open (timers, sockets, processes,
    /// signal watchers) is closed, which fails what is waiting on it (`EventLoopClosedError`,
    /// end of sequences); the work this causes runs; once a full turn passes with no open handle
    /// and nothing queued, the loop stops accepting work, closes its own handles, `uv_loop_close`s
    /// and the thread is joined. Never returns if something keeps queueing work forever.
    /// Idempotent; must not be called from the loop thread (or a task that prefers this loop).
    public func shutdown() async {
        precondition(!inLoop, "shutdown() on the loop's own thread would wait for itself")
        beginShutdown()
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let isTerminated = lifecycle.withLock { lifecycle in
                if lifecycle.phase == .terminated { return true }
                lifecycle.terminationWaiters.append(continuation)
                return false
            }
            if isTerminated { continuation.resume() }
        }
        join()
    }

    /// `shutdown()` for synchronous contexts: blocks the calling thread until the loop thread has
    /// ended. Never call it from a thread of the cooperative pool that the loop's work may need.
    public func shutdownGracefully() {
        precondition(!inLoop, "shutdownGracefully() on the loop's own thread would wait for itself")
        beginShutdown()
        join()
    }

    private func beginShutdown() {
        let isFirst = lifecycle.withLock { lifecycle in
            guard lifecycle.phase == .running else { return false }
            lifecycle.phase = .shuttingDown
            return true
        }
        if isFirst { inbox.push(.probe { self.shutdownStep() }) }
    }

    private func join() {
        joinState.withLock { state in
            guard !state.isJoined else { return }
            pthread_join(state.thread, nil)
            state.isJoined = true
        }
    }

    /// One shutdown probe: closes what is open; stops accepting once a full turn has passed with
    /// no handle left, nothing queued and no work pushed.
    private func shutdownStep(lastIdleActivity: UInt64? = nil) {
        let foreignHandles = closeAllHandles(includingOwn: false)
        var idleActivity: UInt64?
        if foreignHandles == 0, confined.endOfTurn.isEmpty {
            if let lastIdleActivity, inbox.stopAccepting(ifIdleSince: lastIdleActivity) {
                closeAllHandles(includingOwn: true)
                return
            }
            idleActivity = inbox.idleActivity
        }
        runNextTurn { [idleActivity] in self.shutdownStep(lastIdleActivity: idleActivity) }
    }

    /// Closes every handle on the loop (the loop's own three only if asked) and returns how many
    /// there were, closing ones included.
    @discardableResult
    private func closeAllHandles(includingOwn: Bool) -> Int {
        confined.walkIncludesOwnHandles = includingOwn
        confined.walkCount = 0
        uv_walk(uvLoop, { handle, argument in
            let loop = Unmanaged<EventLoop>.fromOpaque(argument!).takeUnretainedValue()
            let raw = UnsafeMutableRawPointer(handle!)
            let isOwn = raw == UnsafeMutableRawPointer(loop.wakePoll)
                || raw == UnsafeMutableRawPointer(loop.endOfTurnCheck)
                || raw == UnsafeMutableRawPointer(loop.endOfTurnIdle)
            if isOwn {
                guard loop.confined.walkIncludesOwnHandles else { return }
                // Unretained back-pointer: the generic close callback must not release it.
                handle!.pointee.data = nil
            }
            loop.confined.walkCount += 1
            HandleOwnership.close(handle!)
        }, Unmanaged.passUnretained(self).toOpaque())
        return confined.walkCount
    }
}

extension EventLoop {
    /// The `uv_alloc_cb` of every stream read on a loop: one buffer per loop is enough because a
    /// read callback copies the bytes out before libuv asks for the next buffer.
    static let allocateReadBuffer: uv_alloc_cb = { handle, _, buffer in
        let loop = Unmanaged<EventLoop>.fromOpaque(handle!.pointee.loop.pointee.data).takeUnretainedValue()
        let shared = loop.confined.sharedReadBuffer
        buffer!.pointee = uv_buf_init(shared.baseAddress!.bindMemory(to: CChar.self, capacity: shared.count), UInt32(shared.count))
    }
}

/// Loop-thread-only state of an `EventLoop`.
private final class LoopConfinedState {
    let sharedReadBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
    var spareBatch: [LoopWork] = []
    var endOfTurn: [() -> Void] = []
    var walkIncludesOwnHandles = false
    var walkCount = 0
}
