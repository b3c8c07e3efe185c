import Foundation
import SkiffAPI
import SkiffScheduler

/// The scheduler's own cost per pod, without the API server: `SkiffBenchmarks schedule --cycle`.
///
/// Why: the end-to-end figures move by ±30% on this shared machine and the scheduling cycle is
/// a fraction of them, so a change to the scheduler is measured here — the workload's nodes and
/// init pods in a `SchedulerCache`, then each measured pod scheduled (`SchedulingAlgorithm`),
/// assumed, and confirmed as the informer would (`addPod`) — in CPU µs per pod.
enum SchedulingCycleBenchmark {
    static func run(_ workload: SchedulingWorkload) throws -> String {
        var profile = Profile()
        profile.plugins.removeAll { $0.name == DefaultBinder.name }
        let framework = try Framework(profile: profile, context: PluginContext(client: nil, arguments: PluginArguments()))
        let algorithm = SchedulingAlgorithm(framework: framework, seed: 1)
        let cache = SchedulerCache()
        for namespace in ["default"] + workload.extraNamespaces { cache.setNamespace(namespace, labels: nil) }
        for index in 0..<workload.nodes { cache.addNode(workload.node(index)) }
        let state = CycleState()
        var scheduled = 0
        func scheduleAll(_ shape: SchedulingWorkload.PodShape, prefix: String, namespace: String, count: Int) {
            for index in 0..<count {
                var pod = SchedulingWorkload.pod(shape, name: "\(prefix)-\(index)", namespace: namespace)
                pod.metadata.uid = "\(namespace)/\(prefix)-\(index)"
                let info = PodInfo(pod)
                guard case .success(let result) = algorithm.schedule(info, snapshot: cache.snapshot(), state: state) else { continue }
                pod.spec?.nodeName = result.suggestedHost
                let bound = PodInfo(pod)
                cache.assume(bound)
                cache.addPod(bound)
                scheduled += 1
            }
        }
        scheduleAll(workload.initShape, prefix: "init", namespace: workload.initNamespace, count: workload.initPods)
        scheduled = 0
        let cpu = ProcessUsage.cpuSeconds()
        let start = ContinuousClock.now
        scheduleAll(workload.measureShape, prefix: "measure", namespace: workload.measureNamespace, count: workload.measurePods)
        let elapsed = start.duration(to: .now)
        let cpuMicros = (ProcessUsage.cpuSeconds() - cpu) * 1e6 / Double(max(workload.measurePods, 1))
        let wallMicros = Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12
        return String(
            format: "{\"workload\":\"%@\",\"mode\":\"cycle\",\"nodes\":%d,\"measure_pods\":%d,\"scheduled\":%d,\"cpu_us_per_pod\":%.1f,\"wall_us_per_pod\":%.1f}",
            workload.name, workload.nodes, workload.measurePods, scheduled, cpuMicros, wallMicros / Double(max(workload.measurePods, 1))
        )
    }
}
