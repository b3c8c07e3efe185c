import Foundation
import Testing
@testable import SkiffStore

/// Kills a writer process (`store-crash-writer`) with SIGKILL mid-stream and checks that every
/// write it acknowledged survived, twice on the same file.
@Suite("crash durability")
struct CrashDurabilityTests {
    /// The helper executable, built beside the test bundle.
    static var writerExecutable: URL {
        let testBinary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            .map { URL(fileURLWithPath: $0) } ?? Bundle.main.bundleURL
        var directory = testBinary.deletingLastPathComponent()
        // On macOS the binary is inside `SkiffPackageTests.xctest/Contents/MacOS`.
        while directory.pathExtension == "xctest" || directory.lastPathComponent == "Contents"
            || directory.lastPathComponent == "MacOS" {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("store-crash-writer")
    }

    /// Value the helper stores under `key` (its bytes repeated to 2 KB).
    static func value(for key: String) -> [UInt8] {
        let bytes = Array(key.utf8)
        return (0..<2048).map { bytes[$0 % bytes.count] }
    }

    /// Runs the helper until it has acknowledged at least `count` writes, SIGKILLs it, and
    /// returns every acknowledged (revision, key) and the revision it opened at.
    static func runAndKill(path: String, round: Int, afterAcknowledging count: Int) throws -> (opened: Int64, acknowledged: [(Int64, String)]) {
        let process = Process()
        process.executableURL = writerExecutable
        process.arguments = [path, "16", "/crash/\(round)"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()

        // read(2) with an EINTR retry: FileHandle.availableData traps on EINTR (SIGCHLD arrives).
        let descriptor = output.fileHandleForReading.fileDescriptor
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var buffer = Data()
        var lines: [String] = []
        var killed = false
        // Read until `count` acknowledgements (+ the "open" line), kill, then drain to EOF: lines
        // printed before the kill were acknowledged too.
        while true {
            let received = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if received < 0, errno == EINTR { continue }
            if received <= 0 { break }
            buffer.append(contentsOf: chunk[0..<received])
            while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                lines.append(String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self))
                buffer.removeSubrange(buffer.startIndex...newline)
            }
            if !killed, lines.count > count {
                kill(process.processIdentifier, SIGKILL)
                killed = true
            }
        }
        process.waitUntilExit()
        #expect(killed, "the writer stopped on its own: \(lines.suffix(3))")
        #expect(process.terminationReason == .uncaughtSignal)

        guard let first = lines.first, first.hasPrefix("open "), let opened = Int64(first.dropFirst(5)) else {
            Issue.record("unexpected first line: \(lines.first ?? "nothing")")
            return (0, [])
        }
        var acknowledged: [(Int64, String)] = []
        for line in lines.dropFirst() {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let revision = Int64(parts[0]) else {
                Issue.record("malformed line \(line)")
                continue
            }
            acknowledged.append((revision, String(parts[1])))
        }
        return (opened, acknowledged)
    }

    @Test func everyAcknowledgedWriteSurvivesSIGKILL() async throws {
        let directory = try TemporaryStoreDirectory()
        let path = directory.path()
        var everything: [(Int64, String)] = []
        var lastOpened: Int64 = -1
        for round in 0..<2 {
            let (opened, acknowledged) = try Self.runAndKill(path: path, round: round, afterAcknowledging: 1500)
            #expect(acknowledged.count >= 1500)
            // Each run continues after every revision acknowledged before it.
            #expect(opened >= (everything.map(\.0).max() ?? 0), "round \(round)")
            #expect(opened > lastOpened)
            lastOpened = opened
            #expect(acknowledged.allSatisfy { $0.0 > opened })
            everything += acknowledged

            let store = try await EmbeddedStore(path: path)
            let current = try await store.currentRevision()
            #expect(current >= acknowledged.map(\.0).max() ?? 0)
            for (revision, key) in acknowledged {
                let item = try await store.get(key)
                #expect(item?.modRevision == revision, "\(key)")
                #expect(item?.value == Self.value(for: key))
            }
            // Revisions continue after the last one.
            #expect(try await store.create("/after-crash-\(round)", value: [1]).modRevision == current + 1)
            try await store.close()
        }
    }
}
