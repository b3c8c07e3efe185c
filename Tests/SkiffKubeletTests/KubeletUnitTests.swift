import Foundation
import SkiffAPI
import Testing
@testable import SkiffKubelet

@Suite("Kubelet pieces without a cluster")
struct KubeletUnitTests {
    @Test func crashLoopBackOffDoublesToFiveMinutesAndResets() {
        var backOff = CrashLoopBackOff()
        let delays = (0..<7).map { _ in backOff.next(ranFor: 1) }
        #expect(delays == [10, 20, 40, 80, 160, 300, 300])
        #expect(backOff.next(ranFor: 600) == 10)
        #expect(backOff.next(ranFor: 5) == 20)
    }

    @Test func podIPsComeFromTheCIDRAndAreReleased() throws {
        var allocator = try PodIPAllocator(cidr: "127.244.3.0/24")
        #expect(allocator.capacity == 253)
        #expect(allocator.allocate(for: "a") == "127.244.3.2")
        #expect(allocator.allocate(for: "b") == "127.244.3.3")
        #expect(allocator.allocate(for: "a") == "127.244.3.2")
        allocator.release("a")
        var seen: Set<String> = []
        for index in 0..<252 { seen.insert(allocator.allocate(for: "p\(index)") ?? "none") }
        #expect(seen.count == 252)
        #expect(!seen.contains("127.244.3.0") && !seen.contains("127.244.3.1") && !seen.contains("127.244.3.255"))
        #expect(allocator.allocate(for: "overflow") == nil)
        #expect(throws: PodIPAllocator.InvalidCIDR.self) { try PodIPAllocator(cidr: "nonsense") }
    }

    @Test func variableReferencesExpandLikeKubernetes() {
        let environment = ["A": "1", "B": "two"]
        #expect(ContainerEnvironment.expand("$(A)-$(B)", with: environment) == "1-two")
        #expect(ContainerEnvironment.expand("$(MISSING) $$(A) $", with: environment) == "$(MISSING) $(A) $")
    }

    @Test func logTailKeepsTheLastLines() {
        let data = Data("one\ntwo\nthree\n".utf8)
        #expect(ContainerLogFile.tail(data, lines: 2) == Data("two\nthree\n".utf8))
        #expect(ContainerLogFile.tail(data, lines: 5) == data)
        #expect(ContainerLogFile.tail(Data("a\nb".utf8), lines: 1) == Data("b".utf8))
    }

    @Test func logFilesRotateBySize() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("skiff-log-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = ContainerLogFile(path: directory + "/0.log")
        try String(repeating: "x", count: 100).write(toFile: file.path, atomically: false, encoding: .utf8)
        #expect(!file.rotateIfLarger(than: 200))
        #expect(file.rotateIfLarger(than: 50))
        #expect(FileManager.default.contents(atPath: file.rotatedPath)?.count == 100)
        #expect(FileManager.default.contents(atPath: file.path)?.count == 0)
        #expect(file.read().count == 100)
    }

    @Test func httpStatusLinesAreParsed() {
        #expect(Prober.statusCode(Array("HTTP/1.0 404 File not found\r\n".utf8)) == 404)
        #expect(Prober.statusCode(Array("HTTP/1.1 200".utf8)) == nil)
        #expect(Prober.statusCode(Array("garbage\r\n".utf8)) == 0)
    }

    @Test func podPhaseFollowsUpstream() {
        func record(_ state: ContainerState, last: ContainerState? = nil) -> ContainerRecord {
            var record = ContainerRecord(spec: Container(name: "c"), isInit: false)
            record.state = state
            record.lastState = last
            return record
        }
        let running = record(ContainerState(running: ContainerStateRunning()))
        let succeeded = record(ContainerState(terminated: ContainerStateTerminated(exitCode: 0)))
        let failed = record(ContainerState(terminated: ContainerStateTerminated(exitCode: 1)))
        let backingOff = record(ContainerState(waiting: ContainerStateWaiting(reason: "CrashLoopBackOff")), last: failed.state)
        let creating = record(ContainerState(waiting: ContainerStateWaiting(reason: "ContainerCreating")))
        func phase(_ containers: [ContainerRecord], _ policy: RestartPolicy = .always, terminated: Bool = false) -> PodPhase {
            PodStatusComputation.phase(PodStatusComputation.Input(
                previous: nil, initContainers: [], containers: containers, restartPolicy: policy, podIP: nil, hostIP: "",
                startTime: Date(), isSandboxReady: true, isTerminated: terminated, now: Date()
            ))
        }
        #expect(phase([creating]) == .pending)
        #expect(phase([running, creating]) == .pending)
        #expect(phase([running, backingOff]) == .running)
        #expect(phase([backingOff]) == .running)
        #expect(phase([succeeded], .never) == .succeeded)
        #expect(phase([succeeded, failed], .never) == .failed)
        #expect(phase([succeeded, backingOff], .onFailure) == .running)
        #expect(phase([failed], .always, terminated: true) == .failed)
        #expect(phase([succeeded], .always, terminated: true) == .succeeded)
    }

    @Test func machineInfoReadsThisMachine() {
        let machine = MachineInfo.current(dataDirectory: "/")
        #expect(machine.cpuCores >= 1)
        #expect(machine.memoryBytes > 0)
        #expect(machine.ephemeralStorageBytes > 0)
        #expect(MachineInfo.goArchitecture("x86_64") == "amd64")
    }
}
