import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffClient
import SkiffLoop
import SkiffLoopTesting
import SkiffStore
import Testing

/// Records informer notifications in order.
private actor Recorder {
    var events: [String] = []
    /// A notification that holds the informer up until `release()`.
    var holdOn: String?
    private var held: CheckedContinuation<Void, Never>?
    private var isHolding = false

    func hold(on event: String) { holdOn = event }
    var holding: Bool { isHolding }
    func release() {
        holdOn = nil
        held?.resume()
        held = nil
    }

    func record<Object: APIObject>(_ event: Informer<Object>.Event) async {
        switch event {
        case .added(let object):
            let text = "add \(object.metadata.name ?? "")"
            events.append(text)
            if text == holdOn {
                isHolding = true
                await withCheckedContinuation { held = $0 }
                isHolding = false
            }
        case .updated(let old, let new):
            events.append("update \(new.metadata.name ?? "") \(old.metadata.resourceVersion ?? "")->\(new.metadata.resourceVersion ?? "")")
        case .deleted(let object): events.append("delete \(object.metadata.name ?? "")")
        }
    }
}

@Suite("Informer")
struct InformerTests {
    private struct Fixture {
        let directory: String
        let loop: EventLoop
        let time: ManualTimeSource
        let store: EmbeddedStore
        let server: APIServer
        var client: LocalClient { LocalClient(server: server) }

        static func start(options: APIServer.Options = APIServer.Options()) async throws -> Fixture {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("skiff-informer-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let loop = try EventLoop(name: "test-informer")
            let time = ManualTimeSource(settling: loop)
            let store = try await EmbeddedStore(path: directory + "/skiff.db", options: EmbeddedStoreOptions(executor: loop))
            let server = APIServer(store: store, loop: loop, time: time, options: options)
            try await server.start()
            return Fixture(directory: directory, loop: loop, time: time, store: store, server: server)
        }

        func stop() async throws {
            await server.stop()
            try await store.close()
            await loop.shutdown()
            try? FileManager.default.removeItem(atPath: directory)
        }
    }

    private func pod(_ name: String, node: String? = nil, labels: [String: String]? = nil) -> Pod {
        Pod(
            metadata: ObjectMeta(name: name, namespace: "default", labels: labels),
            spec: PodSpec(containers: [Container(name: "app", command: ["true"])], nodeName: node)
        )
    }

    /// Waits until the informer has applied everything up to `resourceVersion`.
    private func waitUntil<Object: APIObject>(_ informer: Informer<Object>, reaches resourceVersion: String?, loop: EventLoop) async {
        let target = Int64(resourceVersion ?? "0") ?? 0
        while Int64(await informer.lastResourceVersion ?? "0") ?? 0 < target {
            await loop.settle()
        }
    }

    @Test func listsThenWatchesIntoAnIndexedCache() async throws {
        let fixture = try await Fixture.start()
        _ = try await fixture.client.create(pod("a", node: "n1", labels: ["app": "web"]))
        _ = try await fixture.client.create(pod("b", node: "n2", labels: ["app": "db"]))
        let informer = Informer<Pod>(client: fixture.client, loop: fixture.loop, time: fixture.time)
        await informer.addIndex("node") { [$0.spec?.nodeName ?? ""] }
        let recorder = Recorder()
        await informer.addHandler { await recorder.record($0) }
        let run = Task(executorPreference: fixture.loop.taskExecutor) { await informer.run() }
        await informer.waitForSync()
        #expect(await informer.hasSynced)
        #expect(await informer.count == 2)

        var changed = try await fixture.client.get(Pod.self, name: "a", namespace: "default")
        changed.metadata.labels = ["app": "web", "v": "2"]
        changed = try await fixture.client.update(changed)
        let created = try await fixture.client.create(pod("c", node: "n1"))
        let deleted = try await fixture.client.delete(Pod.self, name: "b", namespace: "default", options: DeleteOptions(gracePeriodSeconds: 0))
        await waitUntil(informer, reaches: deleted.metadata.resourceVersion, loop: fixture.loop)

        #expect(await informer.byIndex("node", "n1").compactMap(\.metadata.name).sorted() == ["a", "c"])
        #expect(await informer.byIndex("node", "n2").isEmpty)
        #expect(await informer.get(name: "a", namespace: "default")?.metadata.labels?["v"] == "2")
        let web = try LabelSelectorExpression(parsing: "app=web")
        #expect(await informer.list(namespace: "default", selector: web).compactMap(\.metadata.name) == ["a"])
        let events = await recorder.events
        #expect(events.filter { $0.hasPrefix("add") }.sorted() == ["add a", "add b", "add c"])
        #expect(events.suffix(3).map { String($0.prefix(8)) } == ["update a", "add c", "delete b"])
        _ = created
        run.cancel()
        await run.value
        try await fixture.stop()
    }

    @Test func relistsAfterExpiredWithoutLosingOrRepeatingChanges() async throws {
        var options = APIServer.Options()
        options.watchBufferCapacity = 3
        let fixture = try await Fixture.start(options: options)
        _ = try await fixture.client.create(pod("keep"))
        _ = try await fixture.client.create(pod("gone"))
        let informer = Informer<Pod>(client: fixture.client, loop: fixture.loop, time: fixture.time)
        let recorder = Recorder()
        await informer.addHandler { await recorder.record($0) }
        let run = Task(executorPreference: fixture.loop.taskExecutor) { await informer.run() }
        await informer.waitForSync()

        // More writes than the watch buffer holds, issued while a handler holds the informer up:
        // the server ends its watch with Expired and the informer must re-list.
        await recorder.hold(on: "add new-0")
        let burst = Task(executorPreference: fixture.loop.taskExecutor) { () throws -> String? in
            var last: String?
            for index in 0..<20 { last = try await fixture.client.create(self.pod("new-\(index)")).metadata.resourceVersion }
            last = try await fixture.client.delete(Pod.self, name: "gone", namespace: "default").metadata.resourceVersion
            return last
        }
        let last = try await burst.value
        #expect(await recorder.holding)
        await recorder.release()
        await waitUntil(informer, reaches: last, loop: fixture.loop)
        #expect(await informer.listCount == 2)
        let names = await informer.list().compactMap(\.metadata.name)
        #expect(names.count == 21)
        #expect(!names.contains("gone"))
        let events = await recorder.events
        #expect(events.filter { $0.hasPrefix("add new-") }.count == 20, "each new pod is added exactly once")
        #expect(events.filter { $0 == "delete gone" }.count == 1)
        run.cancel()
        await run.value
        try await fixture.stop()
    }
}
