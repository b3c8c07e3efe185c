import SkiffAPI
import SkiffWire

/// The wire's per-message JSON work on a realistic Pod, each with its own coding (what the wire
/// does) and through the Codable conformances (what it did before): a create request written by
/// the client and read by the server, a watch event written by the server and read by the
/// watcher. Prints µs per op, in the codec benchmark's format.
enum WireCodingBenchmark {
    static func run() throws {
        var pod = APIServerBenchmark.realisticPod("api")
        pod.applyDefaults()
        let request = WireRequest(
            verb: .create, resource: "pods", namespace: pod.metadata.namespace, name: pod.metadata.name,
            body: try WireBody(encoding: pod)
        )
        let payload = try request.payload()
        let event = WatchEvent(type: .modified, object: pod)
        let eventPayload = try WireWatchEvent(event).payload()
        let codablePayload = try JSONCodec.encode(request)
        let codableEventPayload = try JSONCodec.encode(WireWatchEvent(event))
        precondition(payload == codablePayload && eventPayload == codableEventPayload, "the wire's coding must match Codable's")

        var sink = 0
        try CodecBenchmark.report("wire request encode", try CodecBenchmark.measure {
            let request = WireRequest(verb: .create, resource: "pods", name: pod.metadata.name, body: try WireBody(encoding: pod))
            sink &+= try request.payload().count
        })
        try CodecBenchmark.report("wire request encode (Codable, tree)", try CodecBenchmark.measure {
            let request = WireRequest(verb: .create, resource: "pods", name: pod.metadata.name, body: WireBody(try JSONCodec.encodeValue(pod)))
            sink &+= try JSONCodec.encode(request).count
        })
        try CodecBenchmark.report("wire request decode + body", try CodecBenchmark.measure {
            sink &+= try WireRequest(payload: payload).body?.decode(as: Pod.self).spec?.containers.count ?? 0
        })
        try CodecBenchmark.report("wire request decode + body (Codable)", try CodecBenchmark.measure {
            sink &+= try JSONCodec.decode(WireRequest.self, from: payload).body?.decode(as: Pod.self).spec?.containers.count ?? 0
        })
        try CodecBenchmark.report("wire event encode", try CodecBenchmark.measure {
            sink &+= try WireWatchEvent(event).payload().count
        })
        try CodecBenchmark.report("wire event encode (Codable)", try CodecBenchmark.measure {
            sink &+= try JSONCodec.encode(WireWatchEvent(event)).count
        })
        let shared = WatchEvent(type: .modified, object: pod, sharedEncoding: SharedEncoding())
        _ = try WireWatchEvent(shared).payload()
        try CodecBenchmark.report("wire event encode (2nd+ watcher)", try CodecBenchmark.measure {
            sink &+= try WireWatchEvent(shared).payload().count
        })
        try CodecBenchmark.report("wire event decode", try CodecBenchmark.measure {
            sink &+= try WireWatchEvent<Pod>(payload: eventPayload).object.spec?.containers.count ?? 0
        })
        try CodecBenchmark.report("wire event decode (Codable)", try CodecBenchmark.measure {
            sink &+= try JSONCodec.decode(WireWatchEvent<Pod>.self, from: eventPayload).object.spec?.containers.count ?? 0
        })
        if sink == 42 { print("") }  // keeps the optimiser from dropping the work
    }
}
