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

/// A small seeded generator (SplitMix64): tests that need randomness stay reproducible.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
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
