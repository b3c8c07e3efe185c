import Foundation
import Testing
@testable import SkiffLoop

@Suite(.timeLimit(.minutes(1))) struct ChildProcessTests {
    private func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("skiff-loop-\(getpid())-\(UUID().uuidString)-\(name)").path
    }

    @Test func exitCodeIsReported() async throws {
        let loop = try EventLoop(name: "test-proc-exit")
        let child = try await ChildProcess.spawn(executable: "sh", arguments: ["-c", "exit 3"], on: loop)
        #expect(child.pid > 0)
        #expect(try await child.waitForExit() == .exited(code: 3))
        #expect(try await child.waitForExit() == .exited(code: 3))  // stays available
        await loop.shutdown()
    }

    @Test func signalKilledExitIsReported() async throws {
        let loop = try EventLoop(name: "test-proc-signal")
        let child = try await ChildProcess.spawn(executable: "sleep", arguments: ["100"], on: loop)
        try await child.signal(SIGTERM)
        #expect(try await child.waitForExit() == .signaled(SIGTERM))
        try await child.signal(SIGTERM)  // after exit: no effect, no error
        await loop.shutdown()
    }

    @Test func stdoutIsAppendedToAFile() async throws {
        let loop = try EventLoop(name: "test-proc-file")
        let path = temporaryPath("stdout.log")
        defer { try? FileManager.default.removeItem(atPath: path) }
        for word in ["first", "second"] {
            let child = try await ChildProcess.spawn(
                executable: "sh", arguments: ["-c", "echo \(word); echo oops >&2"],
                stdout: .appendToFile(path), stderr: .discard, on: loop)
            #expect(try await child.waitForExit() == .exited(code: 0))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\nsecond\n")
        await loop.shutdown()
    }

    @Test func outputIsCapturedWithEnvironmentAndWorkingDirectory() async throws {
        let loop = try EventLoop(name: "test-proc-capture")
        let child = try await ChildProcess.spawn(
            executable: "/bin/sh", arguments: ["-c", "echo \"$GREETING\"; pwd; echo err >&2"],
            environment: ["GREETING": "hello pod", "PATH": "/usr/bin:/bin"],
            workingDirectory: "/tmp", stdout: .capture, stderr: .capture, on: loop)
        #expect(try await child.waitForExit() == .exited(code: 0))
        #expect(String(decoding: await child.standardOutput, as: UTF8.self) == "hello pod\n/tmp\n")
        #expect(String(decoding: await child.standardError, as: UTF8.self) == "err\n")
        await loop.shutdown()
    }

    @Test func missingExecutableThrows() async throws {
        let loop = try EventLoop(name: "test-proc-missing")
        let error = await #expect(throws: UVError.self) {
            try await ChildProcess.spawn(executable: "/nonexistent/skiff-test-binary", stdout: .capture, on: loop)
        }
        #expect(error?.name == "ENOENT")
        await #expect(throws: UVError.self) {
            try await ChildProcess.spawn(
                executable: "true", stdout: .appendToFile("/nonexistent-dir/x.log"), on: loop)
        }
        await loop.shutdown()
    }

    @Test func processGroupKillReachesTheGrandchild() async throws {
        let loop = try EventLoop(name: "test-proc-group")
        let fifo = temporaryPath("ready.fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        // The shell reports the grandchild's pid through the FIFO once it has forked it.
        let child = try await ChildProcess.spawn(
            executable: "sh", arguments: ["-c", "sleep 100 & echo $! > '\(fifo)'; wait"],
            stdout: .capture, newProcessGroup: true, on: loop)
        let grandchild = try await readLine(fromFIFO: fifo)
        #expect(Int32(grandchild) != nil)

        try await child.signal(SIGKILL)
        // The grandchild holds the captured stdout pipe: waitForExit returns only after its EOF,
        // that is once the grandchild is dead too (sleep never closes stdout by itself).
        #expect(try await child.waitForExit() == .signaled(SIGKILL))
        await loop.shutdown()
    }

    @Test func cancellingAWaitLeavesTheProcessAlone() async throws {
        let loop = try EventLoop(name: "test-proc-cancel")
        let child = try await ChildProcess.spawn(executable: "sleep", arguments: ["100"], on: loop)
        let waiting = Task(executorPreference: loop.taskExecutor) { try await child.waitForExit() }
        await loop.settle()
        waiting.cancel()
        await #expect(throws: CancellationError.self) { try await waiting.value }
        try await child.signal(SIGKILL)
        #expect(try await child.waitForExit() == .signaled(SIGKILL))
        await loop.shutdown()
    }

    /// Blocks a dedicated thread (not the cooperative pool) on the FIFO until the writer is done.
    private func readLine(fromFIFO path: String) async throws -> String {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let file = open(path, O_RDONLY)  // blocks until the shell opens it for writing
                var bytes: [UInt8] = []
                var buffer = [UInt8](repeating: 0, count: 64)
                while file >= 0 {
                    let count = read(file, &buffer, buffer.count)
                    if count <= 0 { break }
                    bytes += buffer.prefix(count)
                }
                if file >= 0 { close(file) }
                continuation.resume(returning: String(decoding: bytes, as: UTF8.self)
                    .trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
    }
}

@Suite struct SignalWatcherTests {
    @Test func deliversSignalsAsASequence() async throws {
        let loop = try EventLoop(name: "test-signals")
        let watcher = try await SignalWatcher.watch([SIGUSR2], on: loop)
        kill(getpid(), SIGUSR2)
        var iterator = watcher.received.makeAsyncIterator()
        #expect(try await iterator.next() == SIGUSR2)
        await watcher.stop()
        #expect(try await iterator.next() == nil)
        await loop.shutdown()
    }

    @Test func invalidSignalThrows() async throws {
        let loop = try EventLoop(name: "test-signals-invalid")
        await #expect(throws: UVError.self) { try await SignalWatcher.watch([0], on: loop) }
        await loop.shutdown()
    }
}
