import Testing
@testable import SkiffStore

@Suite("watch")
struct WatchTests {
    @Test func historyThenLiveWithConcurrentWritersHasNoGapsOrDuplicates() async throws {
        let directory = try TemporaryStoreDirectory()
        let store = try await directory.open()
        for number in 0..<500 { _ = try await store.create("/w/seed-\(number)", value: testValue(number)) }

        let writers = 8
        let perWriter = 400
        // Start the writers, then open the watch from the middle of the history while they run.
        let watch = try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<writers {
                group.addTask {
                    var item = try await store.create("/w/writer-\(writer)", value: testValue(writer))
                    for step in 1..<perWriter {
                        item = try await store.update(item.key, value: testValue(step), expectedRevision: item.modRevision)
                    }
                }
            }
            let watch = try await store.watch(prefix: "/w/", afterRevision: 250)
            try await group.waitForAll()
            return watch
        }
        let last = try await store.currentRevision()
        #expect(last == Int64(500 + writers * perWriter))

        var expectedRevision: Int64 = 251
        var versions: [String: Int64] = [:]
        while expectedRevision <= last, let event = try await watch.next() {
            #expect(event.revision == expectedRevision)
            expectedRevision += 1
            // Each event's `previous` is the item the event replaced.
            if let previous = event.previous {
                #expect(versions[event.current.key] == nil || versions[event.current.key] == previous.version)
            }
            versions[event.current.key] = event.current.version
        }
        #expect(expectedRevision == last + 1)
        #expect(watch.bufferedCount == 0)
        watch.cancel()
        try await store.close()
    }

    @Test func eventsCarryPreviousAndTombstones() async throws {
        let directory = try TemporaryStoreDirectory()
        let store = try await directory.open()
        let watch = try await store.watch(prefix: "/p/", afterRevision: 0)
        let created = try await store.create("/p/x", value: [1])
        _ = try await store.create("/q/ignored", value: [1])
        let updated = try await store.update("/p/x", value: [2], expectedRevision: created.modRevision)
        let (_, deletion) = try await store.delete("/p/x", expectedRevision: nil)

        let first = try #require(try await watch.next())
        #expect(first == StoreEvent(kind: .put, current: created, previous: nil))
        let second = try #require(try await watch.next())
        #expect(second == StoreEvent(kind: .put, current: updated, previous: created))
        let third = try #require(try await watch.next())
        #expect(third.kind == .delete)
        #expect(third.revision == deletion)
        #expect(third.current.key == "/p/x" && third.current.value.isEmpty)
        #expect(third.previous == updated)
        try await store.close()
        // Closing ends the watch.
        await #expect(throws: StoreError.closed) { _ = try await watch.next() }
    }

    @Test func watchFromTheFutureStartsAtThatRevision() async throws {
        let directory = try TemporaryStoreDirectory()
        let store = try await directory.open()
        let watch = try await store.watch(prefix: "", afterRevision: 3)
        for number in 1...5 { _ = try await store.create("/k\(number)", value: [1]) }
        #expect(try await watch.next()?.revision == 4)
        #expect(try await watch.next()?.revision == 5)
        try await store.close()
    }

    @Test func watchFromBeforeCompactionThrowsCompacted() async throws {
        let directory = try TemporaryStoreDirectory()
        let store = try await directory.open()
        var item = try await store.create("/c", value: [0])
        for step in 1..<10 { item = try await store.update("/c", value: [UInt8(step)], expectedRevision: item.modRevision) }
        _ = try await store.create("/gone", value: [0])
        _ = try await store.delete("/gone", expectedRevision: nil)  // revision 12
        #expect(try await store.logRowCount() == 12)

        try await store.compact(upTo: 12)
        await #expect(throws: StoreError.compacted(requested: 11, compactedRevision: 12)) {
            _ = try await store.watch(prefix: "", afterRevision: 11)
        }
        // Only the latest row of /c survives on disk.
        #expect(try await store.logRowCount() == 1)

        try await store.compact(upTo: 5)  // older than the compacted revision: nothing to do
        let watch = try await store.watch(prefix: "", afterRevision: 12)
        _ = try await store.create("/d", value: [1])
        #expect(try await watch.next()?.revision == 13)
        try await store.close()

        // Compaction survives a reopen, and revisions continue after the compacted tombstone.
        let reopened = try await directory.open()
        #expect(try await reopened.currentRevision() == 13)
        #expect(try await reopened.get("/c") == item)
        await #expect(throws: StoreError.compacted(requested: 11, compactedRevision: 12)) {
            _ = try await reopened.watch(prefix: "", afterRevision: 11)
        }
        let replay = try await reopened.watch(prefix: "", afterRevision: 12)
        #expect(try await replay.next()?.current.key == "/d")
        #expect(try await reopened.create("/e", value: [1]).modRevision == 14)
        try await reopened.close()
    }

    @Test func historyCapacityBoundsHowFarBackAWatchCanStart() async throws {
        let directory = try TemporaryStoreDirectory()
        let store = try await directory.open(options: .init(historyCapacity: 10))
        for number in 1...30 { _ = try await store.create("/h/\(number)", value: [1]) }
        await #expect(throws: StoreError.compacted(requested: 5, compactedRevision: 20)) {
            _ = try await store.watch(prefix: "", afterRevision: 5)
        }
        let watch = try await store.watch(prefix: "", afterRevision: 20)
        #expect(try await watch.next()?.revision == 21)
        try await store.close()
    }

    @Test func slowWatcherEndsWithWatcherTooSlowAndWritersContinue() async throws {
        let directory = try TemporaryStoreDirectory()
        let store = try await directory.open(options: .init(watchBufferCapacity: 16))
        let slow = try await store.watch(prefix: "/slow/", afterRevision: 0)
        let other = try await store.watch(prefix: "/other/", afterRevision: 0)
        #expect(await store.watcherCount == 2)

        try await withThrowingTaskGroup(of: Void.self) { group in
            for number in 0..<100 {
                group.addTask { _ = try await store.create("/slow/\(number)", value: testValue(number)) }
            }
            try await group.waitForAll()
        }
        for number in 0..<5 { _ = try await store.create("/other/\(number)", value: [1]) }
        #expect(try await store.currentRevision() == 105)

        // The slow watcher was ended and unregistered; the other one got everything.
        #expect(slow.isEnded)
        await #expect(throws: StoreError.watcherTooSlow) { _ = try await slow.next() }
        #expect(await store.watcherCount == 1)
        for number in 0..<5 { #expect(try await other.next()?.current.key == "/other/\(number)") }

        // Cancelling a watch unregisters it.
        other.cancel()
        #expect(await store.watcherCount == 0)
        try await store.close()
    }

    @Test func historyLargerThanTheBufferEndsTheWatchAtOnce() async throws {
        let directory = try TemporaryStoreDirectory()
        let store = try await directory.open(options: .init(watchBufferCapacity: 4))
        for number in 0..<10 { _ = try await store.create("/k/\(number)", value: [1]) }
        let watch = try await store.watch(prefix: "", afterRevision: 0)
        await #expect(throws: StoreError.watcherTooSlow) { _ = try await watch.next() }
        #expect(await store.watcherCount == 0)
        try await store.close()
    }
}
