import SkiffAPI
import SkiffAPIServer
import SkiffClient
import SkiffStore
import Testing
import SkiffAPITesting

@Suite("API server: watches")
struct WatchTests {
    @Test func watchFromAResourceVersionSeesOnlyLaterChanges() async throws {
        try await withCluster { cluster in
            let first = try await cluster.client.create(samplePod("a"))
            let stream = try await cluster.client.watch(Pod.self, namespace: "default", resourceVersion: first.metadata.resourceVersion)
            var second = try await cluster.client.create(samplePod("b"))
            second.metadata.labels = ["x": "y"]
            second = try await cluster.client.update(second)
            let deleted = try await cluster.client.delete(Pod.self, name: "b", namespace: "default")
            let events = try await next(3, from: stream)
            #expect(events.map(\.type) == [.added, .modified, .deleted])
            #expect(events.map { $0.object.metadata.name } == ["b", "b", "b"])
            #expect(events[1].object.metadata.resourceVersion == second.metadata.resourceVersion)
            #expect(events[2].object.metadata.resourceVersion == deleted.metadata.resourceVersion)
            #expect(events[2].object.metadata.labels == ["x": "y"])
            stream.cancel()
        }
    }

    @Test func watchWithoutAVersionStartsWithTheCurrentState() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(samplePod("a"))
            _ = try await cluster.client.create(samplePod("b"))
            let stream = try await cluster.client.watch(Pod.self, namespace: "default")
            _ = try await cluster.client.create(samplePod("c"))
            let events = try await next(3, from: stream)
            #expect(events.map(\.type) == [.added, .added, .added])
            #expect(Set(events.compactMap(\.object.metadata.name)) == ["a", "b", "c"])
        }
    }

    @Test func aWatchWithoutANamespaceSeesEveryNamespace() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(Namespace(metadata: ObjectMeta(name: "team")))
            let start = try await cluster.client.create(samplePod("a"))
            let stream = try await cluster.client.watch(Pod.self, resourceVersion: start.metadata.resourceVersion)
            _ = try await cluster.client.create(samplePod("b", namespace: "team"))
            _ = try await cluster.client.create(samplePod("c"))
            let events = try await next(2, from: stream)
            #expect(events.map { "\($0.object.metadata.namespace ?? "")/\($0.object.metadata.name ?? "")" } == ["team/b", "default/c"])
            stream.cancel()
        }
    }

    @Test func theWatchCacheKeepsUpWithAWriteBurstLargerThanTheStoreWatchBuffer() async throws {
        // 64 writers (1,024 writes) against a store watch that buffers 400 events: the cache
        // must drain whatever is buffered at once, or it falls behind, overflows and resets every
        // watcher. (It waits one loop turn per batch, so a buffer must hold a few commit groups.)
        let cluster = try await TestCluster.start(storeOptions: EmbeddedStoreOptions(watchBufferCapacity: 400))
        let client = cluster.client
        let first = try await client.create(samplePod("burst-start"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<64 {
                group.addTask(executorPreference: cluster.loop.taskExecutor) {
                    for index in 0..<16 { _ = try await client.create(samplePod("w\(writer)-\(index)")) }
                }
            }
            try await group.waitForAll()
        }
        let replay = try await client.watch(Pod.self, namespace: "default", resourceVersion: first.metadata.resourceVersion)
        #expect(try await next(1024, from: replay).count == 1024)
        replay.cancel()
        try await cluster.stop()
    }

    @Test func watchReplaysTheHistoryAfterItsVersion() async throws {
        try await withCluster { cluster in
            var versions: [String] = []
            for index in 0..<5 { versions.append(try await cluster.client.create(samplePod("p\(index)")).metadata.resourceVersion!) }
            // Make sure the cache holds all five before replaying from the second.
            let probe = try await cluster.client.watch(Pod.self, namespace: "default", resourceVersion: versions[3])
            _ = try await next(1, from: probe)
            let replay = try await cluster.client.watch(Pod.self, namespace: "default", resourceVersion: versions[1])
            let events = try await next(3, from: replay)
            #expect(events.map(\.object.metadata.name) == ["p2", "p3", "p4"])
            #expect(events.map(\.object.metadata.resourceVersion!) == Array(versions[2...]))
        }
    }

    @Test func watchFromNowSkipsTheCurrentState() async throws {
        try await withCluster { cluster in
            _ = try await cluster.client.create(samplePod("before"))
            let stream = try await cluster.client.watch(
                Pod.self, namespace: "default", options: WatchOptions(sendInitialEvents: false)
            )
            _ = try await cluster.client.create(samplePod("after"))
            let events = try await next(1, from: stream)
            #expect(events.map(\.type) == [.added])
            #expect(events.first?.object.metadata.name == "after")
        }
    }

    @Test func watchListEndsInitialEventsWithABookmark() async throws {
        try await withCluster { cluster in
            let created = try await cluster.client.create(samplePod("a"))
            let stream = try await cluster.client.watch(
                Pod.self, namespace: "default",
                options: WatchOptions(allowWatchBookmarks: true, sendInitialEvents: true)
            )
            let events = try await next(2, from: stream)
            #expect(events[0].type == .added)
            #expect(events[1].type == .bookmark)
            #expect(events[1].object.metadata.annotations?["k8s.io/initial-events-end"] == "true")
            #expect(Int64(events[1].object.metadata.resourceVersion ?? "")! >= Int64(created.metadata.resourceVersion!)!)
            let invalid = await status {
                try await cluster.client.watch(Pod.self, namespace: "default", options: WatchOptions(sendInitialEvents: true))
            }
            #expect(invalid?.reason == .invalid)
        }
    }

    @Test func selectorsTurnTransitionsIntoAddedAndDeleted() async throws {
        try await withCluster { cluster in
            let pod = try await cluster.client.create(samplePod("a", labels: ["ready": "no"]))
            let stream = try await cluster.client.watch(
                Pod.self, namespace: "default", resourceVersion: pod.metadata.resourceVersion, labelSelector: "ready=yes"
            )
            var changed = pod
            changed.metadata.labels = ["ready": "yes"]
            changed = try await cluster.client.update(changed)
            changed.metadata.annotations = ["note": "still ready"]
            changed = try await cluster.client.update(changed)
            changed.metadata.labels = ["ready": "no"]
            changed = try await cluster.client.update(changed)
            let events = try await next(3, from: stream)
            #expect(events.map(\.type) == [.added, .modified, .deleted])
            #expect(events[2].object.metadata.resourceVersion == changed.metadata.resourceVersion)
        }
    }

    @Test func tooOldAResourceVersionIsExpired() async throws {
        var options = APIServer.Options()
        options.watchHistoryCapacity = 4
        try await withCluster(options: options) { cluster in
            let first = try await cluster.client.create(samplePod("p0"))
            for index in 1...10 { _ = try await cluster.client.create(samplePod("p\(index)")) }
            // Let the watch cache see every write before asking for old history.
            let probe = try await cluster.client.watch(Pod.self, namespace: "default")
            _ = try await next(11, from: probe)
            let failure = await status {
                try await cluster.client.watch(Pod.self, namespace: "default", resourceVersion: first.metadata.resourceVersion)
            }
            #expect(failure?.reason == .expired)
            #expect(failure?.code == 410)
        }
    }

    @Test func aSlowWatcherIsEndedWithExpiredAndWritersGoOn() async throws {
        var options = APIServer.Options()
        options.watchBufferCapacity = 5
        try await withCluster(options: options) { cluster in
            let start = try await cluster.client.create(samplePod("start"))
            let slow = try await cluster.client.watch(Pod.self, namespace: "default", resourceVersion: start.metadata.resourceVersion)
            for index in 0..<20 { _ = try await cluster.client.create(samplePod("p\(index)")) }
            let probe = try await cluster.client.watch(Pod.self, namespace: "default")
            _ = try await next(21, from: probe)
            var received = 0
            var ending: Status?
            do {
                while try await slow.next() != nil { received += 1 }
            } catch {
                ending = error as? Status
            }
            #expect(received <= 6)
            #expect(ending?.reason == .expired)
            #expect(try await cluster.client.list(Pod.self, namespace: "default").items.count == 21)
        }
    }

    @Test func oneWriteReachesManyWatchers() async throws {
        try await withCluster { cluster in
            let start = try await cluster.client.create(samplePod("start"))
            var streams: [WatchStream<Pod>] = []
            for _ in 0..<200 {
                streams.append(try await cluster.client.watch(Pod.self, namespace: "default", resourceVersion: start.metadata.resourceVersion))
            }
            #expect(await cluster.server.watcherCount(of: Pod.self) == 200)
            let created = try await cluster.client.create(samplePod("fanout"))
            for stream in streams {
                let event = try await next(1, from: stream)
                #expect(event.first?.object == created)
                stream.cancel()
            }
        }
    }

    /// Events were the one kind whose bookmark could not be built (a required member).
    @Test func eventWatchersGetBookmarksToo() async throws {
        try await withCluster { cluster in
            let reference = ObjectReference(kind: "Pod", namespace: "default", name: "web")
            let first = try await cluster.client.create(SkiffAPI.Event(metadata: ObjectMeta(name: "web.1", namespace: "default"), involvedObject: reference, reason: "Started"))
            let listed = try await cluster.client.watch(
                SkiffAPI.Event.self, namespace: "default",
                options: WatchOptions(allowWatchBookmarks: true, sendInitialEvents: true)
            )
            let initial = try await next(2, from: listed)
            #expect(initial.map(\.type) == [.added, .bookmark])
            #expect(initial.first?.object == first)
            #expect(initial.last?.object.metadata.annotations?["k8s.io/initial-events-end"] == "true")

            let periodic = try await cluster.client.watch(
                SkiffAPI.Event.self, namespace: "default",
                options: WatchOptions(resourceVersion: first.metadata.resourceVersion, allowWatchBookmarks: true)
            )
            _ = try await cluster.client.create(ConfigMap(metadata: ObjectMeta(name: "other", namespace: "default")))
            await cluster.time.advance(by: .seconds(61))
            let events = try await next(1, from: periodic)
            #expect(events.first?.type == .bookmark)
            #expect(Int64(events.first?.object.metadata.resourceVersion ?? "")! > Int64(first.metadata.resourceVersion!)!)
        }
    }

    @Test func bookmarksArriveOnTheClock() async throws {
        try await withCluster { cluster in
            let start = try await cluster.client.create(samplePod("start"))
            let stream = try await cluster.client.watch(
                Pod.self, namespace: "default",
                options: WatchOptions(resourceVersion: start.metadata.resourceVersion, allowWatchBookmarks: true)
            )
            _ = try await cluster.client.create(ConfigMap(metadata: ObjectMeta(name: "other", namespace: "default")))
            await cluster.time.advance(by: .seconds(61))
            let events = try await next(1, from: stream)
            #expect(events.first?.type == .bookmark)
            #expect(Int64(events.first?.object.metadata.resourceVersion ?? "")! > Int64(start.metadata.resourceVersion!)!)
        }
    }
}
