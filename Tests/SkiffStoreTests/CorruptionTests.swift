import CSQLite
import Foundation
import Testing
import SkiffLoop
@testable import SkiffStore

@Suite("damaged files")
struct CorruptionTests {
    /// A closed store of 400 rows with 2 KB values, checkpointed into its file (no WAL left).
    static func populatedStore(in directory: TemporaryStoreDirectory) async throws -> String {
        let store = try await directory.open()
        for number in 0..<400 {
            let pattern = Array("value-of-\(number)-".utf8)
            _ = try await store.create("/k/\(number)", value: (0..<2048).map { pattern[$0 % pattern.count] })
        }
        try await store.close()
        let path = directory.path()
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        return path
    }

    /// Expects opening `path` to throw `.corrupt` naming the file, and the file to be left as it was.
    static func expectCorrupt(
        _ path: String, options: EmbeddedStoreOptions = .init(), sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = await storeError { _ = try await EmbeddedStore(path: path, options: options) }
        guard case .corrupt(let message) = error else {
            Issue.record("expected .corrupt, got \(String(describing: error))", sourceLocation: sourceLocation)
            return
        }
        #expect(message.contains(path), "message names the file: \(message)", sourceLocation: sourceLocation)
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(before == after, "the damaged file is left untouched", sourceLocation: sourceLocation)
    }

    @Test func aDamagedValueIsCaughtByItsChecksum() async throws {
        let directory = try TemporaryStoreDirectory()
        let path = try await Self.populatedStore(in: directory)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let marker = Data("value-of-200-".utf8)
        let found = try #require(bytes.range(of: marker))
        bytes[found.lowerBound + 100] ^= 0x5A  // inside the value: SQLite cannot notice
        try bytes.write(to: URL(fileURLWithPath: path))
        try await Self.expectCorrupt(path)
        try await Self.expectCorrupt(path, options: .init(integrityCheck: .none))
    }

    @Test(arguments: [EmbeddedStoreOptions.IntegrityCheck.quick, .none, .full])
    func randomBytesOverAPageInTheMiddle(check: EmbeddedStoreOptions.IntegrityCheck) async throws {
        let directory = try TemporaryStoreDirectory()
        let path = try await Self.populatedStore(in: directory)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let pageSize = 4096
        let page = bytes.count / pageSize / 2
        var generator = SplitMix64(seed: 99)
        for offset in (page * pageSize)..<((page + 1) * pageSize) {
            bytes[offset] = UInt8.random(in: 0...255, using: &generator)
        }
        try bytes.write(to: URL(fileURLWithPath: path))
        try await Self.expectCorrupt(path, options: .init(integrityCheck: check))
    }

    @Test func aTruncatedFile() async throws {
        let directory = try TemporaryStoreDirectory()
        let path = try await Self.populatedStore(in: directory)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        let size = try handle.seekToEnd()
        try handle.truncate(atOffset: size / 2)
        try handle.close()
        try await Self.expectCorrupt(path)
    }

    @Test func anEmptyFile() async throws {
        let directory = try TemporaryStoreDirectory()
        let path = directory.path()
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        try await Self.expectCorrupt(path)
    }

    @Test func aFileThatIsNotADatabase() async throws {
        let directory = try TemporaryStoreDirectory()
        let path = directory.path()
        let text = String(repeating: "this is not a database. ", count: 500)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        try await Self.expectCorrupt(path)
    }

    @Test func aSQLiteDatabaseThatIsNotAStore() async throws {
        let directory = try TemporaryStoreDirectory()
        let path = directory.path()
        var handle: OpaquePointer?
        #expect(sqlite3_open(path, &handle) == SQLITE_OK)
        #expect(sqlite3_exec(handle, "CREATE TABLE other (x); INSERT INTO other VALUES (1);", nil, nil, nil) == SQLITE_OK)
        sqlite3_close(handle)
        try await Self.expectCorrupt(path)
    }

    @Test func aWriteAheadLogWithoutItsDatabase() async throws {
        let directory = try TemporaryStoreDirectory()
        let path = directory.path()
        #expect(FileManager.default.createFile(atPath: path + "-wal", contents: Data([1, 2, 3])))
        let error = await storeError { _ = try await EmbeddedStore(path: path) }
        guard case .corrupt(let message) = error else {
            Issue.record("expected .corrupt, got \(String(describing: error))")
            return
        }
        #expect(message.contains(path))
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
