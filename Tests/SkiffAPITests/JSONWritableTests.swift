import Foundation
import Testing
@testable import SkiffAPI

/// Every `JSONWritable` conformance must write exactly the bytes its Codable conformance writes
/// through `JSONCodec`: these tests compare the two paths on full documents.
@Suite struct JSONWritableTests {
    /// The writable path's bytes equal the Codable path's, and the writable path was taken.
    static func expectSameBytes<T: Encodable>(
        _ value: T, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(value is any JSONWritable, "\(T.self) has no JSONWritable conformance", sourceLocation: sourceLocation)
        let fast = try JSONCodec.encode(value)
        let codable = try JSONCodec.encodeWithCodable(value, pretty: false)
        #expect(
            String(decoding: fast, as: UTF8.self) == String(decoding: codable, as: UTF8.self),
            sourceLocation: sourceLocation
        )
        #expect(try JSONCodec.encodeValue(value) == JSONCodec.encodeValueWithCodable(value), sourceLocation: sourceLocation)
    }

    @Test func scalarWrappersWriteWhatTheirCodableWrites() throws {
        struct Wrapper: Encodable {
            var quantity: Quantity
            var port: IntOrString
            var name: IntOrString
            var time: Time
            var micro: MicroTime
        }
        let date = Date(timeIntervalSince1970: 1_795_000_000.123456)
        for value in [Quantity("1536Mi"), Quantity("100m"), Quantity("1.5"), Quantity("1e3")] as [Quantity] {
            try Self.expectSameBytes(value)
        }
        try Self.expectSameBytes(IntOrString.int(8080))
        try Self.expectSameBytes(IntOrString.string("http"))
        try Self.expectSameBytes(Time(date))
        try Self.expectSameBytes(MicroTime(date))
        // Nested in a Codable type: the stream encoder hands them to their own writers.
        let wrapper = Wrapper(quantity: "2Gi", port: .int(80), name: .string("web"), time: Time(date), micro: MicroTime(date))
        #expect(
            try JSONCodec.encode(wrapper)
                == JSONCodec.encodeWithCodable(wrapper, pretty: false)
        )
    }

    @Test func prettyOutputKeepsTheCodablePath() throws {
        let quantity: Quantity = "250m"
        #expect(try JSONCodec.encodePretty(quantity) == JSONCodec.encodeWithCodable(quantity, pretty: true))
    }
}

extension JSONWritableTests {
    @Test func metadataAndSelectors() throws {
        var meta = ObjectMeta(
            name: "web-1", namespace: "default", labels: ["b": "2", "a": "1\"quoted\""],
            annotations: ["note": "line\nbreak"],
            ownerReferences: [OwnerReference(apiVersion: "apps/v1", kind: "ReplicaSet", name: "web", uid: "u-1", controller: true)]
        )
        meta.generateName = "web-"
        meta.uid = "8d1c"
        meta.resourceVersion = "42"
        meta.generation = 3
        meta.creationTimestamp = Time(Date(timeIntervalSince1970: 1_795_000_000))
        meta.deletionTimestamp = Time(Date(timeIntervalSince1970: 1_795_000_100))
        meta.deletionGracePeriodSeconds = 30
        meta.finalizers = ["example.com/keep"]
        try Self.expectSameBytes(meta)
        try Self.expectSameBytes(ObjectMeta())
        let selector = LabelSelector(
            matchLabels: ["app": "web"],
            matchExpressions: [LabelSelectorRequirement(key: "tier", operator: "In", values: ["a", "b"])]
        )
        try Self.expectSameBytes(selector)
    }

    @Test func preservedUnknownMembersGoThroughCodable() throws {
        let json = #"{"name":"x","zeta":{"nested":[1,2]},"ownerReferences":[{"apiVersion":"v1","kind":"K","name":"n","uid":"u","extra":true}]}"#
        let meta = try JSONCodec.decode(ObjectMeta.self, from: Array(json.utf8))
        #expect(meta.unknownFields != nil)
        try Self.expectSameBytes(meta)
        #expect(String(decoding: try JSONCodec.encode(meta), as: UTF8.self) == #"{"name":"x","ownerReferences":[{"apiVersion":"v1","kind":"K","name":"n","uid":"u","extra":true}],"zeta":{"nested":[1,2]}}"#)
    }
}

extension JSONWritableTests {
    /// The store keeps every encoded value: the bytes must not carry the writer's growth room.
    @Test func encodedBytesCarryNoSpareCapacity() throws {
        var meta = ObjectMeta(name: "web", namespace: "default")
        // Just over the writer's initial 2 KB, so its buffer doubled while writing.
        meta.annotations = ["note": String(repeating: "x", count: 2_100)]
        for bytes in [try JSONCodec.encode(meta), try JSONCodec.encodeWithCodable(meta, pretty: false)] {
            #expect(bytes.count > 2_100)
            #expect(bytes.capacity - bytes.count <= bytes.count / 8, "capacity \(bytes.capacity) for \(bytes.count) bytes")
        }
    }
}
