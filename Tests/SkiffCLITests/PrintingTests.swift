import ArgumentParser
import Foundation
import SkiffAPI
import SkiffCLI
import Testing

let humanDurationCases: [(Double, String)] = [
    (-5.0, "<invalid>"), (-1.5, "0s"), (0, "0s"), (59.9, "59s"), (119, "119s"), (120, "2m"), (125, "2m5s"),
    (599, "9m59s"), (600, "10m"), (10_799, "179m"), (10_800, "3h"), (3 * 3600 + 59 * 60, "3h59m"),
    (8 * 3600 - 1, "7h59m"), (8 * 3600, "8h"), (47 * 3600 + 3599, "47h"), (48 * 3600, "2d"),
    (7 * 86_400 + 23 * 3600, "7d23h"), (8 * 86_400, "8d"), (729 * 86_400, "729d"), (730 * 86_400, "2y"),
    (730 * 86_400 + 86_400, "2y1d"), (8 * 365 * 86_400, "8y"),
]

let kindNameCases: [(String, String)] = [
    ("po", "Pod"), ("pods", "Pod"), ("pod", "Pod"), ("Pod", "Pod"), ("deploy", "Deployment"),
    ("deployments.apps", "Deployment"), ("rs", "ReplicaSet"), ("no", "Node"), ("ns", "Namespace"),
    ("svc", "Service"), ("cm", "ConfigMap"), ("ds", "DaemonSet"), ("sts", "StatefulSet"), ("ep", "Endpoints"),
    ("sa", "ServiceAccount"), ("ev", "Event"), ("quota", "ResourceQuota"), ("cj", "CronJob"), ("jobs", "Job"),
]

@Suite("printing rules")
struct PrintingTests {
    @Test("AGE follows apimachinery's HumanDuration", arguments: humanDurationCases)
    func humanDuration(seconds: Double, expected: String) {
        #expect(HumanDuration.format(seconds) == expected)
    }

    @Test("TabWriter pads columns like Go's tabwriter with kubectl's settings")
    func tabWriter() {
        var writer = TabWriter.table()
        let text = writer.format("NAME\tREADY\tSTATUS\tRESTARTS\tAGE\nrepldepl-7bcd8d5b64-7zq4l\t1/1\tRunning\t1 (69m ago)\t5h26m\n")
        #expect(text == """
            NAME                        READY   STATUS    RESTARTS      AGE
            repldepl-7bcd8d5b64-7zq4l   1/1     Running   1 (69m ago)   5h26m

            """)
        // Minimum width 6 including padding; remembered widths never shrink.
        #expect(writer.format("a\tb\n") == "a" + String(repeating: " ", count: 27) + "b\n")
        // Column blocks: a line without a tab ends the block, as in describe output.
        var description = TabWriter.description()
        #expect(description.format("Name:\tweb\nLonger Key:\tx\nContainers:\n  a:\tb\n") == "Name:        web\nLonger Key:  x\nContainers:\n  a:  b\n")
    }

    @Test("kind names resolve as kubectl's short names do", arguments: kindNameCases)
    func kindNames(name: String, kind: String) throws {
        #expect(try ResourceTypes.resolve(name).resourceInfo.kind == kind)
    }

    @Test("printed kinds are kind.group")
    func printedKinds() {
        #expect(Deployment.resourceInfo.printedKind == "deployment.apps")
        #expect(Pod.resourceInfo.printedKind == "pod")
        #expect(Lease.resourceInfo.printedKind == "lease.coordination.k8s.io")
    }

    @Test("JSON is written as Go writes it: sorted keys, four spaces, HTML-safe")
    func json() {
        let value: JSONValue = ["b": [1, "x<y&z"], "a": [:], "c": []]
        #expect(JSONPrinter.pretty(value) == "{\n    \"a\": {},\n    \"b\": [\n        1,\n        \"x\\u003cy\\u0026z\"\n    ],\n    \"c\": []\n}\n")
        #expect(JSONPrinter.compact(value) == #"{"a":{},"b":[1,"x\u003cy\u0026z"],"c":[]}"#)
    }

    @Test("the server address comes from --server, then SKIFF_SERVER, then the default")
    func serverAddress() throws {
        #expect(try ServerAddress.resolve(flag: "127.0.0.2:9000", environment: ["SKIFF_SERVER": "127.0.0.3:1"]).description == "127.0.0.2:9000")
        #expect(try ServerAddress.resolve(flag: nil, environment: ["SKIFF_SERVER": "127.0.0.3:1"]).description == "127.0.0.3:1")
        #expect(try ServerAddress.resolve(flag: nil, environment: [:]).description == "127.0.0.1:\(ServerAddress.defaultPort)")
        #expect(try ServerAddress.resolve(flag: "10.0.0.1", environment: [:]).port == 7443)
        #expect(throws: CommandError.self) { try ServerAddress.parse("host:port") }
    }

    @Test("the commands parse kubectl's spelling")
    func parsing() throws {
        let get = try GetCommand.parse(["po", "-o", "wide", "-n", "kube-system"])
        #expect(get.resources == ["po"])
        #expect(get.outputFormat == .wide)
        #expect(get.options.namespace == "kube-system")
        let all = try GetCommand.parse(["deploy", "web", "-A", "-w", "--show-labels", "-l", "app=web", "--server", "127.0.0.1:1"])
        #expect(all.options.allNamespaces && all.watch && all.showLabels)
        #expect(all.options.selector == "app=web")
        #expect(all.options.server == "127.0.0.1:1")
        #expect(try ApplyCommand.parse(["-f", "a.yaml", "--filename", "b"]).filenames == ["a.yaml", "b"])
        #expect(try ScaleCommand.parse(["deploy", "web", "--replicas=3"]).replicas == 3)
        #expect(throws: (any Error).self) { try GetCommand.parse(["po", "-o", "table"]) }
        #expect(throws: (any Error).self) { try ApplyCommand.parse([]) }
        #expect(throws: (any Error).self) { try ScaleCommand.parse(["deploy", "web"]) }
    }
}
