// The ReplicaSet controller: keeps `spec.replicas` active pods matching each ReplicaSet's
// selector, and writes the ReplicaSet's status. Watches ReplicaSets and Pods; owns Pods (through
// a controller ownerReference). After Kubernetes' pkg/controller/replicaset.

import Foundation
import SkiffAPI
import SkiffClient
import SkiffLoop

/// Reconciles ReplicaSets: creates pods from the template (in slow-start batches of 1, 2, 4, …,
/// at most `burstReplicas` per sync), deletes the least valuable pods first (`ActivePods`),
/// adopts orphans that match the selector and releases pods that no longer do, and reports
/// `replicas`, `fullyLabeledReplicas`, `readyReplicas`, `availableReplicas` and
/// `observedGeneration`.
///
/// After issuing creates or deletes it waits until its informer has observed them
/// (`ControllerExpectations`, 5 min timeout on the injected clock) before acting again.
/// A ReplicaSet whose `minReadySeconds` has ready pods not yet available is re-queued for the
/// moment the first of them becomes available.
///
/// Isolation: an actor on the loop; `run()` processes keys until `shutDown()`.
public actor ReplicaSetController: LoopBound {
    /// At most this many creates or deletes per sync (upstream's `BurstReplicas`).
    public static let burstReplicas = 500
    /// The first slow-start batch; each following batch doubles.
    static let slowStartInitialBatchSize = 1
    /// The condition reasons of a failed create or delete.
    static let failedCreateReason = "FailedCreate"
    static let failedDeleteReason = "FailedDelete"
    /// The Event reasons of a pod created or deleted (upstream's `SuccessfulCreate`/`SuccessfulDelete`).
    static let successfulCreateReason = "SuccessfulCreate"
    static let successfulDeleteReason = "SuccessfulDelete"
    /// The Events' `source.component`.
    public static let component = "replicaset-controller"

    public nonisolated let loop: EventLoop
    private let client: any APIClient
    private let time: any TimeSource
    private let informers: SharedInformerFactory
    private let replicaSets: Informer<ReplicaSet>
    private let pods: Informer<Pod>
    private let queue: WorkQueue<String>
    private var expectations = ControllerExpectations()
    private let workers: Int
    /// Where creates and deletes are reported; nil reports nothing.
    private let events: EventRecorder?

    public init(
        client: any APIClient, loop: EventLoop, time: any TimeSource, informers: SharedInformerFactory, workers: Int = 2,
        events: EventRecorder? = nil
    ) async {
        self.client = client
        self.events = events
        self.loop = loop
        self.time = time
        self.informers = informers
        self.workers = max(workers, 1)
        self.replicaSets = await informers.informer(for: ReplicaSet.self)
        self.pods = await informers.informer(for: Pod.self)
        self.queue = WorkQueue(loop: loop, time: time)
    }

    // MARK: Event handlers: map an object to a ReplicaSet key and enqueue it.

    private func replicaSetChanged(_ event: Informer<ReplicaSet>.Event) async {
        switch event {
        case .added(let replicaSet), .updated(_, let replicaSet):
            await queue.add(Informer<ReplicaSet>.key(of: replicaSet))
        case .deleted(let replicaSet):
            let key = Informer<ReplicaSet>.key(of: replicaSet)
            expectations.forget(key)
            await queue.add(key)
        }
    }

    private func podChanged(_ event: Informer<Pod>.Event) async {
        switch event {
        case .added(let pod):
            if pod.metadata.deletionTimestamp != nil { return await podDeleted(pod) }
            if let owner = await owningReplicaSet(of: pod) {
                let key = Informer<ReplicaSet>.key(of: owner)
                expectations.creationObserved(key)
                await queue.add(key)
            } else {
                await enqueueReplicaSets(matching: pod)
            }
        case .updated(let old, let new):
            if new.metadata.deletionTimestamp != nil, old.metadata.deletionTimestamp == nil {
                // A pod being deleted counts as gone for the expectations at once: its kubelet
                // may take the whole grace period to stop it.
                await podDeleted(new)
                if old.metadata.labels != new.metadata.labels { await podDeleted(old) }
                return
            }
            if old.metadata.controllerReference?.uid != new.metadata.controllerReference?.uid,
               let previous = await owningReplicaSet(of: old) {
                await queue.add(Informer<ReplicaSet>.key(of: previous))
            }
            if let owner = await owningReplicaSet(of: new) {
                await queue.add(Informer<ReplicaSet>.key(of: owner))
            } else if old.metadata.labels != new.metadata.labels || old.metadata.ownerReferences != new.metadata.ownerReferences {
                await enqueueReplicaSets(matching: new)
            }
        case .deleted(let pod):
            await podDeleted(pod)
        }
    }

    private func podDeleted(_ pod: Pod) async {
        guard let owner = await owningReplicaSet(of: pod) else { return }
        let key = Informer<ReplicaSet>.key(of: owner)
        expectations.deletionObserved(key, podKey: Informer<Pod>.key(of: pod))
        await queue.add(key)
    }

    /// The ReplicaSet the pod's controller reference names, if it still exists with that uid.
    private func owningReplicaSet(of pod: Pod) async -> ReplicaSet? {
        guard let reference = pod.metadata.controllerReference, reference.kind == ReplicaSet.resourceInfo.kind else { return nil }
        guard let owner = await replicaSets.get(name: reference.name, namespace: pod.metadata.namespace),
              owner.metadata.uid == reference.uid
        else { return nil }
        return owner
    }

    /// An orphan may be adopted by any ReplicaSet in its namespace whose selector matches it.
    private func enqueueReplicaSets(matching pod: Pod) async {
        guard pod.metadata.controllerReference == nil else { return }
        for replicaSet in await replicaSets.list(namespace: pod.metadata.namespace ?? "") {
            guard let selector = replicaSet.spec?.selector, let expression = try? LabelSelectorExpression(selector),
                  expression.matches(pod.metadata.labels ?? [:])
            else { continue }
            await queue.add(Informer<ReplicaSet>.key(of: replicaSet))
        }
    }

    /// Queues a ReplicaSet by key (for tests and the manager).
    func enqueue(_ key: String) async { await queue.add(key) }

    // MARK: Run

    /// Registers the handlers, waits for the informers, and runs the workers until `shutDown()`.
    public func run() async {
        await replicaSets.addHandler { [weak self] event in await self?.replicaSetChanged(event) }
        await pods.addHandler { [weak self] event in await self?.podChanged(event) }
        await replicaSets.waitForSync()
        await pods.waitForSync()
        await queue.runWorkers(workers) { key in try await self.sync(key) }
    }

    /// Stops handing out keys; `run()` returns once the workers are done.
    public func shutDown() async { await queue.shutDown() }

    // MARK: Sync

    /// Brings one ReplicaSet's pods to its desired count and writes its status.
    func sync(_ key: String) async throws {
        guard let replicaSet = await replicaSets.get(key) else {
            expectations.forget(key)
            return
        }
        // A selector the server let through but that cannot be parsed matches nothing; never crash on it.
        guard let selector = replicaSet.spec?.selector.flatMap({ try? LabelSelectorExpression($0) }) else { return }
        let needsSync = expectations.isSatisfied(key, now: time.now())
        let namespace = replicaSet.metadata.namespace ?? ""
        let active = await pods.list(namespace: namespace).filter(\.isActive)
        let manager = ControllerRefManager(owner: replicaSet, selector: selector, client: client)
        let (owned, claimError) = await manager.claim(active)

        var manageError: (any Error)?
        if needsSync, replicaSet.metadata.deletionTimestamp == nil {
            do { try await manageReplicas(owned, of: replicaSet, key: key) } catch { manageError = error }
        }
        let now = time.now()
        let status = Self.computeStatus(replicaSet, pods: owned, manageError: manageError, now: now)
        let updated = try await updateStatus(replicaSet, to: status)

        // Pods that are ready but not yet available need a sync when they become available.
        let minReadySeconds = updated.spec?.minReadySeconds ?? 0
        if manageError == nil, minReadySeconds > 0,
           let next = owned.compactMap({ $0.availableAt(minReadySeconds: minReadySeconds) }).filter({ $0 >= now }).min() {
            let delay = next.timeIntervalSince(now) + 0.001
            await queue.addAfter(key, delay: .milliseconds(Int64(delay * 1000)))
        }
        if let error = manageError ?? claimError { throw error }
    }

    /// Creates or deletes pods so that `owned` reaches `spec.replicas`.
    private func manageReplicas(_ owned: [Pod], of replicaSet: ReplicaSet, key: String) async throws {
        let desired = Int(replicaSet.spec?.replicas ?? 1)
        let difference = owned.count - desired
        if difference < 0 {
            let count = min(-difference, Self.burstReplicas)
            // Expectations first: the informer may deliver the new pods before the creates return.
            expectations.expectCreations(key, count: count, now: time.now())
            let pod = Self.pod(from: replicaSet)
            let (created, error) = await Self.slowStartBatch(count: count, initialBatchSize: Self.slowStartInitialBatchSize) {
                [client, events] in
                let pod = try await client.create(pod)
                await events?.record(replicaSet, reason: Self.successfulCreateReason, message: "Created pod: \(pod.metadata.name ?? "")")
            }
            // Creates never issued or failed will never be observed.
            for _ in created..<count { expectations.creationObserved(key) }
            if let error {
                await events?.record(replicaSet, type: .warning, reason: Self.failedCreateReason,
                                     message: "Error creating: \(Status.from(error).message ?? "\(error)")")
                throw error
            }
        } else if difference > 0 {
            let count = min(difference, Self.burstReplicas)
            let victims = Self.podsToDelete(owned, count: count)
            let podKeys = victims.map { Informer<Pod>.key(of: $0) }
            expectations.expectDeletions(key, podKeys: podKeys, now: time.now())
            var firstError: (any Error)?
            await withTaskGroup(of: (String, (any Error)?).self) { group in
                for victim in victims {
                    group.addTask { [client] in
                        do {
                            _ = try await client.delete(
                                Pod.self, name: victim.metadata.name ?? "", namespace: victim.metadata.namespace,
                                options: DeleteOptions(preconditions: .init(uid: victim.metadata.uid))
                            )
                            return (Informer<Pod>.key(of: victim), nil)
                        } catch let status as Status where status.code == 404 {
                            return (Informer<Pod>.key(of: victim), status)
                        } catch {
                            return (Informer<Pod>.key(of: victim), error)
                        }
                    }
                }
                for await (podKey, error) in group {
                    guard let error else {
                        await events?.record(replicaSet, reason: Self.successfulDeleteReason, message: "Deleted pod: \(Self.name(ofKey: podKey))")
                        continue
                    }
                    // A pod already gone or a failed delete will never be observed as deleted.
                    expectations.deletionObserved(key, podKey: podKey)
                    if let status = error as? Status, status.code == 404 { continue }
                    firstError = firstError ?? error
                }
            }
            if let firstError { throw firstError }
        }
    }

    /// Writes `status` (with a fresh read and one retry on a conflict), unless it is unchanged.
    private func updateStatus(_ replicaSet: ReplicaSet, to status: ReplicaSetStatus) async throws -> ReplicaSet {
        if replicaSet.status == status { return replicaSet }
        var copy = replicaSet
        for attempt in 0..<2 {
            copy.status = status
            do {
                return try await client.updateStatus(copy)
            } catch let error as Status where error.code == 409 && attempt == 0 {
                copy = try await client.get(ReplicaSet.self, name: replicaSet.metadata.name ?? "", namespace: replicaSet.metadata.namespace)
                guard copy.metadata.uid == replicaSet.metadata.uid else { return copy }
            }
        }
        return copy
    }

    // MARK: Pure helpers

    /// The name part of a `namespace/name` key.
    static func name(ofKey key: String) -> String {
        key.split(separator: "/", maxSplits: 1).last.map(String.init) ?? key
    }

    /// A pod from the ReplicaSet's template, named `<replicaset>-<random>` by the server.
    static func pod(from replicaSet: ReplicaSet) -> Pod {
        let template = replicaSet.spec?.template
        return Pod(
            metadata: ObjectMeta(
                generateName: (replicaSet.metadata.name ?? "") + "-",
                namespace: replicaSet.metadata.namespace,
                labels: template?.metadata?.labels,
                annotations: template?.metadata?.annotations,
                ownerReferences: [OwnerReference(controller: replicaSet)],
                finalizers: template?.metadata?.finalizers
            ),
            spec: template?.spec
        )
    }

    /// The `count` least valuable of `pods`.
    static func podsToDelete(_ pods: [Pod], count: Int) -> [Pod] {
        guard count < pods.count else { return pods }
        return Array(ActivePods.sortedForDeletion(pods, related: pods).prefix(count))
    }

    /// Runs `count` calls of `body` in batches of 1, 2, 4, … (each batch concurrently), stopping
    /// after the first batch with an error: a quota or a webhook that rejects one create would
    /// reject a thousand. Returns how many succeeded and the first error.
    static func slowStartBatch(
        count: Int, initialBatchSize: Int, _ body: @escaping @Sendable () async throws -> Void
    ) async -> (successes: Int, error: (any Error)?) {
        var remaining = count
        var successes = 0
        var batchSize = min(remaining, initialBatchSize)
        while batchSize > 0 {
            let (batchSuccesses, error) = await withTaskGroup(of: (any Error)?.self) { group in
                for _ in 0..<batchSize {
                    group.addTask {
                        do { try await body(); return nil } catch { return error }
                    }
                }
                var succeeded = 0
                var firstError: (any Error)?
                for await error in group {
                    if let error { firstError = firstError ?? error } else { succeeded += 1 }
                }
                return (succeeded, firstError)
            }
            successes += batchSuccesses
            if let error { return (successes, error) }
            remaining -= batchSize
            batchSize = min(2 * batchSize, remaining)
        }
        return (successes, nil)
    }

    /// The status a ReplicaSet with `pods` should report (upstream's `calculateStatus`).
    static func computeStatus(_ replicaSet: ReplicaSet, pods: [Pod], manageError: (any Error)?, now: Date) -> ReplicaSetStatus {
        var status = replicaSet.status ?? ReplicaSetStatus()
        let templateLabels = replicaSet.spec?.template?.metadata?.labels ?? [:]
        let minReadySeconds = replicaSet.spec?.minReadySeconds ?? 0
        status.replicas = Int32(pods.count)
        status.fullyLabeledReplicas = Int32(pods.filter { pod in
            let labels = pod.metadata.labels ?? [:]
            return templateLabels.allSatisfy { labels[$0.key] == $0.value }
        }.count)
        status.readyReplicas = Int32(pods.filter(\.isReady).count)
        status.availableReplicas = Int32(pods.filter { $0.isAvailable(minReadySeconds: minReadySeconds, now: now) }.count)
        status.observedGeneration = replicaSet.metadata.generation
        var conditions = (status.conditions ?? []).filter { $0.type != .replicaFailure }
        if let manageError {
            let desired = Int(replicaSet.spec?.replicas ?? 1)
            let reason = pods.count < desired ? failedCreateReason : failedDeleteReason
            let existing = status.conditions?.first { $0.type == .replicaFailure }
            conditions.append(ReplicaSetCondition(
                type: .replicaFailure, status: .true,
                lastTransitionTime: existing?.lastTransitionTime ?? Time(now),
                reason: reason, message: Status.from(manageError).message ?? "\(manageError)"
            ))
        }
        status.conditions = conditions.isEmpty ? nil : conditions
        return status
    }
}
