import Testing
@testable import SkiffStore

/// One row of the CRUD/CAS table. Every case starts from the same store:
///   rev 1 create /a "v1", rev 2 update /a "v2", rev 3 create /gone, rev 4 delete /gone.
struct CompareAndSwapCase: Sendable, CustomTestStringConvertible {
    enum Expected: Sendable {
        case created(createRevision: Int64, version: Int64)
        case deleted(previousRevision: Int64)
        case failed(StoreError)
    }

    let name: String
    let operation: @Sendable (EmbeddedStore) async throws -> KeyValue?
    let expected: Expected

    var testDescription: String { name }

    static let a2 = KeyValue(key: "/a", value: Array("v2".utf8), createRevision: 1, modRevision: 2, version: 2)
    static let big = [UInt8](repeating: 7, count: 1025)

    static let all: [CompareAndSwapCase] = [
        .init(name: "create a new key", operation: { try await $0.create("/b", value: [1]) },
              expected: .created(createRevision: 5, version: 1)),
        .init(name: "create an existing key", operation: { try await $0.create("/a", value: [1]) },
              expected: .failed(.keyExists("/a"))),
        .init(name: "create a deleted key again", operation: { try await $0.create("/gone", value: [1]) },
              expected: .created(createRevision: 5, version: 1)),
        .init(name: "update with the current revision", operation: { try await $0.update("/a", value: [1], expectedRevision: 2) },
              expected: .created(createRevision: 1, version: 3)),
        .init(name: "update with a stale revision", operation: { try await $0.update("/a", value: [1], expectedRevision: 1) },
              expected: .failed(.revisionMismatch(current: a2))),
        .init(name: "update a missing key", operation: { try await $0.update("/missing", value: [1], expectedRevision: 1) },
              expected: .failed(.notFound("/missing"))),
        .init(name: "update a deleted key", operation: { try await $0.update("/gone", value: [1], expectedRevision: 3) },
              expected: .failed(.notFound("/gone"))),
        .init(name: "delete with the current revision", operation: { try await $0.delete("/a", expectedRevision: 2).previous },
              expected: .deleted(previousRevision: 2)),
        .init(name: "delete unconditionally", operation: { try await $0.delete("/a", expectedRevision: nil).previous },
              expected: .deleted(previousRevision: 2)),
        .init(name: "delete with a stale revision", operation: { try await $0.delete("/a", expectedRevision: 1).previous },
              expected: .failed(.revisionMismatch(current: a2))),
        .init(name: "delete a missing key", operation: { try await $0.delete("/missing", expectedRevision: nil).previous },
              expected: .failed(.notFound("/missing"))),
        .init(name: "create a value over the limit", operation: { try await $0.create("/big", value: big) },
              expected: .failed(.valueTooLarge(key: "/big", size: 1025, limit: 1024))),
        .init(name: "update to a value over the limit", operation: { try await $0.update("/a", value: big, expectedRevision: 2) },
              expected: .failed(.valueTooLarge(key: "/a", size: 1025, limit: 1024))),
    ]
}

@Suite("CRUD and compare-and-swap")
struct CompareAndSwapTests {
    @Test(arguments: CompareAndSwapCase.all)
    func operation(_ testCase: CompareAndSwapCase) async throws {
        let directory = try TemporaryStoreDirectory()
        let store = try await directory.open(options: .init(maximumValueSize: 1024))
        _ = try await store.create("/a", value: Array("v1".utf8))
        _ = try await store.update("/a", value: Array("v2".utf8), expectedRevision: 1)
        _ = try await store.create("/gone", value: [9])
        _ = try await store.delete("/gone", expectedRevision: 3)
        let before = try await store.range(prefix: "", startAfter: nil, limit: nil)

        var result: KeyValue?
        let error = await storeError { result = try await testCase.operation(store) }

        switch testCase.expected {
        case .created(let createRevision, let version):
            #expect(error == nil)
            #expect(result?.modRevision == 5)
            #expect(result?.createRevision == createRevision)
            #expect(result?.version == version)
            #expect(try await store.currentRevision() == 5)
            if let result { #expect(try await store.get(result.key) == result) }
        case .deleted(let previousRevision):
            #expect(error == nil)
            #expect(result?.modRevision == previousRevision)
            #expect(try await store.currentRevision() == 5)
            #expect(try await store.get("/a") == nil)
        case .failed(let expectedError):
            #expect(error == expectedError)
            // A failed write changes nothing and uses no revision.
            #expect(try await store.currentRevision() == 4)
            let after = try await store.range(prefix: "", startAfter: nil, limit: nil)
            #expect(after.items == before.items)
            #expect(await store.pendingCount == 0)
        }
        try await store.close()
    }

    @Test func revisionsAreConsecutiveAndVersionsCount() async throws {
        let directory = try TemporaryStoreDirectory()
        let store = try await directory.open()
        var item = try await store.create("/k", value: testValue(0))
        #expect(item.modRevision == 1 && item.createRevision == 1 && item.version == 1)
        for step in 1...20 {
            item = try await store.update("/k", value: testValue(step), expectedRevision: item.modRevision)
            #expect(item.modRevision == Int64(step + 1))
            #expect(item.version == Int64(step + 1))
            #expect(item.createRevision == 1)
        }
        let (previous, revision) = try await store.delete("/k", expectedRevision: item.modRevision)
        #expect(previous == item)
        #expect(revision == 22)
        #expect(try await store.currentRevision() == 22)
        try await store.close()
    }

    @Test func callsAfterCloseThrowClosed() async throws {
        let directory = try TemporaryStoreDirectory()
        let store = try await directory.open()
        _ = try await store.create("/k", value: [1])
        try await store.close()
        #expect(await storeError { try await store.close() } == .closed)
        #expect(await storeError { _ = try await store.get("/k") } == .closed)
        #expect(await storeError { _ = try await store.create("/j", value: [1]) } == .closed)
        #expect(await storeError { _ = try await store.watch(prefix: "", afterRevision: 0) } == .closed)
        #expect(await storeError { _ = try await store.currentRevision() } == .closed)
    }

    @Test func pendingWritesAreValidatedInOrder() async throws {
        let directory = try TemporaryStoreDirectory()
        let store = try await directory.open()
        // Two creates of one key racing: exactly one wins, the other sees the pending create.
        async let first = storeError { _ = try await store.create("/same", value: [1]) }
        async let second = storeError { _ = try await store.create("/same", value: [2]) }
        let errors = await [first, second]
        #expect(errors.filter { $0 == nil }.count == 1)
        #expect(errors.contains(.keyExists("/same")))
        #expect(try await store.currentRevision() == 1)
        try await store.close()
    }
}
