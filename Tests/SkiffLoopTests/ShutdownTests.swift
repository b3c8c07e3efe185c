import Foundation
import Synchronization
import Testing
@testable import SkiffLoop

@Suite struct ShutdownTests {
    private func openFileDescriptorCount() throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
    }

    @Test func fiftyLoopsInARowLeakNoThreadsOrFileDescriptors() async throws {
        let before = try openFileDescriptorCount()
        for index in 0..<50 {
            let loop = try EventLoop(name: "leakcheck-\(index)")
            // Leave handles of every kind open: shutdown must close them.
            let listener = try await TCPListener.bind(host: "127.0.0.1", port: 0, on: loop)
            let client = try await TCPConnection.connect(to: listener.localAddress, on: loop)
            let accepted = try await listener.accept()
            #expect(accepted != nil)
            try await client.write([1, 2, 3])
            loop.scheduleTimer(after: .seconds(3600)) {}
            let sleeper = Task(executorPreference: loop.taskExecutor) { try await loop.sleep(for: .seconds(3600)) }
            let watcher = try await SignalWatcher.watch([SIGUSR1], on: loop)
            await loop.settle()
            #expect(try ProcessThreads.names().contains("leakcheck-\(index)"))  // named by the thread itself

            await loop.shutdown()
            await #expect(throws: EventLoopClosedError.self) { try await sleeper.value }
            #expect(try await watcher.received.next() == nil)
            #expect(try ProcessThreads.hasExited(named: "leakcheck-\(index)"))
        }
        // Each loop holds at least an epoll fd, an eventfd and three sockets: a leak would add
        // 250+. Tests running in parallel open and close descriptors meanwhile (up to ~70 were
        // seen at once under load), so the bound sits between the two.
        let after = try openFileDescriptorCount()
        #expect(after - before < 150, "before: \(before), after: \(after)")
    }

    @Test func workAfterShutdownIsDroppedNotRun() async throws {
        let loop = try EventLoop(name: "test-after-shutdown")
        await loop.shutdown()
        let ran = Atomic(false)
        loop.execute { ran.store(true, ordering: .relaxed) }
        #expect(loop.inbox.droppedCount == 1)
        #expect(ran.load(ordering: .relaxed) == false)
        await #expect(throws: EventLoopClosedError.self) {
            try await TCPListener.bind(host: "127.0.0.1", port: 0, on: loop)
        }
        await loop.settle()  // returns at once: nothing left to run
    }

    @Test func synchronousShutdownJoinsTheThread() throws {
        let loop = try EventLoop(name: "test-sync-shutdown")
        loop.shutdownGracefully()
        loop.shutdownGracefully()
        #expect(try ProcessThreads.hasExited(named: "test-sync-shutdown"))
    }
}
