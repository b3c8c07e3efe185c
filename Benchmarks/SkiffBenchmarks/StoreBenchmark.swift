// StoreBenchmark: what the embedded store costs on this machine.
//
//   fsync       one 2 KB write(2) + fdatasync on a plain file (the floor under every commit)
//   1-row commit  sequential creates from one writer: each is one SQLite commit of one row
//   creates/s   2 KB creates from 1 writer and from 64 concurrent writers (group commit),
//               and 128 B creates from 64 writers (the store's own overhead, disk mostly idle)
//   reopen      replaying the resulting log (with and without PRAGMA quick_check)
//   range       pages of 500 from one of 100 prefixes, and full scans, over every key
//
// Counts can be lowered with SKIFF_STORE_BENCH_WRITES (default 100000) and, for the single
// writer alone, SKIFF_STORE_BENCH_SINGLE_WRITES (default: the same).

import Foundation
import SkiffStore

/// Benchmarks of `EmbeddedStore`; prints one line per figure.
enum StoreBenchmark {
    static func run() async throws {
        let writes = ProcessInfo.processInfo.environment["SKIFF_STORE_BENCH_WRITES"].flatMap(Int.init) ?? 100_000
        let singleWrites = ProcessInfo.processInfo.environment["SKIFF_STORE_BENCH_SINGLE_WRITES"].flatMap(Int.init) ?? writes
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("skiff-store-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let value = [UInt8](repeating: 0x61, count: 2048)
        print("StoreBenchmark: \(writes) writes of 2 KB values, files in \(directory.path)")

        // The raw fsync floor.
        let fsyncTimes = try rawFsync(path: directory.appendingPathComponent("fsync.bin").path, count: 200)
        print(String(format: "  raw write+fdatasync of 2 KB: median %.3f ms, p99 %.3f ms", median(fsyncTimes) * 1e3, percentile(fsyncTimes, 0.99) * 1e3))

        // One writer: every create is a commit of one row.
        do {
            let store = try await EmbeddedStore(path: directory.appendingPathComponent("one.db").path)
            var latencies: [Double] = []
            latencies.reserveCapacity(singleWrites)
            let clock = ContinuousClock()
            let start = clock.now
            for number in 0..<singleWrites {
                let before = clock.now
                _ = try await store.create("/registry/pods/ns-\(number % 100)/pod-\(number)", value: value)
                latencies.append(seconds(clock.now - before))
            }
            let elapsed = seconds(clock.now - start)
            print(String(format: "  1-row commit (create, 1 writer): median %.3f ms, p99 %.3f ms", median(latencies) * 1e3, percentile(latencies, 0.99) * 1e3))
            print(String(format: "  creates/s, 1 writer: %.0f (%d in %.2f s)", Double(singleWrites) / elapsed, singleWrites, elapsed))
            try await store.close()
        }

        // 64 concurrent writers: group commit.
        let path = directory.appendingPathComponent("many.db").path
        do {
            let store = try await EmbeddedStore(path: path)
            let writers = 64
            let clock = ContinuousClock()
            let start = clock.now
            let last = try await withThrowingTaskGroup(of: Int64.self) { group in
                for writer in 0..<writers {
                    group.addTask {
                        var last: Int64 = 0
                        var number = writer
                        while number < writes {
                            last = try await store.create("/registry/pods/ns-\(number % 100)/pod-\(number)", value: value).modRevision
                            number += writers
                        }
                        return last
                    }
                }
                return try await group.reduce(0) { max($0, $1) }
            }
            let elapsed = seconds(clock.now - start)
            print(String(format: "  creates/s, 64 writers: %.0f (%d in %.2f s, last revision %d)", Double(writes) / elapsed, writes, elapsed, last))

            // Updates too (the other half of the API server's write pattern).
            let updateStart = clock.now
            let updates = min(writes, 50_000)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<writers {
                    group.addTask {
                        var number = writer
                        while number < updates {
                            let key = "/registry/pods/ns-\(number % 100)/pod-\(number)"
                            let current = try await store.get(key)
                            _ = try await store.update(key, value: value, expectedRevision: current?.modRevision ?? 0)
                            number += writers
                        }
                    }
                }
                try await group.waitForAll()
            }
            let updateElapsed = seconds(clock.now - updateStart)
            print(String(format: "  get+update/s, 64 writers: %.0f (%d in %.2f s)", Double(updates) / updateElapsed, updates, updateElapsed))

            try await rangeFigures(store, keys: writes)

            // Group commit grows with the writers in flight: 256 writers, 2 KB creates.
            let wideStart = clock.now
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<256 {
                    group.addTask {
                        var number = writer
                        while number < writes {
                            _ = try await store.create("/registry/events/ns-\(number % 100)/event-\(number)", value: value)
                            number += 256
                        }
                    }
                }
                try await group.waitForAll()
            }
            let wideElapsed = seconds(clock.now - wideStart)
            print(String(format: "  creates/s, 256 writers: %.0f (%d in %.2f s)", Double(writes) / wideElapsed, writes, wideElapsed))
            try await store.close()
        }

        // 64 writers of small values: what the store's own path costs when the disk is not the limit.
        do {
            let store = try await EmbeddedStore(path: directory.appendingPathComponent("small.db").path)
            let small = [UInt8](repeating: 0x63, count: 128)
            let writers = 64
            let clock = ContinuousClock()
            let start = clock.now
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<writers {
                    group.addTask {
                        var number = writer
                        while number < writes {
                            _ = try await store.create("/registry/leases/ns-\(number % 100)/lease-\(number)", value: small)
                            number += writers
                        }
                    }
                }
                try await group.waitForAll()
            }
            let elapsed = seconds(clock.now - start)
            print(String(format: "  creates/s, 64 writers, 128 B values: %.0f (%d in %.2f s)", Double(writes) / elapsed, writes, elapsed))
            try await store.close()
        }

        // Reopen: replay the log of `writes` creates + updates.
        for check in [EmbeddedStoreOptions.IntegrityCheck.none, .quick] {
            let clock = ContinuousClock()
            let start = clock.now
            let store = try await EmbeddedStore(path: path, options: .init(integrityCheck: check))
            let elapsed = seconds(clock.now - start)
            let revision = try await store.currentRevision()
            print(String(format: "  reopen (integrity check %@): %.2f s to revision %d", "\(check)", elapsed, revision))
            try await store.close()
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print(String(format: "  database file: %.1f MB", Double(size) / 1e6))
    }

    private static func rangeFigures(_ store: EmbeddedStore, keys: Int) async throws {
        let clock = ContinuousClock()
        // Paginate one namespace (1% of the keys) in pages of 500, repeatedly.
        var items = 0
        var pages = 0
        var start = clock.now
        while seconds(clock.now - start) < 1 {
            for namespace in 0..<10 {
                var after: String?
                repeat {
                    let page = try await store.range(prefix: "/registry/pods/ns-\(namespace)/", startAfter: after, limit: 500)
                    items += page.items.count
                    pages += 1
                    after = page.hasMore ? page.items.last?.key : nil
                } while after != nil
            }
        }
        var elapsed = seconds(clock.now - start)
        print(String(format: "  range, pages of 500 within a prefix: %.0f pages/s, %.2f M items/s", Double(pages) / elapsed, Double(items) / elapsed / 1e6))

        // Full scans of every key.
        items = 0
        var scans = 0
        start = clock.now
        while seconds(clock.now - start) < 1 {
            items += try await store.range(prefix: "/registry/", startAfter: nil, limit: nil).items.count
            scans += 1
        }
        elapsed = seconds(clock.now - start)
        print(String(format: "  range, whole keyspace (%d keys): %.1f ms per scan, %.2f M items/s", keys, elapsed / Double(scans) * 1e3, Double(items) / elapsed / 1e6))

        // Point reads.
        var found = 0
        start = clock.now
        for number in 0..<keys {
            if try await store.get("/registry/pods/ns-\(number % 100)/pod-\(number)") != nil { found += 1 }
        }
        elapsed = seconds(clock.now - start)
        print(String(format: "  get: %.2f M/s (%d found)", Double(keys) / elapsed / 1e6, found))
    }

    private static func rawFsync(path: String, count: Int) throws -> [Double] {
        let descriptor = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0x62, count: 2048)
        var times: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<count {
            let start = clock.now
            _ = block.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            _ = fdatasync(descriptor)
            times.append(seconds(clock.now - start))
        }
        return times
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (whole, attoseconds) = duration.components
        return Double(whole) + Double(attoseconds) / 1e18
    }

    private static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

    private static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * fraction))]
    }
}
