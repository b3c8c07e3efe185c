import Foundation
import Testing
@testable import SkiffKubelet

@Suite("Container usage rates for metrics.k8s.io")
struct ContainerUsageRateTests {
    private let start = Date(timeIntervalSince1970: 1_000)

    private func sample(cpu: Double, memory: Int64 = 1 << 20, at seconds: TimeInterval) -> ContainerUsageSample {
        ContainerUsageSample(usage: ContainerUsage(cpuSeconds: cpu, memoryBytes: memory), time: start + seconds)
    }

    @Test func theRateIsTheCPUUsedBetweenTwoSamplesOverTheirDistance() {
        let rate = ContainerUsageRate.between(sample(cpu: 2, at: 10), sample(cpu: 2.5, memory: 42, at: 20), runningSince: start)
        #expect(rate == ContainerUsageRate(cpuMillicores: 50, memoryBytes: 42, window: 10))
    }

    @Test func theFirstSampleIsAveragedOverTheContainersLifetimeSoFar() {
        let rate = ContainerUsageRate.between(nil, sample(cpu: 3, at: 4), runningSince: start)
        #expect(rate == ContainerUsageRate(cpuMillicores: 750, memoryBytes: 1 << 20, window: 4))
    }

    @Test func aCounterThatWentBackwardsStartsOverFromTheLifetime() {
        // The same key with less CPU than before: a new process; its lifetime is the honest window.
        let rate = ContainerUsageRate.between(sample(cpu: 9, at: 10), sample(cpu: 1, at: 20), runningSince: start + 18)
        #expect(rate == ContainerUsageRate(cpuMillicores: 500, memoryBytes: 1 << 20, window: 2))
    }

    @Test func noWindowMeansNoRate() {
        #expect(ContainerUsageRate.between(nil, sample(cpu: 1, at: 0), runningSince: nil).cpuMillicores == 0)
        #expect(ContainerUsageRate.between(sample(cpu: 1, at: 5), sample(cpu: 2, at: 5), runningSince: nil).window == 0)
    }

    @Test(arguments: [
        (0.0, "0s"), (0.25, "250ms"), (1, "1s"), (10.5, "10.5s"), (20.064, "20.064s"), (90, "1m30s"),
        (7201, "2h0m1s"),
    ])
    func windowsAreSpelledLikeGoDurations(_ seconds: Double, _ expected: String) {
        #expect(ContainerUsageRate.goDuration(seconds) == expected)
    }
}
