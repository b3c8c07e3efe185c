import Foundation
import SkiffAPI
import SkiffClient
@testable import SkiffControllers
import Testing

@Suite("Deployment controller")
struct DeploymentControllerTests {
    @Test func createsAReplicaSetWithTheTemplateHashAndRevisionOne() async throws {
        try await withControllerCluster { cluster in
            let created = try await cluster.client.create(makeDeployment("web", replicas: 3))
            #expect(try await cluster.eventually { try await cluster.replicaSets(of: "web").count == 1 })
            let replicaSet = try #require(try await cluster.replicaSets(of: "web").first)
            let hash = try #require(replicaSet.spec?.template?.metadata?.labels?["pod-template-hash"])
            #expect(replicaSet.metadata.name == "web-\(hash)")
            #expect(replicaSet.spec?.selector?.matchLabels == ["app": "web", "pod-template-hash": hash])
            #expect(replicaSet.metadata.labels == ["app": "web", "pod-template-hash": hash])
            #expect(replicaSet.metadata.annotations?["deployment.kubernetes.io/revision"] == "1")
            #expect(replicaSet.metadata.annotations?["deployment.kubernetes.io/desired-replicas"] == "3")
            #expect(replicaSet.metadata.annotations?["deployment.kubernetes.io/max-replicas"] == "4")
            #expect(replicaSet.metadata.controllerReference?.uid == created.metadata.uid)
            #expect(PodTemplateHash.compute(created.spec!.template, collisionCount: nil) == hash)

            #expect(try await cluster.eventually { try await cluster.activePods().count == 3 })
            #expect(try await cluster.eventually { try await cluster.deployment("web").status?.updatedReplicas == 3 })
            let progress = try await Rollout.status(deployment: "web", client: cluster.client)
            #expect(progress.message == "Waiting for deployment \"web\" rollout to finish: 0 of 3 updated replicas are available...")
            #expect(!progress.isDone)
            var deployment = try await cluster.deployment("web")
            #expect(deployment.metadata.annotations?["deployment.kubernetes.io/revision"] == "1")
            #expect(DeploymentProgress.condition(deployment.status, .available)?.status == .false)
            #expect(DeploymentProgress.condition(deployment.status, .available)?.reason == "MinimumReplicasUnavailable")
            #expect(DeploymentProgress.condition(deployment.status, .available)?.message == "Deployment does not have minimum availability.")

            try await cluster.markReady(try await cluster.activePods()[0])
            #expect(try await cluster.eventually { try await cluster.deployment("web").status?.availableReplicas == 1 })
            #expect(try await Rollout.status(deployment: "web", client: cluster.client).message
                == "Waiting for deployment \"web\" rollout to finish: 1 of 3 updated replicas are available...")

            #expect(try await cluster.completeRollout("web", labels: "app=web"))
            #expect(try await Rollout.status(deployment: "web", client: cluster.client).message == "deployment \"web\" successfully rolled out")
            deployment = try await cluster.deployment("web")
            let status = try #require(deployment.status)
            #expect(status.replicas == 3 && status.updatedReplicas == 3 && status.readyReplicas == 3 && status.availableReplicas == 3)
            #expect(status.unavailableReplicas == 0)
            #expect(status.observedGeneration == deployment.metadata.generation)
            let available = DeploymentProgress.condition(status, .available)
            #expect(available?.status == .true && available?.reason == "MinimumReplicasAvailable")
            #expect(available?.message == "Deployment has minimum availability.")
            let progressing = DeploymentProgress.condition(status, .progressing)
            #expect(progressing?.status == .true && progressing?.reason == "NewReplicaSetAvailable")
            #expect(progressing?.message == "ReplicaSet \"\(replicaSet.metadata.name ?? "")\" has successfully progressed.")
        }
    }

    @Test func recordsScalingAndPodEventsAsUpstream() async throws {
        try await withControllerCluster { cluster in
            let deployment = try await cluster.client.create(makeDeployment("web", replicas: 2))
            #expect(try await cluster.eventually { try await cluster.activePods().count == 2 })
            let name = try #require(try await cluster.replicaSets(of: "web").first?.metadata.name)
            func events() async throws -> [Event] { try await cluster.client.list(Event.self, namespace: "default").items }
            #expect(try await cluster.eventually { try await events().count == 3 })

            let scaling = try await events().filter { $0.reason == "ScalingReplicaSet" }
            #expect(scaling.map(\.message) == ["Scaled up replica set \(name) to 2"])
            #expect(scaling.first?.involvedObject.kind == "Deployment")
            #expect(scaling.first?.involvedObject.uid == deployment.metadata.uid)
            #expect(scaling.first?.source?.component == "deployment-controller")
            #expect(scaling.first?.type == .normal)
            let pods = Set(try await cluster.activePods().compactMap(\.metadata.name))
            let created = try await events().filter { $0.reason == "SuccessfulCreate" }
            #expect(Set(created.compactMap(\.message)) == Set(pods.map { "Created pod: \($0)" }))
            #expect(created.allSatisfy { $0.involvedObject.kind == "ReplicaSet" && $0.involvedObject.name == name })
            #expect(created.first?.source?.component == "replicaset-controller")

            try await cluster.modifyDeployment("web") { $0.spec?.replicas = 1 }
            #expect(try await cluster.eventually { try await cluster.activePods().count == 1 })
            #expect(try await cluster.eventually {
                try await events().contains { $0.reason == "ScalingReplicaSet" && $0.message == "Scaled down replica set \(name) to 1" }
            })
            #expect(try await cluster.eventually {
                let deleted = try await events().filter { $0.reason == "SuccessfulDelete" }
                return deleted.count == 1 && pods.contains { deleted[0].message == "Deleted pod: \($0)" }
            })
        }
    }

    @Test func rollingUpdateRespectsMaxSurgeAndMaxUnavailable() async throws {
        try await withControllerCluster { cluster in
            let strategy = DeploymentStrategy(type: .rollingUpdate, rollingUpdate: RollingUpdateDeployment(maxUnavailable: 1, maxSurge: 1))
            _ = try await cluster.client.create(makeDeployment("web", replicas: 4, strategy: strategy))
            #expect(try await cluster.completeRollout("web", labels: "app=web"))

            try await cluster.modifyDeployment("web") { $0.spec?.template.spec?.containers[0].command = ["sleep", "7200"] }

            /// (new, old) spec.replicas once the controllers have done all they can.
            func sizes() async throws -> (new: Int32, old: Int32) {
                let sets = try await cluster.replicaSets(of: "web")
                return (sets.last.map { $0.spec?.replicas ?? 0 } ?? 0, sets.dropLast().reduce(0) { $0 + ($1.spec?.replicas ?? 0) })
            }
            var steps: [[Int32]] = []
            for _ in 0..<6 {
                await cluster.settle()
                let (new, old) = try await sizes()
                // Never more than replicas + maxSurge pods, never fewer than replicas - maxUnavailable ready.
                #expect(new + old <= 5)
                let ready = try await cluster.activePods().filter { $0.status?.conditions?.contains { $0.type == .ready && $0.status == .true } == true }
                #expect(ready.count >= 3)
                if steps.last != [new, old] { steps.append([new, old]) }
                if old == 0 && new == 4 { break }
                // The kubelet reports the new pods ready.
                let newHash = try await cluster.replicaSets(of: "web").last?.spec?.template?.metadata?.labels?["pod-template-hash"] ?? ""
                try await cluster.markAllReady(labels: "pod-template-hash=\(newHash)")
            }
            // Upstream's arithmetic (replicas 4, maxSurge 1, maxUnavailable 1; `settle` waits until
            // the controllers are idle and every write is committed, so each step is a fixed point):
            // new 1, old 4 -> 3 (4 available > minAvailable 3), new 2 -> [2, 3]; two new ready:
            // old -> 1 (5 available - 3), new -> 4 -> [4, 1]; four ready: old -> 0 -> [4, 0].
            #expect(steps == [[2, 3], [4, 1], [4, 0]])
            #expect(try await cluster.completeRollout("web", labels: "app=web"))
            let sets = try await cluster.replicaSets(of: "web")
            #expect(sets.map(revision) == [1, 2])
            #expect(try await cluster.deployment("web").metadata.annotations?["deployment.kubernetes.io/revision"] == "2")
        }
    }

    @Test func recreateScalesTheOldReplicaSetDownFirst() async throws {
        try await withControllerCluster { cluster in
            _ = try await cluster.client.create(makeDeployment("web", replicas: 2, strategy: DeploymentStrategy(type: .recreate)))
            #expect(try await cluster.completeRollout("web", labels: "app=web"))
            try await cluster.modifyDeployment("web") { $0.spec?.template.spec?.containers[0].command = ["sleep", "7200"] }
            // At no point do old and new pods run together.
            let done = try await cluster.eventually {
                let sets = try await cluster.replicaSets(of: "web")
                let pods = try await cluster.activePods()
                let hashes = Set(pods.compactMap { $0.metadata.labels?["pod-template-hash"] })
                #expect(hashes.count <= 1)
                try await cluster.markAllReady()
                let isDone = try await Rollout.status(deployment: "web", client: cluster.client).isDone
                return sets.count == 2 && sets[0].spec?.replicas == 0 && sets[1].spec?.replicas == 2 && isDone
            }
            #expect(done)
        }
    }

    @Test func undoRollsBackToRevisionOne() async throws {
        try await withControllerCluster { cluster in
            _ = try await cluster.client.create(makeDeployment("web", replicas: 2))
            #expect(try await cluster.completeRollout("web", labels: "app=web"))
            let original = try await cluster.deployment("web").spec?.template
            try await cluster.modifyDeployment("web") {
                $0.spec?.template.spec?.containers[0].command = ["sleep", "7200"]
                $0.metadata.annotations?["kubernetes.io/change-cause"] = "longer sleep"
            }
            #expect(try await cluster.completeRollout("web", labels: "app=web"))
            #expect(try await cluster.replicaSets(of: "web").count == 2)

            let message = try await Rollout.undo(deployment: "web", toRevision: 1, client: cluster.client)
            #expect(message == "deployment.apps/web rolled back")
            #expect(try await cluster.deployment("web").spec?.template == original)
            #expect(try await cluster.completeRollout("web", labels: "app=web"))
            let sets = try await cluster.replicaSets(of: "web")
            #expect(sets.count == 2)
            // The first ReplicaSet is the new one again, as revision 3; revision 1 is history.
            let first = try #require(sets.last)
            #expect(first.spec?.replicas == 2)
            #expect(first.metadata.annotations?["deployment.kubernetes.io/revision"] == "3")
            #expect(first.metadata.annotations?["deployment.kubernetes.io/revision-history"] == "1")
            #expect(try await cluster.deployment("web").metadata.annotations?["deployment.kubernetes.io/revision"] == "3")
            let history = try await Rollout.history(deployment: "web", client: cluster.client)
            #expect(history.map(\.number) == [2, 3])
            #expect(history.first?.changeCause == "longer sleep")
            #expect(try await Rollout.undo(deployment: "web", toRevision: 3, client: cluster.client)
                == "deployment.apps/web skipped rollback (current template already matches revision 3)")
            #expect(await status { try await Rollout.undo(deployment: "web", toRevision: 9, client: cluster.client) }?.message
                == "unable to find specified revision 9 in history")
        }
    }

    @Test func aPausedDeploymentDoesNotRoll() async throws {
        try await withControllerCluster { cluster in
            _ = try await cluster.client.create(makeDeployment("web", replicas: 2))
            #expect(try await cluster.completeRollout("web", labels: "app=web"))
            #expect(try await Rollout.setPaused(true, deployment: "web", client: cluster.client) == "deployment.apps/web paused")
            try await cluster.modifyDeployment("web") { $0.spec?.template.spec?.containers[0].command = ["sleep", "7200"] }
            await cluster.settle()
            #expect(try await cluster.replicaSets(of: "web").count == 1)
            let progressing = DeploymentProgress.condition(try await cluster.deployment("web").status, .progressing)
            #expect(progressing?.status == .unknown && progressing?.reason == "DeploymentPaused")
            #expect(progressing?.message == "Deployment is paused")

            // Scaling still works while paused.
            try await cluster.modifyDeployment("web") { $0.spec?.replicas = 3 }
            #expect(try await cluster.eventually { try await cluster.replicaSets(of: "web").first?.spec?.replicas == 3 })

            #expect(await status { try await Rollout.restart(deployment: "web", now: cluster.time.now(), client: cluster.client) }?.code == 400)
            _ = try await Rollout.setPaused(false, deployment: "web", client: cluster.client)
            #expect(try await cluster.eventually { try await cluster.replicaSets(of: "web").count == 2 })
            #expect(try await cluster.completeRollout("web", labels: "app=web"))

            // A restart stamps the template, which rolls out a third ReplicaSet.
            #expect(try await Rollout.restart(deployment: "web", now: cluster.time.now(), client: cluster.client) == "deployment.apps/web restarted")
            #expect(try await cluster.deployment("web").spec?.template.metadata?.annotations?["kubectl.kubernetes.io/restartedAt"] != nil)
            #expect(try await cluster.eventually { try await cluster.replicaSets(of: "web").count == 3 })
            #expect(try await cluster.completeRollout("web", labels: "app=web"))
        }
    }

    @Test func reportsAnExceededProgressDeadline() async throws {
        try await withControllerCluster { cluster in
            _ = try await cluster.client.create(makeDeployment("web", replicas: 1, progressDeadlineSeconds: 30))
            #expect(try await cluster.eventually { try await cluster.deployment("web").status?.updatedReplicas == 1 })
            await cluster.settle()
            #expect(DeploymentProgress.condition(try await cluster.deployment("web").status, .progressing)?.status == .true)
            await cluster.time.advance(by: .seconds(32))
            let exceeded = try await cluster.eventually {
                DeploymentProgress.condition(try await cluster.deployment("web").status, .progressing)?.reason == "ProgressDeadlineExceeded"
            }
            #expect(exceeded)
            let name = try await cluster.replicaSets(of: "web").first?.metadata.name ?? ""
            let progressing = DeploymentProgress.condition(try await cluster.deployment("web").status, .progressing)
            #expect(progressing?.status == .false)
            #expect(progressing?.message == "ReplicaSet \"\(name)\" has timed out progressing.")
            await #expect(throws: Rollout.ProgressDeadlineExceeded(deployment: "web")) {
                try await Rollout.status(deployment: "web", client: cluster.client)
            }
            #expect("\(Rollout.ProgressDeadlineExceeded(deployment: "web"))" == "deployment \"web\" exceeded its progress deadline")
        }
    }

    @Test func cleansUpReplicaSetsBeyondTheRevisionHistoryLimit() async throws {
        try await withControllerCluster { cluster in
            _ = try await cluster.client.create(makeDeployment("web", replicas: 1, revisionHistoryLimit: 1))
            #expect(try await cluster.completeRollout("web", labels: "app=web"))
            for seconds in ["100", "200", "300"] {
                try await cluster.modifyDeployment("web") { $0.spec?.template.spec?.containers[0].command = ["sleep", seconds] }
                #expect(try await cluster.completeRollout("web", labels: "app=web"))
            }
            #expect(try await cluster.eventually { try await cluster.replicaSets(of: "web").count == 2 })
            #expect(try await cluster.replicaSets(of: "web").map(revision) == [3, 4])
        }
    }

    @Test func rejectsInvalidDeployments() async throws {
        try await withControllerCluster { cluster in
            var mismatched = makeDeployment("bad", replicas: 1)
            mismatched.spec?.selector = LabelSelector(matchLabels: ["app": "other"])
            #expect(await status { try await cluster.client.create(mismatched) }?.code == 422)
            var noContainers = makeDeployment("empty", replicas: 1)
            noContainers.spec?.template.spec?.containers = []
            #expect(await status { try await cluster.client.create(noContainers) }?.code == 422)
            _ = try await cluster.client.create(makeDeployment("web", replicas: 1))
            #expect(try await cluster.eventually { try await cluster.activePods().count == 1 })
        }
    }

    @Test func resolvesSurgeAndUnavailableAsUpstream() {
        func deployment(_ replicas: Int32, surge: IntOrString, unavailable: IntOrString) -> Deployment {
            makeDeployment("d", replicas: replicas, strategy: DeploymentStrategy(
                type: .rollingUpdate, rollingUpdate: RollingUpdateDeployment(maxUnavailable: unavailable, maxSurge: surge)))
        }
        #expect(RollingUpdateBounds.resolveFenceposts(deployment(10, surge: "25%", unavailable: "25%")) == (3, 2))
        #expect(RollingUpdateBounds.resolveFenceposts(deployment(1, surge: "25%", unavailable: "25%")) == (1, 0))
        #expect(RollingUpdateBounds.resolveFenceposts(deployment(3, surge: 0, unavailable: "10%")) == (0, 1))
        #expect(RollingUpdateBounds.maxUnavailable(deployment(2, surge: 0, unavailable: 5)) == 2)
    }
}
