// The Deployment controller: rolls each Deployment's pod template out through one ReplicaSet per
// template (named `<deployment>-<pod-template-hash>`), with the RollingUpdate or Recreate
// strategy, and writes revision annotations, status and the Available/Progressing conditions.
// Watches Deployments, ReplicaSets and Pods (Recreate waits for old pods to be gone); owns
// ReplicaSets. After Kubernetes' pkg/controller/deployment.

import Foundation
import SkiffAPI
import SkiffClient
import SkiffLoop

/// Reconciles Deployments (upstream's `syncDeployment`):
/// - adopts ReplicaSets matching the selector and releases those that stop matching;
/// - a paused Deployment, or a change of `spec.replicas` alone, only scales (proportionally
///   across the ReplicaSets of an unfinished rollout, using `max-replicas`);
/// - otherwise rolls out with the strategy: RollingUpdate scales the new ReplicaSet up within
///   `maxSurge` and old ones down within `maxUnavailable`; Recreate scales old ones to zero,
///   waits for their pods to be gone, then scales the new one up;
/// - once complete, deletes old ReplicaSets beyond `revisionHistoryLimit`;
/// - `Progressing` turns `ProgressDeadlineExceeded` when no progress happened for
///   `progressDeadlineSeconds` on the injected clock (the key is re-queued for that moment).
///
/// Every write is guarded by the resourceVersion read; a lost race fails the sync, which is
/// retried with back-off on fresh state.
///
/// Isolation: an actor on the loop; `run()` processes keys until `shutDown()`.
public actor DeploymentController: LoopBound {
    /// The Event reason of a ReplicaSet scaled up or down.
    static let scalingReplicaSetReason = "ScalingReplicaSet"
    /// The Events' `source.component`.
    public static let component = "deployment-controller"

    public nonisolated let loop: EventLoop
    private let client: any APIClient
    private let time: any TimeSource
    private let deployments: Informer<Deployment>
    private let replicaSets: Informer<ReplicaSet>
    private let pods: Informer<Pod>
    private let queue: WorkQueue<String>
    private let workers: Int
    /// Where scaling is reported; nil reports nothing.
    private let events: EventRecorder?

    public init(
        client: any APIClient, loop: EventLoop, time: any TimeSource, informers: SharedInformerFactory, workers: Int = 2,
        events: EventRecorder? = nil
    ) async {
        self.client = client
        self.events = events
        self.loop = loop
        self.time = time
        self.workers = max(workers, 1)
        self.deployments = await informers.informer(for: Deployment.self)
        self.replicaSets = await informers.informer(for: ReplicaSet.self)
        self.pods = await informers.informer(for: Pod.self)
        self.queue = WorkQueue(loop: loop, time: time)
    }

    // MARK: Event handlers: map an object to a Deployment key and enqueue it.

    private func deploymentChanged(_ event: Informer<Deployment>.Event) async {
        switch event {
        case .added(let deployment), .updated(_, let deployment), .deleted(let deployment):
            await queue.add(Informer<Deployment>.key(of: deployment))
        }
    }

    private func replicaSetChanged(_ event: Informer<ReplicaSet>.Event) async {
        switch event {
        case .added(let replicaSet), .deleted(let replicaSet):
            await enqueueOwner(of: replicaSet)
        case .updated(let old, let new):
            if old.metadata.controllerReference?.uid != new.metadata.controllerReference?.uid {
                await enqueueOwner(of: old)
            }
            await enqueueOwner(of: new)
        }
    }

    /// Recreate waits for the old pods to be gone: their deletion must wake the Deployment.
    private func podChanged(_ event: Informer<Pod>.Event) async {
        guard case .deleted(let pod) = event, let reference = pod.metadata.controllerReference,
              reference.kind == ReplicaSet.resourceInfo.kind,
              let replicaSet = await replicaSets.get(name: reference.name, namespace: pod.metadata.namespace),
              replicaSet.metadata.uid == reference.uid
        else { return }
        await enqueueOwner(of: replicaSet)
    }

    /// The controlling Deployment, or for an orphan every Deployment whose selector matches it.
    private func enqueueOwner(of replicaSet: ReplicaSet) async {
        if let reference = replicaSet.metadata.controllerReference {
            guard reference.kind == Deployment.resourceInfo.kind,
                  let deployment = await deployments.get(name: reference.name, namespace: replicaSet.metadata.namespace),
                  deployment.metadata.uid == reference.uid
            else { return }
            await queue.add(Informer<Deployment>.key(of: deployment))
            return
        }
        for deployment in await deployments.list(namespace: replicaSet.metadata.namespace ?? "") {
            guard let selector = deployment.spec?.selector.flatMap({ try? LabelSelectorExpression($0) }),
                  !selector.isEverything, selector.matches(replicaSet.metadata.labels ?? [:])
            else { continue }
            await queue.add(Informer<Deployment>.key(of: deployment))
        }
    }

    // MARK: Run

    /// Registers the handlers, waits for the informers, and runs the workers until `shutDown()`.
    public func run() async {
        await deployments.addHandler { [weak self] event in await self?.deploymentChanged(event) }
        await replicaSets.addHandler { [weak self] event in await self?.replicaSetChanged(event) }
        await pods.addHandler { [weak self] event in await self?.podChanged(event) }
        await deployments.waitForSync()
        await replicaSets.waitForSync()
        await pods.waitForSync()
        await queue.runWorkers(workers) { key in try await self.sync(key) }
    }

    /// Stops handing out keys; `run()` returns once the workers are done.
    public func shutDown() async { await queue.shutDown() }

    // MARK: Sync

    /// Reconciles one Deployment; see the type.
    func sync(_ key: String) async throws {
        guard var deployment = await deployments.get(key) else { return }
        // An unparsable selector, or one selecting everything, would claim every ReplicaSet in
        // the namespace: do nothing but record that the spec was seen (upstream does the same).
        guard let selector = deployment.spec?.selector.flatMap({ try? LabelSelectorExpression($0) }), !selector.isEverything else {
            if (deployment.status?.observedGeneration ?? 0) < (deployment.metadata.generation ?? 0) {
                var status = deployment.status ?? DeploymentStatus()
                status.observedGeneration = deployment.metadata.generation
                try await writeStatus(&deployment, status)
            }
            return
        }
        var owned = try await claimReplicaSets(deployment, selector: selector)
        if deployment.metadata.deletionTimestamp != nil {
            let (new, old) = try await newAndOldReplicaSets(&deployment, &owned, createIfMissing: false)
            let status = DeploymentProgress.computeStatus(deployment, all: old + (new.map { [$0] } ?? []), new: new, now: time.now())
            try await writeStatus(&deployment, status)
            return
        }
        try await checkPausedCondition(&deployment)
        if deployment.spec?.paused == true {
            return try await syncScaling(&deployment, &owned)
        }
        if try await isScalingEvent(&deployment, &owned) {
            return try await syncScaling(&deployment, &owned)
        }
        switch deployment.spec?.strategy?.type {
        case .recreate?:
            try await rolloutRecreate(&deployment, &owned, selector: selector)
        default:
            try await rolloutRolling(&deployment, &owned)
        }
    }

    /// The ReplicaSets this Deployment controls, after adoption and release.
    private func claimReplicaSets(_ deployment: Deployment, selector: LabelSelectorExpression) async throws -> [ReplicaSet] {
        let candidates = await replicaSets.list(namespace: deployment.metadata.namespace ?? "")
        let manager = ControllerRefManager(owner: deployment, selector: selector, client: client)
        let (claimed, error) = await manager.claim(candidates)
        if let error { throw error }
        return claimed
    }

    /// Upstream's `checkPausedConditions`: Progressing Unknown with DeploymentPaused or
    /// DeploymentResumed, so the deadline does not run while paused.
    private func checkPausedCondition(_ deployment: inout Deployment) async throws {
        guard DeploymentProgress.hasProgressDeadline(deployment) else { return }
        let current = DeploymentProgress.condition(deployment.status, .progressing)
        let paused = deployment.spec?.paused == true
        var status = deployment.status ?? DeploymentStatus()
        if paused, current?.reason != DeploymentProgress.deploymentPaused {
            DeploymentProgress.setCondition(&status, DeploymentProgress.makeCondition(
                .progressing, .unknown, reason: DeploymentProgress.deploymentPaused, message: "Deployment is paused", now: time.now()))
        } else if !paused, current?.reason == DeploymentProgress.deploymentPaused {
            DeploymentProgress.setCondition(&status, DeploymentProgress.makeCondition(
                .progressing, .unknown, reason: DeploymentProgress.deploymentResumed, message: "Deployment is resumed", now: time.now()))
        } else {
            return
        }
        try await writeStatus(&deployment, status)
    }

    // MARK: New and old ReplicaSets

    /// The ReplicaSet whose template equals the Deployment's (the oldest, if several), and the
    /// others. Creates the new one when asked and missing; syncs the revision annotations.
    private func newAndOldReplicaSets(
        _ deployment: inout Deployment, _ owned: inout [ReplicaSet], createIfMissing: Bool
    ) async throws -> (new: ReplicaSet?, old: [ReplicaSet]) {
        let sorted = owned.sorted(by: ReplicaSet.isOlder)
        let existing = sorted.first { PodTemplateHash.equalIgnoringHash($0.spec?.template, deployment.spec?.template) }
        let old = sorted.filter { $0.metadata.uid != existing?.metadata.uid }
        let newRevision = DeploymentRevision.maxRevision(old) + 1
        let now = time.now()

        if var replicaSet = existing {
            let annotationsChanged = DeploymentRevision.setNewReplicaSetAnnotations(
                deployment, &replicaSet, newRevision: newRevision, exists: true, maxSurge: RollingUpdateBounds.maxSurge(deployment))
            let minReadySeconds = deployment.spec?.minReadySeconds
            if annotationsChanged || replicaSet.spec?.minReadySeconds != minReadySeconds {
                replicaSet.spec?.minReadySeconds = minReadySeconds
                let updated = try await client.update(replicaSet)
                Self.replace(&owned, with: updated)
                return (updated, old)
            }
            // The revision the ReplicaSet already carries is the Deployment's.
            let revision = replicaSet.metadata.annotations?[DeploymentRevision.revisionAnnotation] ?? ""
            try await writeRevision(&deployment, revision)
            if DeploymentProgress.hasProgressDeadline(deployment), DeploymentProgress.condition(deployment.status, .progressing) == nil {
                var status = deployment.status ?? DeploymentStatus()
                DeploymentProgress.setCondition(&status, DeploymentProgress.makeCondition(
                    .progressing, .true, reason: DeploymentProgress.foundNewReplicaSet,
                    message: "Found new replica set \"\(replicaSet.metadata.name ?? "")\"", now: now))
                try await writeStatus(&deployment, status)
            }
            return (replicaSet, old)
        }
        guard createIfMissing, let spec = deployment.spec else { return (nil, old) }

        var template = spec.template
        let hash = PodTemplateHash.compute(template, collisionCount: deployment.status?.collisionCount)
        var templateMeta = template.metadata ?? ObjectMeta()
        templateMeta.labels = (templateMeta.labels ?? [:]).merging([PodTemplateHash.label: hash]) { $1 }
        template.metadata = templateMeta
        var selector = spec.selector ?? LabelSelector()
        selector.matchLabels = (selector.matchLabels ?? [:]).merging([PodTemplateHash.label: hash]) { $1 }
        let name = (deployment.metadata.name ?? "") + "-" + hash
        var replicaSet = ReplicaSet(
            metadata: ObjectMeta(
                name: name, namespace: deployment.metadata.namespace, labels: templateMeta.labels,
                ownerReferences: [OwnerReference(controller: deployment)]
            ),
            spec: ReplicaSetSpec(replicas: 0, minReadySeconds: spec.minReadySeconds, selector: selector, template: template)
        )
        let initialReplicas = RollingUpdateBounds.newReplicaSetReplicas(deployment, all: old + [replicaSet], new: replicaSet)
        replicaSet.spec?.replicas = initialReplicas
        _ = DeploymentRevision.setNewReplicaSetAnnotations(
            deployment, &replicaSet, newRevision: newRevision, exists: false, maxSurge: RollingUpdateBounds.maxSurge(deployment))

        let created: ReplicaSet
        var alreadyExisted = false
        do {
            created = try await client.create(replicaSet)
        } catch let status as Status where status.code == 409 && status.reason == .alreadyExists {
            let found = try await client.get(ReplicaSet.self, name: name, namespace: deployment.metadata.namespace)
            if found.metadata.controllerReference?.uid == deployment.metadata.uid,
               PodTemplateHash.equalIgnoringHash(found.spec?.template, spec.template) {
                created = found
                alreadyExisted = true
            } else {
                // A hash collision: count it so the next sync computes another name.
                var newStatus = deployment.status ?? DeploymentStatus()
                newStatus.collisionCount = (newStatus.collisionCount ?? 0) + 1
                try await writeStatus(&deployment, newStatus)
                throw status
            }
        } catch {
            if DeploymentProgress.hasProgressDeadline(deployment) {
                var newStatus = deployment.status ?? DeploymentStatus()
                DeploymentProgress.setCondition(&newStatus, DeploymentProgress.makeCondition(
                    .progressing, .false, reason: DeploymentProgress.failedReplicaSetCreate,
                    message: "Failed to create new replica set \"\(name)\": \(Status.from(error).message ?? "\(error)")", now: now))
                try? await writeStatus(&deployment, newStatus)
            }
            throw error
        }
        owned.append(created)
        if !alreadyExisted, initialReplicas > 0 {
            await events?.record(deployment, reason: Self.scalingReplicaSetReason, message: Self.scalingMessage(name, from: 0, to: initialReplicas))
        }
        try await writeRevision(&deployment, String(newRevision))
        if !alreadyExisted, DeploymentProgress.hasProgressDeadline(deployment) {
            var status = deployment.status ?? DeploymentStatus()
            DeploymentProgress.setCondition(&status, DeploymentProgress.makeCondition(
                .progressing, .true, reason: DeploymentProgress.newReplicaSetCreated,
                message: "Created new replica set \"\(name)\"", now: now))
            try await writeStatus(&deployment, status)
        }
        return (created, old)
    }

    // MARK: Scaling

    /// Whether some active ReplicaSet was sized for another `spec.replicas` (upstream's `isScalingEvent`).
    private func isScalingEvent(_ deployment: inout Deployment, _ owned: inout [ReplicaSet]) async throws -> Bool {
        let (new, old) = try await newAndOldReplicaSets(&deployment, &owned, createIfMissing: false)
        let desired = deployment.spec?.replicas ?? 1
        for replicaSet in (old + (new.map { [$0] } ?? [])).active {
            if let annotated = DeploymentRevision.desiredReplicas(replicaSet), annotated != desired { return true }
        }
        return false
    }

    /// Scaling without rolling (paused, or a replicas change): upstream's `sync`.
    private func syncScaling(_ deployment: inout Deployment, _ owned: inout [ReplicaSet]) async throws {
        var (new, old) = try await newAndOldReplicaSets(&deployment, &owned, createIfMissing: false)
        try await scale(deployment, new: &new, old: &old, owned: &owned)
        if deployment.spec?.paused == true { try await cleanUp(deployment, old: old) }
        let status = DeploymentProgress.computeStatus(deployment, all: old + (new.map { [$0] } ?? []), new: new, now: time.now())
        try await writeStatus(&deployment, status)
    }

    /// Upstream's `scale`: one active ReplicaSet takes the new size; otherwise a saturated new
    /// ReplicaSet lets the old ones go; otherwise the difference is spread in proportion.
    private func scale(_ deployment: Deployment, new: inout ReplicaSet?, old: inout [ReplicaSet], owned: inout [ReplicaSet]) async throws {
        let desired = deployment.spec?.replicas ?? 1
        let surge = RollingUpdateBounds.maxSurge(deployment)
        if let target = Self.activeOrLatest(new: new, old: old) {
            if target.replicas == desired { return }
            _ = try await scaleReplicaSet(target, to: desired, deployment, owned: &owned)
            return
        }
        if let new, Self.isSaturated(deployment, new) {
            for replicaSet in old.active { _ = try await scaleReplicaSet(replicaSet, to: 0, deployment, owned: &owned) }
            return
        }
        guard RollingUpdateBounds.isRollingUpdate(deployment) else { return }
        var all = (old + (new.map { [$0] } ?? [])).active
        let allowed = desired > 0 ? desired + surge : 0
        let toAdd = allowed - all.specReplicas
        if toAdd > 0 {
            all.sort { $0.replicas != $1.replicas ? $0.replicas > $1.replicas : ReplicaSet.isOlder($1, $0) }
        } else if toAdd < 0 {
            all.sort { $0.replicas != $1.replicas ? $0.replicas > $1.replicas : ReplicaSet.isOlder($0, $1) }
        }
        var added: Int32 = 0
        var sizes: [Int32] = []
        for replicaSet in all {
            if toAdd != 0 {
                let proportion = Self.proportion(replicaSet, deployment, toAdd: toAdd, added: added)
                sizes.append(replicaSet.replicas + proportion)
                added += proportion
            } else {
                sizes.append(replicaSet.replicas)
            }
        }
        for (index, replicaSet) in all.enumerated() {
            var size = sizes[index]
            // Leftovers go to the largest ReplicaSet.
            if index == 0, toAdd != 0 { size = max(size + toAdd - added, 0) }
            _ = try await scaleReplicaSet(replicaSet, to: size, deployment, owned: &owned)
        }
    }

    private static func activeOrLatest(new: ReplicaSet?, old: [ReplicaSet]) -> ReplicaSet? {
        if new == nil && old.isEmpty { return nil }
        let newestFirst = old.sorted { ReplicaSet.isOlder($1, $0) }
        let active = (newestFirst + (new.map { [$0] } ?? [])).active
        switch active.count {
        case 0: return new ?? newestFirst.first
        case 1: return active[0]
        default: return nil
        }
    }

    private static func isSaturated(_ deployment: Deployment, _ replicaSet: ReplicaSet) -> Bool {
        let desired = deployment.spec?.replicas ?? 1
        return replicaSet.replicas == desired && DeploymentRevision.desiredReplicas(replicaSet) == desired
            && (replicaSet.status?.availableReplicas ?? 0) == desired
    }

    /// Upstream's `getProportion` and `getReplicaSetFraction`.
    private static func proportion(_ replicaSet: ReplicaSet, _ deployment: Deployment, toAdd: Int32, added: Int32) -> Int32 {
        if replicaSet.replicas == 0 || toAdd == 0 || toAdd == added { return 0 }
        let desired = deployment.spec?.replicas ?? 1
        let fraction: Int32
        if desired == 0 {
            fraction = -replicaSet.replicas
        } else {
            let total = desired + RollingUpdateBounds.maxSurge(deployment)
            let annotated = DeploymentRevision.maxReplicas(replicaSet) ?? (deployment.status?.replicas ?? 0)
            if annotated == 0 {
                fraction = 0
            } else {
                let size = (Double(replicaSet.replicas) * Double(total) / Double(annotated)).rounded(.toNearestOrAwayFromZero)
                fraction = Int32(size) - replicaSet.replicas
            }
        }
        let allowed = toAdd - added
        return toAdd > 0 ? min(fraction, allowed) : max(fraction, allowed)
    }

    /// Sets a ReplicaSet's size and replica annotations; returns whether the size changed.
    private func scaleReplicaSet(_ replicaSet: ReplicaSet, to size: Int32, _ deployment: Deployment, owned: inout [ReplicaSet]) async throws -> Bool {
        let desired = deployment.spec?.replicas ?? 1
        let maximum = desired + RollingUpdateBounds.maxSurge(deployment)
        let sizeChanged = replicaSet.replicas != size
        guard sizeChanged || DeploymentRevision.replicasAnnotationsNeedUpdate(replicaSet, desired: desired, max: maximum) else { return false }
        var copy = replicaSet
        copy.spec?.replicas = size
        _ = DeploymentRevision.setReplicasAnnotations(&copy, desired: desired, max: maximum)
        let updated = try await client.update(copy)
        Self.replace(&owned, with: updated)
        if sizeChanged {
            await events?.record(deployment, reason: Self.scalingReplicaSetReason,
                                 message: Self.scalingMessage(replicaSet.metadata.name ?? "", from: replicaSet.replicas, to: size))
        }
        return sizeChanged
    }

    /// Upstream's `ScalingReplicaSet` message: `Scaled up replica set web-abc to 3`.
    static func scalingMessage(_ name: String, from old: Int32, to new: Int32) -> String {
        "Scaled \(new > old ? "up" : "down") replica set \(name) to \(new)"
    }

    // MARK: RollingUpdate

    private func rolloutRolling(_ deployment: inout Deployment, _ owned: inout [ReplicaSet]) async throws {
        let (created, old) = try await newAndOldReplicaSets(&deployment, &owned, createIfMissing: true)
        guard var new = created else { return }
        let desired = deployment.spec?.replicas ?? 1
        // Scale up the new ReplicaSet within maxSurge.
        if new.replicas != desired {
            let size = new.replicas > desired
                ? desired
                : RollingUpdateBounds.newReplicaSetReplicas(deployment, all: old + [new], new: new)
            if try await scaleReplicaSet(new, to: size, deployment, owned: &owned) {
                new = Self.current(new, in: owned)
                return try await syncRolloutStatus(&deployment, all: Self.currentAll(old + [new], in: owned), new: new)
            }
            new = Self.current(new, in: owned)
        }
        // Scale down old ReplicaSets within maxUnavailable.
        if try await reconcileOldReplicaSets(deployment, old: old, new: new, owned: &owned) {
            return try await syncRolloutStatus(&deployment, all: Self.currentAll(old + [new], in: owned), new: new)
        }
        let all = Self.currentAll(old + [new], in: owned)
        if DeploymentProgress.isComplete(deployment, deployment.status ?? DeploymentStatus()) {
            try await cleanUp(deployment, old: Self.currentAll(old, in: owned))
        }
        try await syncRolloutStatus(&deployment, all: all, new: new)
    }

    /// Upstream's `reconcileOldReplicaSets`: first drop old pods that are not available anyway,
    /// then scale old ReplicaSets down as far as `minAvailable` allows.
    private func reconcileOldReplicaSets(_ deployment: Deployment, old: [ReplicaSet], new: ReplicaSet, owned: inout [ReplicaSet]) async throws -> Bool {
        let oldPods = old.specReplicas
        if oldPods == 0 { return false }
        let all = old + [new]
        let desired = deployment.spec?.replicas ?? 1
        let minAvailable = desired - RollingUpdateBounds.maxUnavailable(deployment)
        let newUnavailable = new.replicas - (new.status?.availableReplicas ?? 0)
        let maxScaledDown = all.specReplicas - minAvailable - newUnavailable
        if maxScaledDown <= 0 { return false }

        // Unhealthy replicas first: they cost no availability.
        var cleanedUp: Int32 = 0
        for replicaSet in old.active.sorted(by: ReplicaSet.isOlder) {
            if cleanedUp >= maxScaledDown { break }
            let available = replicaSet.status?.availableReplicas ?? 0
            // A status not caught up with a scale-down counts more available than wanted:
            // nothing unhealthy to clean up (upstream errors out on the negative count).
            if replicaSet.replicas <= available { continue }
            let count = min(maxScaledDown - cleanedUp, replicaSet.replicas - available)
            _ = try await scaleReplicaSet(replicaSet, to: replicaSet.replicas - count, deployment, owned: &owned)
            cleanedUp += count
        }
        let currentOld = Self.currentAll(old, in: owned)

        // Then healthy ones, down to minAvailable.
        var scaledDown: Int32 = 0
        // Upstream sums `availableReplicas`; capping each at its spec keeps a ReplicaSet status
        // that lags our own scale-down from being counted twice.
        let availablePods = (currentOld + [new]).availableWithinSpec
        if availablePods > minAvailable {
            let total = availablePods - minAvailable
            for replicaSet in currentOld.active.sorted(by: ReplicaSet.isOlder) {
                if scaledDown >= total { break }
                let count = min(replicaSet.replicas, total - scaledDown)
                _ = try await scaleReplicaSet(replicaSet, to: replicaSet.replicas - count, deployment, owned: &owned)
                scaledDown += count
            }
        }
        return cleanedUp + scaledDown > 0
    }

    // MARK: Recreate

    private func rolloutRecreate(_ deployment: inout Deployment, _ owned: inout [ReplicaSet], selector: LabelSelectorExpression) async throws {
        var (new, old) = try await newAndOldReplicaSets(&deployment, &owned, createIfMissing: false)
        var scaledDown = false
        for replicaSet in old.active {
            if try await scaleReplicaSet(replicaSet, to: 0, deployment, owned: &owned) { scaledDown = true }
        }
        old = Self.currentAll(old, in: owned)
        if scaledDown {
            return try await syncRolloutStatus(&deployment, all: old + (new.map { [$0] } ?? []), new: new)
        }
        if await oldPodsRunning(deployment, new: new, old: old, selector: selector) {
            return try await syncRolloutStatus(&deployment, all: old + (new.map { [$0] } ?? []), new: new)
        }
        if new == nil {
            (new, old) = try await newAndOldReplicaSets(&deployment, &owned, createIfMissing: true)
        }
        guard let replicaSet = new else { return }
        _ = try await scaleReplicaSet(replicaSet, to: deployment.spec?.replicas ?? 1, deployment, owned: &owned)
        let current = Self.current(replicaSet, in: owned)
        if DeploymentProgress.isComplete(deployment, deployment.status ?? DeploymentStatus()) {
            try await cleanUp(deployment, old: old)
        }
        try await syncRolloutStatus(&deployment, all: old + [current], new: current)
    }

    /// Whether any pod of an old ReplicaSet is still there and not finished (terminating pods count).
    private func oldPodsRunning(_ deployment: Deployment, new: ReplicaSet?, old: [ReplicaSet], selector: LabelSelectorExpression) async -> Bool {
        if old.actualReplicas > 0 { return true }
        let oldUIDs = Set(old.compactMap(\.metadata.uid))
        for pod in await pods.list(namespace: deployment.metadata.namespace ?? "", selector: selector) {
            guard let owner = pod.metadata.controllerReference?.uid, oldUIDs.contains(owner) else { continue }
            let phase = pod.status?.phase
            if phase == .failed || phase == .succeeded { continue }
            return true
        }
        return false
    }

    // MARK: History and status

    /// Deletes the oldest unused ReplicaSets beyond `revisionHistoryLimit` (upstream's `cleanupDeployment`).
    private func cleanUp(_ deployment: Deployment, old: [ReplicaSet]) async throws {
        guard let limit = deployment.spec?.revisionHistoryLimit else { return }
        let cleanable = old.filter { $0.metadata.deletionTimestamp == nil }
        let excess = cleanable.count - Int(limit)
        guard excess > 0 else { return }
        let byRevision = cleanable.sorted {
            let lhs = DeploymentRevision.revision($0.metadata), rhs = DeploymentRevision.revision($1.metadata)
            return lhs != rhs ? lhs < rhs : ReplicaSet.isOlder($0, $1)
        }
        for replicaSet in byRevision.prefix(excess) {
            if (replicaSet.status?.replicas ?? 0) != 0 || replicaSet.replicas != 0
                || (replicaSet.metadata.generation ?? 0) > (replicaSet.status?.observedGeneration ?? 0) {
                continue
            }
            do {
                _ = try await client.delete(
                    ReplicaSet.self, name: replicaSet.metadata.name ?? "", namespace: replicaSet.metadata.namespace,
                    options: DeleteOptions(preconditions: .init(uid: replicaSet.metadata.uid))
                )
            } catch let status as Status where status.code == 404 {
                continue
            }
        }
    }

    /// Writes the rollout status and conditions, and re-queues a rollout that may miss its deadline.
    private func syncRolloutStatus(_ deployment: inout Deployment, all: [ReplicaSet], new: ReplicaSet?) async throws {
        let now = time.now()
        let status = DeploymentProgress.rolloutStatus(deployment, all: all, new: new, now: now)
        try await writeStatus(&deployment, status)
        if let delay = DeploymentProgress.recheckDelay(deployment, status, now: now) {
            let key = Informer<Deployment>.key(of: deployment)
            await queue.addAfter(key, delay: .milliseconds(Int64(delay * 1000)))
        }
    }

    /// Writes the status subresource when it changed; `deployment` becomes what the server returned.
    private func writeStatus(_ deployment: inout Deployment, _ status: DeploymentStatus) async throws {
        guard deployment.status != status else { return }
        var copy = deployment
        copy.status = status
        deployment = try await client.updateStatus(copy)
    }

    /// Writes the revision annotation (metadata: through the main resource in Skiff, whose status
    /// subresource takes the status only).
    private func writeRevision(_ deployment: inout Deployment, _ revision: String) async throws {
        var copy = deployment
        guard DeploymentRevision.setDeploymentRevision(&copy, revision) else { return }
        deployment = try await client.update(copy)
    }

    private static func replace(_ owned: inout [ReplicaSet], with updated: ReplicaSet) {
        if let index = owned.firstIndex(where: { $0.metadata.uid == updated.metadata.uid }) {
            owned[index] = updated
        } else {
            owned.append(updated)
        }
    }

    private static func current(_ replicaSet: ReplicaSet, in owned: [ReplicaSet]) -> ReplicaSet {
        owned.first { $0.metadata.uid == replicaSet.metadata.uid } ?? replicaSet
    }

    private static func currentAll(_ replicaSets: [ReplicaSet], in owned: [ReplicaSet]) -> [ReplicaSet] {
        replicaSets.map { current($0, in: owned) }
    }
}
