import SkiffLoop
import Testing
@testable import SkiffStore

@Suite("durability and recovery")
struct DurabilityTests {
    @Test func sixtyFourConcurrentWritersAreAllAcknowledgedAndSurviveReopen() async throws {
        let directory = try TemporaryStoreDirectory()
        let store = try await directory.open()
        let writers = 64
        let perWriter = 40
        let acknowledged = try await withThrowingTaskGroup(of: [KeyValue].self) { group in
            for writer in 0..<writers {
                group.addTask {
                    var items: [KeyValue] = []
                    for number in 0..<perWriter {
                        let key = "/c/\(writer)/\(number)"
                        items.append(try await store.create(key, value: testValue(writer * 1000 + number, count: 2048)))
                    }
                    return items
                }
            }
            var all: [KeyValue] = []
            for try await items in group { all += items }
            return all
        }
        let total = writers * perWriter
        #expect(acknowledged.count == total)
        #expect(Set(acknowledged.map(\.modRevision)) == Set(1...Int64(total)))
        #expect(try await store.currentRevision() == Int64(total))
        try await store.close()

        let reopened = try await directory.open()
        #expect(try await reopened.currentRevision() == Int64(total))
        for item in acknowledged {
            #expect(try await reopened.get(item.key) == item)
        }
        #expect(try await reopened.range(prefix: "/c/", startAfter: nil, limit: nil).items.count == total)
        #expect(try await reopened.create("/next", value: [1]).modRevision == Int64(total) + 1)
        try await reopened.close()
    }

    @Test func revisionsContinueAfterReopenEvenWhenTheLastWriteWasADelete() async throws {
        let directory = try TemporaryStoreDirectory()
        var store = try await directory.open()
        let kept = try await store.create("/kept", value: [1])
        _ = try await store.create("/gone", value: [2])
        _ = try await store.delete("/gone", expectedRevision: nil)
        try await store.close()

        store = try await directory.open()
        #expect(try await store.currentRevision() == 3)
        #expect(try await store.get("/kept") == kept)
        #expect(try await store.get("/gone") == nil)
        // The history survives too: a watch from revision 0 replays all three events.
        let watch = try await store.watch(prefix: "", afterRevision: 0)
        #expect(try await watch.next()?.revision == 1)
        #expect(try await watch.next()?.revision == 2)
        let deletion = try await watch.next()
        #expect(deletion?.kind == .delete && deletion?.previous?.key == "/gone")
        #expect(try await store.create("/gone", value: [3]).modRevision == 4)
        try await store.close()

        store = try await directory.open()
        #expect(try await store.currentRevision() == 4)
        #expect(try await store.get("/gone")?.createRevision == 4)
        try await store.close()
    }

    @Test func settlingTheStoresLoopWaitsForCommitsInFlight() async throws {
        // Deterministic tests settle the loop and then look: a commit on the writer thread must
        // count as work in progress, or they look before it lands.
        let loop = try EventLoop(name: "test-store-settle")
        let directory = try TemporaryStoreDirectory()
        let store = try await directory.open(options: EmbeddedStoreOptions(executor: loop))
        for _ in 0..<20 {
            let before = try await store.currentRevision()
            let writes = (0..<8).map { index in
                Task(executorPreference: loop.taskExecutor) { try await store.create("/s/\(before)/\(index)", value: testValue(index)) }
            }
            await loop.settle()
            #expect(try await store.currentRevision() == before + 8)
            for write in writes { _ = try await write.value }
        }
        try await store.close()
        await loop.shutdown()
    }

    @Test func closeWaitsForWritesInFlight() async throws {
        let directory = try TemporaryStoreDirectory()
        let store = try await directory.open()
        let results = await withTaskGroup(of: StoreError?.self) { group in
            for number in 0..<200 {
                group.addTask { await storeError { _ = try await store.create("/f/\(number)", value: [1]) } }
            }
            group.addTask { await storeError { try await store.close() } }
            var results: [StoreError?] = []
            for await result in group { results.append(result) }
            return results
        }
        // Every write either landed before close began or was refused with .closed; none failed otherwise.
        let landed = results.filter { $0 == nil }.count - 1  // minus the close itself
        #expect(results.allSatisfy { $0 == nil || $0 == .closed })
        let reopened = try await directory.open()
        #expect(try await reopened.currentRevision() == Int64(landed))
        #expect(try await reopened.range(prefix: "/f/", startAfter: nil, limit: nil).items.count == landed)
        try await reopened.close()
    }

    @Test func storeRunsOnAGivenExecutor() async throws {
        let directory = try TemporaryStoreDirectory()
        let executor = CountingExecutor()
        let store = try await directory.open(options: .init(executor: executor))
        let item = try await store.create("/x", value: [1])
        #expect(try await store.get("/x") == item)
        try await store.close()
        #expect(executor.jobCount > 0)
    }
}
