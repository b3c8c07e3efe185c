import Foundation
import SkiffAPI

/// Measures `JSONCodec` against Foundation's `JSONEncoder`/`JSONDecoder` on a realistic Pod-shaped
/// value (two containers with env, ports and resources, four conditions; ~1.8 KB of JSON), and
/// the parser, YAML decoding and selector matching that sit on the same paths. Prints µs per op.
enum CodecBenchmark {
    static func run() async throws {
        let pod = BenchPod.sample
        let bytes = try JSONCodec.encode(pod)
        let foundationEncoder = JSONEncoder()
        let foundationDecoder = JSONDecoder()
        let foundationBytes = try foundationEncoder.encode(pod)
        let decoded = try JSONCodec.decode(BenchPod.self, from: bytes)
        precondition(decoded == pod, "round trip must be lossless")
        print("codec: Pod JSON is \(bytes.count) bytes (Foundation: \(foundationBytes.count))")

        var sink = 0
        try report("JSONCodec.encode", try measure { sink &+= try JSONCodec.encode(pod).count })
        try report("JSONCodec.decode", try measure { sink &+= try JSONCodec.decode(BenchPod.self, from: bytes).spec.containers.count })
        var apiPod = APIServerBenchmark.realisticPod("api")
        apiPod.applyDefaults()
        let apiPodBytes = try JSONCodec.encode(apiPod)
        try report("JSONCodec.encode (SkiffAPI Pod)", try measure { sink &+= try JSONCodec.encode(apiPod).count })
        try report("JSONCodec.decode (SkiffAPI Pod)", try measure { sink &+= try JSONCodec.decode(Pod.self, from: apiPodBytes).spec?.containers.count ?? 0 })
        try report("JSONCodec.encodeValue (SkiffAPI Pod)", try measure { sink &+= try JSONCodec.encodeValue(apiPod).objectValue?.count ?? 0 })
        try report("JSONValue(parsing:)", try measure { sink &+= try JSONValue(parsing: bytes).objectValue?.count ?? 0 })
        let tree = try JSONValue(parsing: bytes)
        try report("JSONValue.serialized()", try measure { sink &+= tree.serialized().count })
        try report("JSONCodec.decode(from: JSONValue)", try measure { sink &+= try JSONCodec.decode(BenchPod.self, from: tree).spec.containers.count })
        try report("JSONCodec.encodePretty", try measure { sink &+= try JSONCodec.encodePretty(pod).count })
        try report("Foundation JSONEncoder", try measure { sink &+= try foundationEncoder.encode(pod).count })
        try report("Foundation JSONDecoder", try measure { sink &+= try foundationDecoder.decode(BenchPod.self, from: foundationBytes).spec.containers.count })

        let yaml = YAMLCodec.encode(tree)
        try report("YAMLCodec.decodeDocuments", try measure(iterations: 2_000) { sink &+= try YAMLCodec.decodeDocuments(yaml).count })
        let selector = try LabelSelectorExpression(parsing: "app=web,tier in (frontend,backend),!canary")
        let labels = pod.metadata.labels
        try report("LabelSelectorExpression.matches", try measure(iterations: 1_000_000) { sink &+= selector.matches(labels) ? 1 : 0 })
        try report("Quantity(parsing:)", try measure(iterations: 200_000) { sink &+= Int(try Quantity(parsing: "1536Mi").value & 1) })
        if sink == 42 { print("") }  // keeps the optimiser from dropping the work
    }

    /// `CODEC_BENCH_ITERATIONS=N` overrides every iteration count (e.g. small, under callgrind).
    private static let iterationOverride = ProcessInfo.processInfo.environment["CODEC_BENCH_ITERATIONS"].flatMap { Int($0) }

    /// Median µs per operation over five rounds.
    static func measure(iterations: Int = 20_000, _ body: () throws -> Void) throws -> Double {
        let iterations = iterationOverride ?? iterations
        for _ in 0..<max(1, iterations / 10) { try body() }  // warm up
        var rounds: [Double] = []
        for _ in 0..<5 {
            let start = ContinuousClock.now
            for _ in 0..<iterations { try body() }
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            rounds.append(seconds * 1e6 / Double(iterations))
        }
        return rounds.sorted()[2]
    }

    /// `CODEC_BENCH_FILTER=encode` runs only the measurements whose name contains that text
    /// (for profiling one path at a time).
    private static let filter = ProcessInfo.processInfo.environment["CODEC_BENCH_FILTER"]

    static func report(_ name: String, _ microseconds: @autoclosure () throws -> Double) rethrows {
        if let filter, !name.contains(filter) { return }
        let microseconds = try microseconds()
        let padded = name.padding(toLength: 36, withPad: " ", startingAt: 0)
        print("codec: \(padded) \(String(format: "%8.3f", microseconds)) µs/op")
    }
}

// MARK: - A Pod-shaped value (the real Pod type lives elsewhere; this mirrors its JSON shape)

struct BenchPod: Codable, Equatable {
    var apiVersion: String?
    var kind: String?
    var metadata: BenchObjectMeta
    var spec: BenchPodSpec
    var status: BenchPodStatus?
    var unknownFields: UnknownFields?

    static let sample = BenchPod(
        apiVersion: "v1", kind: "Pod",
        metadata: BenchObjectMeta(
            name: "web-7d4b9c6f5-x2k8p", namespace: "default", uid: "6f1c2a9e-3b7d-4e2f-9a1c-5d8e7f6a4b3c",
            resourceVersion: "123456", generation: 1, creationTimestamp: try? Time(parsing: "2026-11-23T11:52:10Z"),
            labels: ["app": "web", "tier": "frontend", "pod-template-hash": "7d4b9c6f5"],
            annotations: ["kubernetes.io/psp": "restricted"],
            ownerReferences: [
                BenchOwnerReference(
                    apiVersion: "apps/v1", kind: "ReplicaSet", name: "web-7d4b9c6f5",
                    uid: "0a1b2c3d-4e5f-6789-abcd-ef0123456789", controller: true, blockOwnerDeletion: true)
            ]),
        spec: BenchPodSpec(
            containers: [
                BenchContainer(
                    name: "web", image: "nginx:1.27.2", command: ["nginx"], args: ["-g", "daemon off;"],
                    ports: [BenchContainerPort(name: "http", containerPort: 80, protocol: "TCP")],
                    env: [
                        BenchEnvVar(name: "MODE", value: "production"),
                        BenchEnvVar(name: "LOG_LEVEL", value: "info"),
                        BenchEnvVar(name: "WORKERS", value: "4"),
                    ],
                    resources: BenchResources(
                        limits: ["cpu": "500m", "memory": "256Mi"], requests: ["cpu": "250m", "memory": "128Mi"]),
                    imagePullPolicy: "IfNotPresent", terminationMessagePath: "/dev/termination-log"),
                BenchContainer(
                    name: "sidecar", image: "busybox:1.36", command: ["sh", "-c"], args: ["tail -f /var/log/app.log"],
                    ports: [BenchContainerPort(name: "metrics", containerPort: 9090, protocol: "TCP")],
                    env: [BenchEnvVar(name: "TARGET", value: "/var/log/app.log")],
                    resources: BenchResources(limits: ["cpu": "100m", "memory": "64Mi"], requests: ["cpu": "50m", "memory": "32Mi"]),
                    imagePullPolicy: "IfNotPresent", terminationMessagePath: "/dev/termination-log"),
            ],
            restartPolicy: "Always", terminationGracePeriodSeconds: 30, dnsPolicy: "ClusterFirst",
            serviceAccountName: "default", nodeName: "node-1", schedulerName: "default-scheduler"),
        status: BenchPodStatus(
            phase: "Running",
            conditions: ["Initialized", "Ready", "ContainersReady", "PodScheduled"].map {
                BenchPodCondition(type: $0, status: "True", lastTransitionTime: try? Time(parsing: "2026-11-23T11:52:12Z"))
            },
            hostIP: "10.0.0.11", podIP: "10.244.1.23", startTime: try? Time(parsing: "2026-11-23T11:52:10Z"),
            qosClass: "Burstable"))
}

struct BenchObjectMeta: Codable, Equatable {
    var name: String?
    var generateName: String?
    var namespace: String?
    var uid: String?
    var resourceVersion: String?
    var generation: Int64?
    var creationTimestamp: Time?
    var deletionTimestamp: Time?
    var deletionGracePeriodSeconds: Int64?
    var labels: [String: String]?
    var annotations: [String: String]?
    var ownerReferences: [BenchOwnerReference]?
    var finalizers: [String]?
    var unknownFields: UnknownFields?
}

struct BenchOwnerReference: Codable, Equatable {
    var apiVersion: String
    var kind: String
    var name: String
    var uid: String
    var controller: Bool?
    var blockOwnerDeletion: Bool?
    var unknownFields: UnknownFields?
}

struct BenchPodSpec: Codable, Equatable {
    var volumes: [String]?
    var initContainers: [BenchContainer]?
    var containers: [BenchContainer]
    var restartPolicy: String?
    var terminationGracePeriodSeconds: Int64?
    var activeDeadlineSeconds: Int64?
    var dnsPolicy: String?
    var nodeSelector: [String: String]?
    var serviceAccountName: String?
    var nodeName: String?
    var hostNetwork: Bool?
    var schedulerName: String?
    var priority: Int32?
    var unknownFields: UnknownFields?
}

struct BenchContainer: Codable, Equatable {
    var name: String
    var image: String?
    var command: [String]?
    var args: [String]?
    var workingDir: String?
    var ports: [BenchContainerPort]?
    var env: [BenchEnvVar]?
    var resources: BenchResources?
    var imagePullPolicy: String?
    var terminationMessagePath: String?
    var unknownFields: UnknownFields?
}

struct BenchContainerPort: Codable, Equatable {
    var name: String?
    var hostPort: Int32?
    var containerPort: Int32
    var `protocol`: String?
    var unknownFields: UnknownFields?
}

struct BenchEnvVar: Codable, Equatable {
    var name: String
    var value: String?
    var unknownFields: UnknownFields?
}

struct BenchResources: Codable, Equatable {
    var limits: [String: Quantity]?
    var requests: [String: Quantity]?
    var unknownFields: UnknownFields?
}

struct BenchPodStatus: Codable, Equatable {
    var phase: String?
    var conditions: [BenchPodCondition]?
    var message: String?
    var reason: String?
    var hostIP: String?
    var podIP: String?
    var startTime: Time?
    var qosClass: String?
    var unknownFields: UnknownFields?
}

struct BenchPodCondition: Codable, Equatable {
    var type: String
    var status: String
    var lastProbeTime: Time?
    var lastTransitionTime: Time?
    var reason: String?
    var message: String?
    var unknownFields: UnknownFields?
}
