import Foundation
import Testing
@testable import SkiffAPI

// Test models shaped like Kubernetes kinds, each with the trailing `unknownFields` bag.
struct TestPort: Codable, Hashable {
    var name: String?
    var containerPort: Int32
    var `protocol`: String?
    var unknownFields: UnknownFields?
}

struct TestContainer: Codable, Hashable {
    var name: String
    var image: String?
    var ports: [TestPort]?
    var env: [String: String]?
    var unknownFields: UnknownFields?
}

struct TestVolume: Codable, Hashable {
    var path: String
    var unknownFields: UnknownFields?
}

struct TestPodSpec: Codable, Hashable {
    var containers: [TestContainer]
    var volumes: [String: TestVolume]?
    var unknownFields: UnknownFields?
}

struct TestTemplate: Codable, Hashable {
    var spec: TestPodSpec
    var unknownFields: UnknownFields?
}

struct TestSpec: Codable, Hashable {
    var replicas: Int32?
    var paused: Bool?
    var template: TestTemplate?
    var containers: [TestContainer]?
    var unknownFields: UnknownFields?
}

struct TestObject: Codable, Hashable {
    var apiVersion: String?
    var kind: String?
    var name: String?
    var createdAt: Time?
    var spec: TestSpec
    var unknownFields: UnknownFields?
}

@Suite struct JSONCodecTests {
    static let manifestWithUnknowns = #"""
    {
      "apiVersion": "apps/v1",
      "kind": "Deployment",
      "name": "web",
      "status": {"replicas": 3, "conditions": [{"type": "Available"}]},
      "spec": {
        "replicas": 3,
        "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": "25%"}},
        "template": {
          "metadata": {"labels": {"app": "web"}},
          "spec": {
            "containers": [
              {"name": "web", "image": "nginx:1.14.2",
               "ports": [{"containerPort": 80, "hostIP": "0.0.0.0"}],
               "resources": {"limits": {"cpu": "500m"}},
               "env": {"B": "2", "A": "1"}},
              {"name": "sidecar", "livenessProbe": {"tcpSocket": {"port": 8080}}}
            ],
            "volumes": {"data": {"path": "/data", "medium": "Memory"}, "cache": {"path": "/cache"}},
            "dnsPolicy": "ClusterFirst"
          }
        }
      },
      "unknownFields": "a key that happens to be spelled like the property"
    }
    """#

    @Test func unknownFieldsSurviveARoundTripAtEveryLevel() throws {
        let object = try JSONCodec.decode(TestObject.self, from: Array(Self.manifestWithUnknowns.utf8))
        // Each level keeps its own unknown members.
        #expect(object.unknownFields?.keys == ["status", "unknownFields"])
        #expect(object.spec.unknownFields?.keys == ["strategy"])
        #expect(object.spec.template?.unknownFields?.keys == ["metadata"])
        #expect(object.spec.template?.spec.unknownFields?.keys == ["dnsPolicy"])
        let containers = try #require(object.spec.template?.spec.containers)
        #expect(containers[0].unknownFields?.keys == ["resources"])
        #expect(containers[0].ports?[0].unknownFields?["hostIP"] == "0.0.0.0")
        #expect(containers[1].unknownFields?["livenessProbe"] == ["tcpSocket": ["port": 8080]])
        #expect(object.spec.template?.spec.volumes?["data"]?.unknownFields?.keys == ["medium"])
        #expect(object.spec.template?.spec.volumes?["cache"]?.unknownFields == nil)

        // Re-encoding gives back the same document (as JSON, ignoring key order).
        let original = try JSONValue(parsing: Self.manifestWithUnknowns)
        #expect(try JSONValue(parsing: JSONCodec.encode(object)) == original)
        #expect(try JSONValue(parsing: JSONCodec.encodePretty(object)) == original)
        #expect(try JSONCodec.encodeValue(object) == original)
        // And decoding from the tree is the same as from bytes.
        #expect(try JSONCodec.decode(TestObject.self, from: original) == object)
    }

    @Test func encodingOrderIsDeclarationOrderThenUnknowns() throws {
        var port = TestPort(name: "http", containerPort: 80, protocol: "TCP")
        port.unknownFields = ["hostIP": "10.0.0.1", "hostPort": 8080]
        let text = String(decoding: try JSONCodec.encode(port), as: UTF8.self)
        #expect(text == #"{"name":"http","containerPort":80,"protocol":"TCP","hostIP":"10.0.0.1","hostPort":8080}"#)
    }

    @Test func modeledFieldsWinOverUnknownsWithTheSameKey() throws {
        var port = TestPort(name: "http", containerPort: 80)
        port.unknownFields = ["containerPort": 1, "name": "shadow", "extra": true]
        for bytes in [try JSONCodec.encode(port), try JSONCodec.encodeValue(port).serialized()] {
            #expect(String(decoding: bytes, as: UTF8.self) == #"{"name":"http","containerPort":80,"extra":true}"#)
        }
    }

    @Test func nilOptionalsAreOmittedAndMapsSorted() throws {
        let container = TestContainer(name: "c", env: ["zeta": "1", "alpha": "2", "mid": "3", "beta": "4"])
        let expected = #"{"name":"c","env":{"alpha":"2","beta":"4","mid":"3","zeta":"1"}}"#
        #expect(String(decoding: try JSONCodec.encode(container), as: UTF8.self) == expected)
        #expect(String(decoding: try JSONCodec.encodeValue(container).serialized(), as: UTF8.self) == expected)
        #expect(String(decoding: try JSONCodec.encodePretty(["b": 1, "a": 2]), as: UTF8.self) == "{\n  \"a\": 2,\n  \"b\": 1\n}")
    }

    @Test func mapsOfStructsAreSortedInBothEncoders() throws {
        var spec = TestPodSpec(containers: [])
        spec.volumes = ["zeta": TestVolume(path: "/z"), "alpha": TestVolume(path: "/a"), "mid": TestVolume(path: "/m")]
        let compact = #"{"containers":[],"volumes":{"alpha":{"path":"/a"},"mid":{"path":"/m"},"zeta":{"path":"/z"}}}"#
        #expect(String(decoding: try JSONCodec.encode(spec), as: UTF8.self) == compact)
        #expect(String(decoding: try JSONCodec.encodeValue(spec).serialized(), as: UTF8.self) == compact)
        #expect(String(decoding: try JSONCodec.encodePretty(spec), as: UTF8.self) == """
            {
              "containers": [],
              "volumes": {
                "alpha": {
                  "path": "/a"
                },
                "mid": {
                  "path": "/m"
                },
                "zeta": {
                  "path": "/z"
                }
              }
            }
            """)
    }

    @Test func prettyOutput() throws {
        let container = TestContainer(name: "c", ports: [TestPort(containerPort: 80)], env: [:])
        #expect(String(decoding: try JSONCodec.encodePretty(container), as: UTF8.self) == """
            {
              "name": "c",
              "ports": [
                {
                  "containerPort": 80
                }
              ],
              "env": {}
            }
            """)
    }

    static let decodeErrors: [(name: String, json: String, message: String, field: String?)] = [
        ("string for an integer, deep",
         #"{"spec":{"template":{"spec":{"containers":[{"name":"a","ports":[{"containerPort":"80a"}]}]}}}}"#,
         #"spec.template.spec.containers[0].ports[0].containerPort: expected integer, got string "80a""#,
         "spec.template.spec.containers[0].ports[0].containerPort"),
        ("second element",
         #"{"spec":{"containers":[{"name":"a"},{"name":"b","ports":[{"containerPort":true}]}]}}"#,
         "spec.containers[1].ports[0].containerPort: expected integer, got boolean true",
         "spec.containers[1].ports[0].containerPort"),
        ("missing required key",
         #"{"spec":{"containers":[{"image":"nginx"}]}}"#,
         "spec.containers[0].name: required field is missing", "spec.containers[0].name"),
        ("missing required object", #"{"name":"x"}"#, "spec: required field is missing", "spec"),
        ("int32 overflow",
         #"{"spec":{"replicas":3000000000}}"#,
         "spec.replicas: number 3000000000 is out of range for int32", "spec.replicas"),
        ("fractional integer", #"{"spec":{"replicas":2.5}}"#, "spec.replicas: expected integer, got number 2.5", "spec.replicas"),
        ("object expected", #"{"spec":"yes"}"#, #"spec: expected object, got string "yes""#, "spec"),
        ("array expected", #"{"spec":{"containers":{}}}"#, "spec.containers: expected array, got object", "spec.containers"),
        ("null for required string", #"{"spec":{"containers":[{"name":null}]}}"#,
         "spec.containers[0].name: expected string, got null", "spec.containers[0].name"),
        ("map value",
         #"{"spec":{"template":{"spec":{"containers":[],"volumes":{"data":{"path":7}}}}}}"#,
         "spec.template.spec.volumes[data].path: expected string, got number 7", "spec.template.spec.volumes[data].path"),
        ("bad time", #"{"createdAt":"yesterday","spec":{}}"#,
         #"createdAt: parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": not an RFC 3339 time"#, "createdAt"),
        ("root of the wrong type", "[1]", "expected object, got array", nil),
        ("malformed JSON", #"{"spec":}"#, "invalid JSON: invalid character '}' looking for beginning of value at line 1, column 9 (byte offset 8)", nil),
    ]

    @Test(arguments: decodeErrors)
    func decodeErrorsNameTheField(name: String, json: String, message: String, field: String?) {
        do {
            _ = try JSONCodec.decode(TestObject.self, from: Array(json.utf8))
            Issue.record("\(name): decoded")
        } catch let status as Status {
            #expect(status.code == 400)
            #expect(status.reason == .badRequest)
            #expect(status.message == message, "\(name)")
            #expect(status.details?.causes?.first?.field == field, "\(name)")
        } catch {
            Issue.record("\(name): \(error)")
        }
    }

    @Test func lenientWhereKubernetesIs() throws {
        let object = try JSONCodec.decode(TestObject.self, from: Array(#"{"spec":{"replicas":3.0,"paused":null},"extra":1}"#.utf8))
        #expect(object.spec.replicas == 3)
        #expect(object.spec.paused == nil)
        #expect(object.unknownFields?["extra"] == 1)
    }

    @Test func scalarsAndCollectionsAtTheTop() throws {
        #expect(try JSONCodec.decode(Int32.self, from: Array("7".utf8)) == 7)
        #expect(try JSONCodec.decode(String.self, from: Array(#""s""#.utf8)) == "s")
        #expect(try JSONCodec.decode([String: Int].self, from: Array(#"{"a":1}"#.utf8)) == ["a": 1])
        #expect(try JSONCodec.decode([Int?].self, from: Array("[1,null]".utf8)) == [1, nil])
        #expect(String(decoding: try JSONCodec.encode([1, 2]), as: UTF8.self) == "[1,2]")
        #expect(String(decoding: try JSONCodec.encode("x\"y"), as: UTF8.self) == #""x\"y""#)
        #expect(String(decoding: try JSONCodec.encode(Optional<Int>.none), as: UTF8.self) == "null")
        #expect(throws: Status.self) { try JSONCodec.decode(Int8.self, from: Array("300".utf8)) }
        #expect(throws: Status.self) { try JSONCodec.decode(UInt.self, from: Array("-1".utf8)) }
    }

    @Test func foundationCodersStillWork() throws {
        let object = try JSONCodec.decode(TestObject.self, from: Array(Self.manifestWithUnknowns.utf8))
        var known = object
        known.unknownFields = nil
        known.spec.unknownFields = nil
        var template = try #require(known.spec.template)
        template.unknownFields = nil
        template.spec.unknownFields = nil
        template.spec.containers = template.spec.containers.map {
            var container = $0
            container.unknownFields = nil
            container.ports = container.ports?.map { TestPort(name: $0.name, containerPort: $0.containerPort, protocol: $0.protocol) }
            return container
        }
        template.spec.volumes = template.spec.volumes?.mapValues { TestVolume(path: $0.path) }
        known.spec.template = template
        let data = try JSONEncoder().encode(known)
        #expect(try JSONDecoder().decode(TestObject.self, from: data) == known)
        // Foundation decoding just ignores unknown members (the bags stay nil or empty).
        let viaFoundation = try JSONDecoder().decode(TestObject.self, from: Data(Self.manifestWithUnknowns.utf8))
        #expect(viaFoundation.unknownFields?.isEmpty ?? true)
        #expect(viaFoundation.spec.unknownFields == nil)
        #expect(viaFoundation.spec.template?.spec.containers.count == 2)
        // Our output is readable by Foundation and vice versa.
        #expect(try JSONDecoder().decode(TestObject.self, from: Data(JSONCodec.encode(known))) == known)
        #expect(try JSONCodec.decode(TestObject.self, from: Array(data)) == known)
    }

    @Test func freeFormJSONAndDates() throws {
        struct Holder: Codable, Equatable {
            var raw: JSONValue
            var when: Date
            var list: [JSONValue]?
        }
        let holder = Holder(raw: ["z": [1, 2.5, nil, "s"], "a": ["nested": true]], when: Date(timeIntervalSince1970: 1_795_434_730), list: [1, "two"])
        let text = String(decoding: try JSONCodec.encode(holder), as: UTF8.self)
        #expect(text == #"{"raw":{"z":[1,2.5,null,"s"],"a":{"nested":true}},"when":"2026-11-23T11:52:10Z","list":[1,"two"]}"#)
        #expect(try JSONCodec.decode(Holder.self, from: Array(text.utf8)) == holder)
        #expect(try JSONCodec.decode(Holder.self, from: JSONCodec.encodeValue(holder)) == holder)
    }

    @Test func nonFiniteNumbersAreErrorsWithTheirPath() {
        struct Box: Codable { var inner: [String: Double] }
        for encode in [{ try JSONCodec.encode(Box(inner: ["x": .nan])) }, { try JSONCodec.encodeValue(Box(inner: ["x": .infinity])).serialized() }] {
            #expect {
                _ = try encode()
            } throws: { error in
                (error as? Status)?.details?.causes?.first?.field == "inner[x]"
            }
        }
    }

    @Test func rawRepresentableErrorsBecomeStatus() {
        #expect {
            _ = try JSONCodec.decode(DeleteOptions.self, from: Array(#"{"propagationPolicy":"Sideways"}"#.utf8))
        } throws: { error in
            let status = error as? Status
            return status?.code == 400 && status?.details?.causes?.first?.field == "propagationPolicy"
        }
    }

    /// Enums with associated values use nested containers; classes use `superEncoder`; a custom
    /// `encode(to:)` may write out of order. All must give the tree encoder's output.
    @Test func unusualContainerPatternsStillEncode() throws {
        enum Shape: Codable, Equatable {
            case circle(radius: Double)
            case rectangle(width: Int, height: Int)
            case empty
        }
        let shapes: [Shape] = [.circle(radius: 1.5), .rectangle(width: 2, height: 3), .empty]
        let bytes = try JSONCodec.encode(shapes)
        #expect(try JSONValue(parsing: bytes) == JSONCodec.encodeValue(shapes))
        #expect(try JSONCodec.decode([Shape].self, from: bytes) == shapes)

        struct OutOfOrder: Encodable {
            func encode(to encoder: any Encoder) throws {
                var outer = encoder.container(keyedBy: JSONCodingKey.self)
                var first = outer.nestedContainer(keyedBy: JSONCodingKey.self, forKey: JSONCodingKey(stringValue: "first"))
                try outer.encode(1, forKey: JSONCodingKey(stringValue: "middle"))
                try first.encode("late", forKey: JSONCodingKey(stringValue: "write"))
                let base = outer.superEncoder()
                var single = base.singleValueContainer()
                try single.encode("base")
            }
        }
        let value = try JSONValue(parsing: JSONCodec.encode(OutOfOrder()))
        #expect(value == ["first": ["write": "late"], "middle": 1, "super": "base"])
    }

    @Test func valuesThatEncodeNothingAreEmptyObjects() throws {
        struct Nothing: Codable {}
        #expect(String(decoding: try JSONCodec.encode([Nothing()]), as: UTF8.self) == "[{}]")
        #expect(try JSONCodec.encodeValue(Nothing()) == .object([:]))
    }

    @Test func statusRoundTrips() throws {
        let status = Status.notFound(resource: "pods", name: "x")
        let bytes = try JSONCodec.encode(status)
        #expect(try JSONCodec.decode(Status.self, from: bytes) == status)
        #expect(try JSONValue(parsing: bytes)["message"] == #"pods "x" not found"#)
    }
}
