import Foundation
import SkiffAPI
import SkiffAPIServer
import SkiffAPITesting
import SkiffClient
import SkiffLoop
import SkiffWire
import Testing

/// The wire's own coding of `WireRequest` and `WireWatchEvent` (`payload()`, `init(payload:)`)
/// against their Codable conformances through `JSONCodec`, which is what the wire sent before:
/// the same bytes, the same values, and the same errors for what Codable refuses.
@Suite("Wire coding: requests and watch events without Codable")
struct WireCodingTests {
    /// The `Status` `body` throws, or nil if it does not throw.
    private func thrown(_ body: () throws -> Any?) -> Status? {
        do {
            _ = try body()
            return nil
        } catch {
            return Status.from(error)
        }
    }

    /// A pod with what a scheduler's pods carry (labels, requests, tolerations, a status) plus
    /// strings that need escaping.
    static let pod: Pod = {
        let json = #"""
        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"web-0","namespace":"default","uid":"u-1",
        "resourceVersion":"42","labels":{"app":"web","tier":"a\"b"},"annotations":{"note":"line\nbreak ünï \u0001"},
        "creationTimestamp":"2026-01-02T03:04:05Z"},
        "spec":{"containers":[{"name":"app","image":"registry.k8s.io/pause:3.10","command":["sleep","3600"],
        "ports":[{"containerPort":8080,"protocol":"TCP"}],
        "resources":{"requests":{"cpu":"100m","memory":"500Mi"},"limits":{"cpu":"1","memory":"1Gi"}}}],
        "nodeSelector":{"disktype":"ssd"},"schedulerName":"default-scheduler","priority":10,
        "tolerations":[{"key":"node.kubernetes.io/not-ready","operator":"Exists","effect":"NoExecute","tolerationSeconds":300}]},
        "status":{"phase":"Pending","conditions":[{"type":"PodScheduled","status":"False","reason":"Unschedulable"}],"qosClass":"Burstable"}}
        """#
        return try! JSONCodec.decode(Pod.self, from: Array(json.utf8))
    }()

    static let binding = Binding(
        metadata: ObjectMeta(name: "web-0", namespace: "default"),
        target: ObjectReference(kind: "Node", name: "node-1")
    )

    /// One request of every shape a client sends.
    static func requests() throws -> [WireRequest] {
        [
            WireRequest(verb: .create, resource: "pods", namespace: "default", name: "web-0", body: try WireBody(encoding: pod)),
            WireRequest(
                verb: .update, resource: "pods", namespace: "default", name: "web-0", subresource: .status,
                body: try WireBody(encoding: pod)
            ),
            WireRequest(
                verb: .create, resource: "pods", namespace: "default", name: "web-0", subresource: .binding,
                body: try WireBody(encoding: binding)
            ),
            WireRequest(verb: .get, resource: "pods", namespace: "default", name: "web-0"),
            WireRequest(verb: .get, resource: "deployments.apps", namespace: "default", name: "web", subresource: .scale),
            WireRequest(
                verb: .list, resource: "pods", listOptions: ListOptions(labelSelector: "app=web", fieldSelector: "spec.nodeName=n1", limit: 500, continue: "tok\"en")
            ),
            WireRequest(verb: .list, resource: "pods", namespace: "default", listOptions: ListOptions()),
            WireRequest(
                verb: .watch, resource: "pods",
                watchOptions: WatchOptions(resourceVersion: "7", labelSelector: "a", fieldSelector: "b", allowWatchBookmarks: true, sendInitialEvents: true)
            ),
            WireRequest(verb: .watch, resource: "nodes", watchOptions: WatchOptions()),
            WireRequest(
                verb: .patch, resource: "pods", namespace: "default", name: "web-0",
                patch: #"{"metadata":{"labels":{"x":"y\n"}}}"#, patchType: .strategicMerge
            ),
            WireRequest(
                verb: .delete, resource: "pods", namespace: "default", name: "web-0",
                deleteOptions: DeleteOptions(
                    gracePeriodSeconds: 0, propagationPolicy: .foreground,
                    preconditions: DeleteOptions.Preconditions(uid: "u-1", resourceVersion: "42")
                )
            ),
            WireRequest(verb: .delete, resource: "pods", namespace: "default", name: "web-0", deleteOptions: DeleteOptions()),
            WireRequest(
                verb: .get, resource: "pods", namespace: "default", name: "web-0", subresource: .log,
                logOptions: PodLogOptions(container: "app", follow: true, previous: false, tailLines: 10, limitBytes: 4096)
            ),
            WireRequest(verb: .list, resource: WireRequest.podMetricsResource),
        ]
    }

    @Test func requestsAreWrittenAsCodableWritesThem() throws {
        for request in try Self.requests() {
            let payload = try request.payload()
            #expect(String(decoding: payload, as: UTF8.self) == String(decoding: try JSONCodec.encode(request), as: UTF8.self))
        }
    }

    @Test func requestsReadBackAsCodableReadsThem() throws {
        for request in try Self.requests() {
            let payload = try request.payload()
            let read = try WireRequest(payload: payload)
            #expect(read == request)
            #expect(read == (try JSONCodec.decode(WireRequest.self, from: payload)))
        }
    }

    @Test func aBodyIsWrittenOnceAndReadAsItsKind() throws {
        let request = WireRequest(verb: .create, resource: "pods", namespace: "default", name: "web-0", body: try WireBody(encoding: Self.pod))
        let payload = String(decoding: try request.payload(), as: UTF8.self)
        // The object's own bytes, embedded as they are.
        let object = String(decoding: try JSONCodec.encode(Self.pod), as: UTF8.self)
        #expect(payload.hasSuffix(#","body":"# + object + "}"))
        let read = try WireRequest(payload: try request.payload())
        #expect(try read.body?.decode(as: Pod.self) == Self.pod)
        #expect(try read.body?.tree() == (try request.body?.tree()))
        let binding = try WireBody(encoding: Self.binding)
        #expect(try WireRequest(payload: try WireRequest(verb: .create, resource: "pods", body: binding).payload()).body?.decode(as: Binding.self) == Self.binding)
    }

    @Test func requestsInOtherSpellingsReadAsCodableReadsThem() throws {
        let documents = [
            // Members in another order, nulls for optionals, unknown members, a whole float.
            #"{"name":"web","resource":"pods","verb":"get","namespace":null,"extra":{"x":[1]},"body":null}"#,
            #"{"verb":"list","resource":"pods","listOptions":{"limit":3.0,"continue":null,"other":1}}"#,
            #"{"verb":"watch","resource":"pods","watchOptions":{"allowWatchBookmarks":false,"sendInitialEvents":null}}"#,
            #"{"verb":"delete","resource":"pods","name":"x","deleteOptions":{"preconditions":null,"propagationPolicy":"Orphan"}}"#,
            #"{"verb":"get","resource":"pods","name":"x","subresource":"log","logOptions":{"follow":false,"previous":true,"tailLines":null}}"#,
            #"{"verb":"create","resource":"pods","body":[1,"not an object"]}"#,
        ]
        for document in documents {
            let bytes = Array(document.utf8)
            #expect(try WireRequest(payload: bytes) == JSONCodec.decode(WireRequest.self, from: bytes), "\(document)")
        }
    }

    @Test func whatCodableRefusesGetsCodablesError() throws {
        let documents = [
            #"not json"#,
            #"[]"#,
            #"{"verb":"explode"}"#,
            #"{"resource":"pods"}"#,
            #"{"verb":null,"resource":"pods"}"#,
            #"{"verb":"get"}"#,
            #"{"verb":"get","resource":7}"#,
            #"{"verb":"get","resource":"pods","namespace":["default"]}"#,
            #"{"verb":"get","resource":"pods","subresource":"exec"}"#,
            #"{"verb":"patch","resource":"pods","patch":"{}","patchType":"application/yaml"}"#,
            #"{"verb":"list","resource":"pods","listOptions":{"limit":"ten"}}"#,
            #"{"verb":"list","resource":"pods","listOptions":[]}"#,
            #"{"verb":"watch","resource":"pods","watchOptions":{"resourceVersion":"1"}}"#,
            #"{"verb":"delete","resource":"pods","deleteOptions":{"propagationPolicy":"Sometimes"}}"#,
            #"{"verb":"delete","resource":"pods","deleteOptions":{"gracePeriodSeconds":1.5}}"#,
            #"{"verb":"get","resource":"pods","logOptions":{"follow":true}}"#,
        ]
        for document in documents {
            let bytes = Array(document.utf8)
            let expected = thrown { try JSONCodec.decode(WireRequest.self, from: bytes) }
            #expect(expected != nil, "Codable accepted \(document)")
            #expect(thrown { try WireRequest(payload: bytes) } == expected, "\(document)")
        }
    }

    @Test func aBodyThatDoesNotFitItsKindIsABadRequestNamingTheField() throws {
        let json = #"{"verb":"create","resource":"pods","body":{"metadata":{"name":"x"},"spec":{"containers":[{"name":"a","ports":[{"containerPort":"80a"}]}]}}}"#
        let request = try WireRequest(payload: Array(json.utf8))
        let failure = thrown { try request.body?.decode(as: Pod.self) }
        #expect(failure?.reason == .badRequest)
        #expect(failure?.details?.causes?.first?.field == "spec.containers[0].ports[0].containerPort")
    }

    // MARK: Watch events

    static func events() -> [WatchEvent<Pod>] {
        var bookmark = Pod()
        bookmark.metadata.resourceVersion = "99"
        bookmark.metadata.annotations = ["k8s.io/initial-events-end": "true"]
        return [
            WatchEvent(type: .added, object: pod),
            WatchEvent(type: .modified, object: samplePod("p", node: "n1")),
            WatchEvent(type: .deleted, object: pod),
            WatchEvent(type: .bookmark, object: bookmark),
        ]
    }

    @Test func eventsAreWrittenAsCodableWritesThem() throws {
        for event in Self.events() {
            let payload = try WireWatchEvent(event).payload()
            #expect(String(decoding: payload, as: UTF8.self) == String(decoding: try JSONCodec.encode(WireWatchEvent(event)), as: UTF8.self))
            #expect(try WireWatchEvent<Pod>(payload: payload).event == event)
            #expect(try JSONCodec.decode(WireWatchEvent<Pod>.self, from: payload).event == event)
        }
        let configMap = WatchEvent(type: .added, object: ConfigMap(metadata: ObjectMeta(name: "c", namespace: "default"), data: ["k": "v"]))
        let payload = try WireWatchEvent(configMap).payload()
        #expect(payload == (try JSONCodec.encode(WireWatchEvent(configMap))))
        #expect(try WireWatchEvent<ConfigMap>(payload: payload).event == configMap)
    }

    @Test func eventsInOtherSpellingsReadAsCodableReadsThem() throws {
        let document = #"{"object":{"metadata":{"name":"x","labels":null},"spec":{"containers":[]},"zeta":1},"type":"MODIFIED","extra":true}"#
        let bytes = Array(document.utf8)
        let read = try WireWatchEvent<Pod>(payload: bytes)
        #expect(read.event == (try JSONCodec.decode(WireWatchEvent<Pod>.self, from: bytes)).event)
        #expect(read.object.unknownFields != nil)
    }

    @Test func eventsCodableRefusesGetCodablesError() throws {
        let documents = [
            #"{"type":"ADDED"}"#,
            #"{"type":"ADDED","object":null}"#,
            #"{"type":"SOMETIMES","object":{"metadata":{}}}"#,
            #"{"type":1,"object":{"metadata":{}}}"#,
            #"{"object":{"metadata":{}}}"#,
            #"{"type":"ADDED","object":{"metadata":{"name":"x"},"spec":{"containers":[{"name":"a","ports":[{"containerPort":"80a"}]}]}}}"#,
            #"{"type":"ADDED","object":[]}"#,
            #"["ADDED"]"#,
            #"{"type":"ADDED","object":{}"#,
        ]
        for document in documents {
            let bytes = Array(document.utf8)
            let expected = thrown { try JSONCodec.decode(WireWatchEvent<Pod>.self, from: bytes) }
            #expect(expected != nil, "Codable accepted \(document)")
            #expect(thrown { try WireWatchEvent<Pod>(payload: bytes) } == expected, "\(document)")
        }
        // The field path runs through the event, as before.
        let failure = thrown { try WireWatchEvent<Pod>(payload: Array(documents[5].utf8)) }
        #expect(failure?.details?.causes?.first?.field == "object.spec.containers[0].ports[0].containerPort")
    }

    @Test func watchersOfOneChangeShareOneEncoding() throws {
        let encoding = SharedEncoding()
        let first = WatchEvent(type: .modified, object: Self.pod, sharedEncoding: encoding)
        let second = WatchEvent(type: .modified, object: Self.pod, sharedEncoding: encoding)
        #expect(encoding.encodedBytes == nil)
        let payload = try WireWatchEvent(first).payload()
        #expect(payload == (try JSONCodec.encode(WireWatchEvent(first))))
        #expect(encoding.encodedBytes == (try JSONCodec.encode(Self.pod)))
        #expect(try WireWatchEvent(second).payload() == payload)

        // The second watcher takes the bytes as they are, without encoding the object again.
        let marked = SharedEncoding()
        _ = try marked.bytes { Array(#"{"marker":true}"#.utf8) }
        let reused = try WireWatchEvent(WatchEvent(type: .added, object: Self.pod, sharedEncoding: marked)).payload()
        #expect(String(decoding: reused, as: UTF8.self) == #"{"type":"ADDED","object":{"marker":true}}"#)

        // A changed object drops the shared bytes, in the event and in the wire event.
        var changed = WatchEvent(type: .added, object: Self.pod, sharedEncoding: marked)
        changed.object.metadata.name = "other"
        #expect(changed.sharedEncoding == nil)
        #expect(changed == WatchEvent(type: .added, object: changed.object))
        var wire = WireWatchEvent(WatchEvent(type: .added, object: Self.pod, sharedEncoding: marked))
        wire.object.metadata.name = "other"
        #expect(try wire.payload() == (try JSONCodec.encode(WireWatchEvent(changed))))
    }

    // MARK: Fan-out

    @Test func theWatchCacheGivesEveryWatcherOfAChangeOneEncoding() async throws {
        try await withCluster(.local) { cluster, client in
            let first = try await cluster.server.watch(Pod.self, namespace: "default", options: WatchOptions(resourceVersion: "1"))
            let second = try await cluster.server.watch(Pod.self, namespace: nil, options: WatchOptions(resourceVersion: "1"))
            let created = try await client.create(samplePod("web"))
            let events = try await next(1, from: first) + next(1, from: second)
            #expect(events.map(\.object) == [created, created])
            let shared = try #require(events[0].sharedEncoding)
            #expect(events[1].sharedEncoding === shared)
            // The first watcher to send it encodes it; the second reuses those bytes.
            let payload = try WireWatchEvent(events[0]).payload()
            #expect(shared.encodedBytes == (try JSONCodec.encode(created)))
            #expect(try WireWatchEvent(events[1]).payload() == payload)
            first.cancel()
            second.cancel()
        }
    }

    @Test func remoteWatchersOfOneChangeGetTheSameEvents() async throws {
        try await withCluster(.remote) { cluster, client in
            let first = try await client.watch(Pod.self, namespace: "default", options: WatchOptions(resourceVersion: "1"))
            let second = try await client.watch(Pod.self, namespace: nil, options: WatchOptions(resourceVersion: "1"))
            let local = LocalClient(server: cluster.server)
            let created = try await local.create(samplePod("web"))
            var labelled = created
            labelled.metadata.labels = ["app": "web"]
            labelled = try await local.update(labelled)
            _ = try await local.delete(Pod.self, name: "web", namespace: "default", options: DeleteOptions(gracePeriodSeconds: 0))
            let events = try await next(3, from: first)
            #expect(events.map(\.type) == [.added, .modified, .deleted])
            #expect(Array(events.map(\.object).prefix(2)) == [created, labelled])
            #expect(try await next(3, from: second) == events)
            first.cancel()
            second.cancel()
        }
    }

    // MARK: Over TCP

    /// Sends a hello and `payload` as a request on stream 1 over a raw connection; returns the
    /// frames the server sent until it answered the request or closed the connection.
    private func exchange(_ payload: [UInt8], with cluster: WireTestCluster) async throws -> [Frame] {
        let raw = try await TCPConnection.connect(to: cluster.address, on: cluster.loop)
        try await raw.write(Frame(type: .hello, streamID: 0, payload: try JSONCodec.encode(WireHello())).serialized())
        try await raw.write(Frame(type: .request, streamID: 1, payload: payload).serialized())
        var decoder = FrameDecoder()
        var frames: [Frame] = []
        reading: while let chunk = try await raw.read() {
            decoder.feed(chunk)
            while let frame = try decoder.nextFrame() {
                frames.append(frame)
                if frame.type == .response { break reading }
            }
        }
        await raw.close()
        return frames
    }

    @Test func aBodyThatDoesNotFitIsAnsweredWithBadRequestOverTCP() async throws {
        try await withCluster(.remote) { cluster, _ in
            let json = #"{"verb":"create","resource":"pods","namespace":"default","name":"x","body":{"metadata":{"name":"x"},"spec":{"containers":[{"name":"a","ports":[{"containerPort":"80a"}]}]}}}"#
            let frames = try await exchange(Array(json.utf8), with: cluster)
            let response = try #require(frames.last)
            #expect(response.type == .response)
            #expect(response.flags.contains(.status))
            let status = try JSONCodec.decode(Status.self, from: response.payload)
            #expect(status.reason == .badRequest)
            #expect(status.details?.causes?.first?.field == "spec.containers[0].ports[0].containerPort")
            #expect(cluster.errors.all.isEmpty)
        }
    }

    @Test func aRequestWithBadOptionsIsAProtocolErrorWithCodablesMessage() async throws {
        try await withCluster(.remote) { cluster, client in
            let json = #"{"verb":"list","resource":"pods","listOptions":{"limit":"ten"}}"#
            let frames = try await exchange(Array(json.utf8), with: cluster)
            #expect(frames.map(\.type) == [.hello])
            let codable = thrown { try JSONCodec.decode(WireRequest.self, from: Array(json.utf8)) }
            let message = try #require(codable?.message)
            #expect(message.contains("listOptions.limit"))
            #expect(cluster.errors.all.count == 1)
            #expect(cluster.errors.all.first?.contains("undecodable request on stream 1: \(message)") == true)
            // Only that connection was closed.
            _ = try await client.list(Pod.self, namespace: "default")
        }
    }
}
