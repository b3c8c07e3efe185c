import Synchronization

/// A single-consumer, multi-producer channel with a fixed capacity: the shape of every watch.
///
/// Producers never block and never grow memory without bound: `send` past `capacity` buffered
/// elements ends the channel with the error made by `overflowError` (a watch's `Expired`), drops
/// the buffer, and reports `.overflowed` so the producer can forget this consumer; the consumer's
/// next call throws that error (it has to re-list anyway). After `finish()` the consumer sees
/// every element sent before it, then the end (or the error passed to `finish`).
///
/// Thread-safe: producers may send from any thread; the consumer may run anywhere, and a consumer
/// on an event loop (`next(isolation:)` with the caller's isolation) never leaves the loop.
///
/// Cancelling the consuming task, or calling `cancel()`, ends the channel and runs
/// `onTermination` once, so producers can unregister the consumer.
/// Elements are delivered in send order. Only one task may iterate at a time.
public final class BoundedChannel<Element: Sendable>: AsyncSequence, Sendable {
    /// What happened to a `send`.
    public enum SendResult: Sendable, Equatable {
        case enqueued
        /// The buffer was full: the channel is now ended with the overflow error.
        case overflowed
        /// The channel had already ended; nothing was enqueued.
        case terminated
    }

    // The send/next hot path is `@inlinable` so client modules get it specialised for their
    // element type: unspecialised generic code measured ~60× slower (0.7 M vs 46 M elements/s).
    @usableFromInline
    struct State {
        @usableFromInline var buffer: [Element] = []
        @usableFromInline var head = 0
        @usableFromInline var waiter: CheckedContinuation<Element?, any Error>?
        @usableFromInline var isEnded = false
        @usableFromInline var endError: (any Error)?
        @usableFromInline var onTermination: (@Sendable () -> Void)?
        @usableFromInline var count: Int { buffer.count - head }

        @usableFromInline init() {}
    }

    /// How many elements may wait for the consumer before a `send` overflows the channel.
    public let capacity: Int
    @usableFromInline let overflowError: @Sendable () -> any Error
    @usableFromInline let state = Mutex(State())

    /// - Parameters:
    ///   - capacity: how many elements may wait for the consumer before the channel overflows.
    ///   - overflowError: the error the consumer receives after an overflow.
    public init(capacity: Int, overflowError: @escaping @Sendable () -> any Error) {
        precondition(capacity > 0, "a channel needs room for at least one element")
        self.capacity = capacity
        self.overflowError = overflowError
    }

    /// Called once when the channel ends for any reason (finish, overflow, cancel); at once if
    /// it already has. Several bodies may be registered: each runs, in registration order.
    public func setOnTermination(_ body: @escaping @Sendable () -> Void) {
        let runNow = state.withLock { state -> Bool in
            if state.isEnded { return true }
            if let earlier = state.onTermination {
                state.onTermination = { earlier(); body() }
            } else {
                state.onTermination = body
            }
            return false
        }
        if runNow { body() }
    }

    /// Returns once the channel has ended, without consuming anything (the consumer may still
    /// drain what is buffered): how a test or supervisor awaits a watch's end.
    public func ended() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            setOnTermination { continuation.resume() }
        }
    }

    /// True once the channel has ended (the consumer may still be draining buffered elements).
    @inlinable
    public var isEnded: Bool { state.withLock { $0.isEnded } }

    /// Number of elements waiting for the consumer.
    @inlinable
    public var bufferedCount: Int { state.withLock { $0.count } }

    /// Enqueues one element or ends the channel on overflow.
    @inlinable
    @discardableResult
    public func send(_ element: Element) -> SendResult {
        send(contentsOf: CollectionOfOne(element))
    }

    /// Enqueues several elements under one lock.
    @inlinable
    @discardableResult
    public func send(contentsOf elements: some Collection<Element>) -> SendResult {
        if elements.isEmpty { return isEnded ? .terminated : .enqueued }
        var resume: (CheckedContinuation<Element?, any Error>, Result<Element?, any Error>)?
        var terminate: (@Sendable () -> Void)?
        let result = state.withLock { state -> SendResult in
            if state.isEnded { return .terminated }
            if state.count + elements.count > capacity + (state.waiter == nil ? 0 : 1) {
                state.isEnded = true
                state.endError = overflowError()
                state.buffer = []
                state.head = 0
                terminate = state.onTermination
                state.onTermination = nil
                if let waiter = state.waiter {
                    state.waiter = nil
                    resume = (waiter, .failure(state.endError!))
                    state.endError = nil
                }
                return .overflowed
            }
            var rest = elements[...]
            if let waiter = state.waiter, let first = rest.first {
                state.waiter = nil
                resume = (waiter, .success(first))
                rest = rest.dropFirst()
            }
            if state.head > 64, state.head * 2 > state.buffer.count {
                state.buffer.removeFirst(state.head)
                state.head = 0
            }
            state.buffer.append(contentsOf: rest)
            return .enqueued
        }
        if let (continuation, value) = resume { continuation.resume(with: value) }
        terminate?()
        return result
    }

    /// Ends the channel: the consumer drains what is buffered, then sees the end (or `error`).
    /// No effect if the channel has already ended.
    public func finish(throwing error: (any Error)? = nil) {
        var resume: (CheckedContinuation<Element?, any Error>, Result<Element?, any Error>)?
        var terminate: (@Sendable () -> Void)?
        state.withLock { state in
            guard !state.isEnded else { return }
            state.isEnded = true
            terminate = state.onTermination
            state.onTermination = nil
            if let waiter = state.waiter {
                // A parked consumer means nothing is buffered: it sees the end now.
                state.waiter = nil
                resume = (waiter, error.map { .failure($0) } ?? .success(nil))
            } else {
                state.endError = error
            }
        }
        if let (continuation, result) = resume { continuation.resume(with: result) }
        terminate?()
    }

    /// Ends the channel at once, dropping what is buffered (the consumer's side of `finish`).
    public func cancel() {
        var resume: CheckedContinuation<Element?, any Error>?
        var terminate: (@Sendable () -> Void)?
        state.withLock { state in
            state.buffer = []
            state.head = 0
            if !state.isEnded {
                state.isEnded = true
                terminate = state.onTermination
                state.onTermination = nil
            }
            state.endError = nil
            resume = state.waiter
            state.waiter = nil
        }
        resume?.resume(returning: nil)
        terminate?()
    }

    /// What the consumer finds when it looks at the state.
    @usableFromInline
    enum Poll {
        case value(Element)
        case end
        case failure(any Error)
        case empty
    }

    /// Takes the next element, or the end, out of `state`. The end error is handed out once.
    @inlinable
    static func poll(_ state: inout State) -> Poll {
        if state.count > 0 {
            let element = state.buffer[state.head]
            state.head += 1
            if state.head == state.buffer.count {
                state.buffer.removeAll(keepingCapacity: true)
                state.head = 0
            }
            return .value(element)
        }
        guard state.isEnded else { return .empty }
        if let error = state.endError {
            state.endError = nil
            return .failure(error)
        }
        return .end
    }

    /// The next element, nil at the end, or the error the channel ended with.
    ///
    /// Suspends only when nothing is buffered; the consumer resumes on `actor` (pass the caller's
    /// isolation so a loop-bound consumer never leaves the loop). Cancelling the waiting task
    /// cancels the channel (see `cancel()`), and this call returns nil.
    @inlinable
    public func next(isolation actor: isolated (any Actor)? = #isolation) async throws -> Element? {
        switch state.withLock({ Self.poll(&$0) }) {
        case .value(let element): return element
        case .end: return nil
        case .failure(let error): throw error
        case .empty: break
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation(isolation: actor) { (continuation: CheckedContinuation<Element?, any Error>) in
                let outcome = state.withLock { state -> Poll in
                    let outcome = Self.poll(&state)
                    if case .empty = outcome {
                        precondition(state.waiter == nil, "BoundedChannel supports one consumer at a time")
                        state.waiter = continuation
                    }
                    return outcome
                }
                switch outcome {
                case .empty: break
                case .value(let element): continuation.resume(returning: element)
                case .end: continuation.resume(returning: nil)
                case .failure(let error): continuation.resume(throwing: error)
                }
            }
        } onCancel: {
            self.cancel()
        }
    }

    /// The channel's one iterator; see the type's contract.
    @inlinable
    public func makeAsyncIterator() -> Iterator { Iterator(channel: self) }

    /// Iterates the channel; see the type's contract.
    public struct Iterator: AsyncIteratorProtocol {
        @usableFromInline let channel: BoundedChannel<Element>

        @inlinable init(channel: BoundedChannel<Element>) { self.channel = channel }

        /// The next element; see `BoundedChannel.next(isolation:)`.
        @inlinable
        public mutating func next(isolation actor: isolated (any Actor)?) async throws -> Element? {
            try await channel.next(isolation: actor)
        }

        /// The next element, without caller isolation; prefer `next(isolation:)`.
        @inlinable
        public mutating func next() async throws -> Element? {
            try await channel.next(isolation: nil)
        }
    }
}
