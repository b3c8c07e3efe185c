import Foundation
import SkiffAPI
import SkiffLoop
import Testing

/// `skiff bench schedule` runs a (tiny) scheduler_perf workload and prints its JSON line.
@Suite("end to end: skiff bench schedule")
struct BenchCommandTests {
    @Test func aSmallSchedulingBasicRunPrintsItsFigures() async throws {
        let loop = try EventLoop(name: "test-bench")
        let child = try await ChildProcess.spawn(
            executable: SkiffBinary.path,
            arguments: ["bench", "schedule", "--workload", "SchedulingBasic_500Nodes", "--nodes", "20", "--pods", "60", "--init-pods", "0"],
            stdout: .capture, stderr: .capture, on: loop
        )
        #expect(try await child.waitForExit() == .exited(code: 0))
        let output = String(decoding: await child.standardOutput, as: UTF8.self)
        let json = output.split(separator: "\n").first { $0.hasPrefix("{") }.map(String.init) ?? ""
        let figures = try JSONValue(parsing: Array(json.utf8))
        #expect(figures["workload"] == .string("SchedulingBasic_500Nodes"))
        #expect(figures["nodes"] == .integer(20))
        #expect(figures["measure_pods"] == .integer(60))
        #expect(figures["bound_pods"] == .integer(60))
        guard case .double(let rate)? = figures["pods_per_second"] else {
            Issue.record("no pods_per_second in \(json)")
            return
        }
        #expect(rate > 0)
        await loop.shutdown()
    }

    @Test func anUnknownWorkloadFailsWithTheKnownNames() async throws {
        let loop = try EventLoop(name: "test-bench-unknown")
        let child = try await ChildProcess.spawn(
            executable: SkiffBinary.path, arguments: ["bench", "schedule", "--workload", "Bogus"],
            stdout: .capture, stderr: .capture, on: loop
        )
        #expect(try await child.waitForExit() != .exited(code: 0))
        let errors = String(decoding: await child.standardError, as: UTF8.self)
        #expect(errors.contains("no workload matches Bogus; known: SchedulingBasic_500Nodes"))
        await loop.shutdown()
    }
}
