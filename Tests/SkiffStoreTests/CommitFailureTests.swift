import Testing
@testable import SkiffStore

@Suite("failed commits")
struct CommitFailureTests {
    @Test func aFailedCommitFailsItsWritesAndChangesNothing() async throws {
        let directory = try TemporaryStoreDirectory()
        let store = try await directory.open()
        let first = try await store.create("/a", value: [1])
        let watch = try await store.watch(prefix: "", afterRevision: 0)

        await store.injectCommitFailures(1)
        let error = await storeError { _ = try await store.update("/a", value: [2], expectedRevision: 1) }
        guard case .backend = error else {
            Issue.record("expected a backend error, got \(String(describing: error))")
            return
        }
        #expect(try await store.get("/a") == first)
        #expect(try await store.currentRevision() == 1)
        #expect(await store.pendingCount == 0)

        // The revision is reused and the next write sees the committed state.
        let second = try await store.update("/a", value: [3], expectedRevision: 1)
        #expect(second.modRevision == 2)
        #expect(try await watch.next()?.revision == 1)
        #expect(try await watch.next()?.current == second)  // the failed write was never published
        try await store.close()

        let reopened = try await directory.open()
        #expect(try await reopened.get("/a") == second)
        #expect(try await reopened.logRowCount() == 2)
        try await reopened.close()
    }

    @Test func writesAfterAFailedCommitNeverSeeItsState() async throws {
        let directory = try TemporaryStoreDirectory()
        let store = try await directory.open()
        let watch = try await store.watch(prefix: "", afterRevision: 0)
        await store.injectCommitFailures(1)
        let outcomes = await withTaskGroup(of: (String, StoreError?).self) { group in
            for number in 0..<50 {
                group.addTask {
                    let key = "/k/\(number % 10)"  // creates collide: later ones depend on earlier ones
                    return (key, await storeError { _ = try await store.create(key, value: [UInt8(number)]) })
                }
            }
            var outcomes: [(String, StoreError?)] = []
            for await outcome in group { outcomes.append(outcome) }
            return outcomes
        }
        let backendFailures = outcomes.filter { if case .backend = $1 { true } else { false } }
        #expect(!backendFailures.isEmpty)
        #expect(outcomes.allSatisfy { error in
            switch error.1 {
            case nil, .keyExists?, .backend?: true
            default: false
            }
        })
        // The store recovered: new writes go through.
        for number in 0..<5 { _ = try await store.create("/after/\(number)", value: [1]) }

        // What is stored is exactly what was acknowledged, at consecutive revisions.
        let acknowledgedKeys = Set(outcomes.filter { $0.1 == nil }.map(\.0))
        #expect(acknowledgedKeys.count == outcomes.filter { $0.1 == nil }.count)
        let stored = try await store.range(prefix: "/", startAfter: nil, limit: nil).items
        #expect(Set(stored.map(\.key)) == acknowledgedKeys.union((0..<5).map { "/after/\($0)" }))
        #expect(Set(stored.map(\.modRevision)) == Set(1...Int64(stored.count)))
        #expect(try await store.currentRevision() == Int64(stored.count))
        for revision in 1...Int64(stored.count) {
            #expect(try await watch.next()?.revision == revision)
        }
        #expect(watch.bufferedCount == 0)
        #expect(await store.pendingCount == 0)
        try await store.close()

        let reopened = try await directory.open()
        #expect(try await reopened.range(prefix: "/", startAfter: nil, limit: nil).items == stored)
        try await reopened.close()
    }
}
