import SkiffLoop
@testable import SkiffStore

/// Knows when a test cluster has done everything it can without the clock moving: the loop is
/// idle *and* the store has no write on its commit thread. `EventLoop.settle()` alone cannot
/// tell, because a write being fsynced is off the loop: a test that only settles can look at the
/// cluster between a write and its commit.
///
/// It watches the whole store so it can wait for the next commit instead of polling for it.
/// Isolation: an actor on the cluster's loop.
actor Quiescence: LoopBound {
    nonisolated let loop: EventLoop
    private let store: EmbeddedStore
    /// The highest revision the watch has delivered.
    private var seenRevision: Int64 = 0
    private var waiters: [(revision: Int64, continuation: CheckedContinuation<Void, Never>)] = []
    private var isEnded = false

    init(store: EmbeddedStore, loop: EventLoop) {
        self.store = store
        self.loop = loop
    }

    /// Follows the store's commits until cancelled or the store closes.
    func run() async {
        defer { end() }
        while !Task.isCancelled {
            do {
                let start = try await store.currentRevision()
                let watch = try await store.watch(prefix: "", afterRevision: start)
                saw(start)
                for try await event in watch { saw(event.revision) }
            } catch {
                // Overflowed (re-watch from now) or closed (the next watch throws).
                if (try? await store.currentRevision()) == nil { return }
            }
        }
    }

    /// Returns once the loop is idle and nothing is being committed, twice in a row with no
    /// commit in between (so no commit landed while it looked). Bounded: after `rounds` commits
    /// it gives up, and the test's own checks then fail.
    func wait(rounds: Int = 10_000) async {
        var previous: CommitState?
        for _ in 0..<rounds {
            await loop.settle()
            let state = await store.commitState
            if state.pending > 0 {
                previous = nil
                await waitForCommit(after: state.revision)
                continue
            }
            if previous == state { return }
            previous = state
        }
    }

    private func waitForCommit(after revision: Int64) async {
        if seenRevision > revision || isEnded { return }
        await withCheckedContinuation { waiters.append((revision, $0)) }
    }

    private func saw(_ revision: Int64) {
        seenRevision = max(seenRevision, revision)
        let due = waiters.filter { $0.revision < seenRevision }
        waiters.removeAll { $0.revision < seenRevision }
        for waiter in due { waiter.continuation.resume() }
    }

    private func end() {
        isEnded = true
        let all = waiters
        waiters = []
        for waiter in all { waiter.continuation.resume() }
    }
}

/// What `Quiescence` compares: writes not yet durable, and the last durable revision.
struct CommitState: Equatable {
    var pending: Int
    var revision: Int64
}

extension EmbeddedStore {
    /// Read in one actor turn, so the two agree.
    var commitState: CommitState {
        CommitState(pending: pendingCount, revision: (try? currentRevision()) ?? 0)
    }
}
