import Foundation
import SkiffAPI
import SkiffLoopTesting
import Testing
@testable import SkiffScheduler

@Suite("Scheduling queue")
struct QueueTests {
    @Test func popsByPriorityThenArrival() async {
        let time = ManualTimeSource()
        let queue = SchedulingQueue(time: time)
        queue.add(info(makePod("low-1", priority: 1)))
        await time.advance(by: .milliseconds(1))
        queue.add(info(makePod("high", priority: 100)))
        queue.add(info(makePod("low-2", priority: 1)))
        queue.add(info(makePod("mid", priority: 10)))
        var order: [String] = []
        while let queued = queue.pop() { order.append(queued.pod.name) }
        #expect(order == ["high", "mid", "low-1", "low-2"])
    }

    @Test func backoffDoublesFromOneSecondToTen() {
        let queue = SchedulingQueue(time: ManualTimeSource())
        #expect((1...6).map { queue.backoffDuration(attempts: $0) } == [.seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(10), .seconds(10)])
    }

    @Test func aFailedPodWaitsOutItsBackoff() async {
        let time = ManualTimeSource()
        let queue = SchedulingQueue(time: time)
        queue.add(info(makePod("p")))
        for attempt in 1...3 {
            guard var queued = queue.pop() else {
                Issue.record("no pod in attempt \(attempt)")
                return
            }
            #expect(queued.attempts == attempt)
            queued.unschedulablePlugins = [] // an error: straight to backoff
            queue.addUnschedulable(queued, podSchedulingCycle: queue.schedulingCycle)
            #expect(queue.location(of: "default/p") == .backoff)
            let backoff = queue.backoffDuration(attempts: attempt)
            await time.advance(by: backoff - .milliseconds(1))
            queue.flushBackoffCompleted()
            #expect(queue.location(of: "default/p") == .backoff)
            await time.advance(by: .milliseconds(1))
            queue.flushBackoffCompleted()
            #expect(queue.location(of: "default/p") == .active)
        }
    }

    @Test func unschedulablePodsMoveOnlyOnEventsTheirPluginsCareAbout() async {
        let time = ManualTimeSource()
        let queue = SchedulingQueue(time: time)
        queue.setInterest([NodeResourcesFit.name: NodeResourcesFit().clusterEvents, TaintToleration.name: TaintToleration().clusterEvents])
        queue.add(info(makePod("p")))
        var queued = queue.pop()!
        queued.unschedulablePlugins = [NodeResourcesFit.name]
        let cycle = queue.schedulingCycle
        queue.addUnschedulable(queued, podSchedulingCycle: cycle)
        #expect(queue.location(of: "default/p") == .unschedulable)
        queue.moveAll(on: .nodeTaintChange)
        #expect(queue.location(of: "default/p") == .unschedulable)
        await time.advance(by: .seconds(2))
        queue.moveAll(on: .nodeAdd)
        #expect(queue.location(of: "default/p") == .active)
    }

    @Test func aMoveDuringTheAttemptSendsThePodToBackoff() {
        let queue = SchedulingQueue(time: ManualTimeSource())
        queue.setInterest([NodeResourcesFit.name: .all])
        queue.add(info(makePod("p")))
        var queued = queue.pop()!
        queue.moveAll(on: .nodeAdd) // a node arrives while the pod is being scheduled
        queued.unschedulablePlugins = [NodeResourcesFit.name]
        queue.addUnschedulable(queued, podSchedulingCycle: queue.schedulingCycle)
        #expect(queue.location(of: "default/p") == .backoff)
    }

    @Test func parkedPodsAreFlushedAfterFiveMinutes() async {
        let time = ManualTimeSource()
        let queue = SchedulingQueue(time: time)
        queue.add(info(makePod("p")))
        var queued = queue.pop()!
        queued.unschedulablePlugins = [NodeResourcesFit.name]
        queue.addUnschedulable(queued, podSchedulingCycle: queue.schedulingCycle)
        await time.advance(by: .seconds(299))
        queue.flushUnschedulableLeftover()
        #expect(queue.location(of: "default/p") == .unschedulable)
        await time.advance(by: .seconds(2))
        queue.flushUnschedulableLeftover()
        #expect(queue.location(of: "default/p") == .active)
    }

    @Test func updatesAndDeletesApplyWhereThePodWaits() {
        let queue = SchedulingQueue(time: ManualTimeSource())
        queue.add(info(makePod("p", priority: 1)))
        queue.add(info(makePod("q", priority: 5)))
        queue.update(info(makePod("p", priority: 10)))
        #expect(queue.pop()?.pod.name == "p")
        queue.delete(key: "default/q")
        #expect(queue.pop() == nil)
        #expect(queue.isEmpty)
    }

    @Test func statusOnlyUpdatesLeaveParkedPodsParked() {
        let queue = SchedulingQueue(time: ManualTimeSource())
        queue.add(info(makePod("p")))
        var queued = queue.pop()!
        queued.unschedulablePlugins = [NodeResourcesFit.name]
        queue.addUnschedulable(queued, podSchedulingCycle: queue.schedulingCycle)
        queue.update(info(makePod("p")), isSpecChanged: false)
        #expect(queue.location(of: "default/p") == .unschedulable)
        queue.update(info(makePod("p", cpu: "1")), isSpecChanged: true)
        #expect(queue.location(of: "default/p") == .backoff)
    }
}

@Suite("Scheduler cache")
struct CacheTests {
    @Test func assumeForgetAndConfirm() {
        let cache = SchedulerCache()
        cache.addNode(makeNode("n"))
        let pod = info(makePod("p", cpu: "1", memory: "1Gi")).assigned(to: "n")
        cache.assume(pod)
        #expect(cache.isAssumed(uid: pod.uid))
        #expect(cache.nodeInfo(named: "n")?.requested.milliCPU == 1000)
        cache.forget(uid: pod.uid)
        #expect(!cache.contains(uid: pod.uid))
        #expect(cache.nodeInfo(named: "n")?.requested.milliCPU == 0)

        cache.assume(pod)
        cache.finishBinding(uid: pod.uid)
        var bound = makePod("p", cpu: "1", memory: "1Gi")
        bound.spec?.nodeName = "n"
        cache.addPod(info(bound))
        #expect(!cache.isAssumed(uid: pod.uid))
        #expect(cache.nodeInfo(named: "n")?.pods.count == 1)
        #expect(cache.nodeInfo(named: "n")?.requested.milliCPU == 1000)
        // Forgetting a confirmed pod does nothing.
        cache.forget(uid: pod.uid)
        #expect(cache.nodeInfo(named: "n")?.pods.count == 1)
        cache.removePod(uid: pod.uid)
        #expect(cache.nodeInfo(named: "n")?.requested.milliCPU == 0)
    }

    @Test func podsBeforeTheirNodeAndNodeRemoval() {
        let cache = SchedulerCache()
        var bound = makePod("p", cpu: "1")
        bound.spec?.nodeName = "late"
        cache.addPod(info(bound))
        #expect(cache.snapshot().nodes.isEmpty)
        cache.addNode(makeNode("late"))
        #expect(cache.snapshot().nodes.map(\.name) == ["late"])
        #expect(cache.snapshot().nodes.first?.requested.milliCPU == 1000)
        cache.removeNode(name: "late")
        #expect(cache.snapshot().nodes.isEmpty)
    }
}
