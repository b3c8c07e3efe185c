import Foundation
@testable import SkiffStore

/// A fresh directory for one test's database files, removed when released.
final class TemporaryStoreDirectory: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("skiff-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The path of a database file in this directory.
    func path(_ name: String = "store.db") -> String {
        url.appendingPathComponent(name).path
    }

    /// Opens (or creates) a store in this directory.
    func open(_ name: String = "store.db", options: EmbeddedStoreOptions = .init()) async throws -> EmbeddedStore {
        try await EmbeddedStore(path: path(name), options: options)
    }
}

/// `count` bytes derived from `seed`, so tests can check a value's content.
func testValue(_ seed: Int, count: Int = 64) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: seed &* 31 &+ $0) }
}

/// Runs `body` and returns the `StoreError` it threw, or nil if it succeeded.
func storeError(_ body: () async throws -> Void) async -> StoreError? {
    do {
        try await body()
        return nil
    } catch let error as StoreError {
        return error
    } catch {
        return .backend("unexpected error \(error)")
    }
}
