import Foundation
import Testing
@testable import SkiffAPI

/// Every `JSONReadable` conformance must accept what its Codable conformance accepts and give an
/// equal value; whatever it refuses, the codec decodes with Codable (or reports Codable's error).
@Suite struct JSONReadableTests {
    /// `json` read by the fast path (which must not give up on it) equals the Codable path's value.
    @discardableResult
    static func expectSameValue<T: JSONReadable & Equatable>(
        _ type: T.Type, _ json: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> T {
        let parsed = try JSONValue(parsing: Array(json.utf8))
        let codable = try JSONCodec.decodeWithCodable(T.self, from: parsed)
        let fast: T
        do {
            fast = try T(json: parsed)
        } catch {
            Issue.record("\(T.self) gave up on a document Codable accepts: \(error)", sourceLocation: sourceLocation)
            return codable
        }
        #expect(fast == codable, sourceLocation: sourceLocation)
        #expect(try JSONCodec.decode(T.self, from: parsed) == codable, sourceLocation: sourceLocation)
        return fast
    }

    /// A document Codable refuses gets Codable's error (field path and all) from the codec.
    static func expectSameError<T: JSONReadable>(
        _ type: T.Type, _ json: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let parsed = try JSONValue(parsing: Array(json.utf8))
        var codableError: Status?
        do { _ = try JSONCodec.decodeWithCodable(T.self, from: parsed) } catch { codableError = JSONCodec.normalize(error) }
        #expect(codableError != nil, "Codable accepted the document", sourceLocation: sourceLocation)
        #expect(throws: (any Error).self, sourceLocation: sourceLocation) { try T(json: parsed) }
        do {
            _ = try JSONCodec.decode(T.self, from: parsed)
            Issue.record("the codec accepted a document Codable refuses", sourceLocation: sourceLocation)
        } catch let status as Status {
            #expect(status == codableError, sourceLocation: sourceLocation)
        }
    }

    @Test func scalarWrappers() throws {
        struct Wrapper: Codable, Equatable {
            var quantity: Quantity
            var port: IntOrString
            var name: IntOrString
            var time: Time
            var micro: MicroTime
        }
        let json = #"{"quantity":"1536Mi","port":8080,"name":"http","time":"2026-01-02T03:04:05Z","micro":"2026-01-02T03:04:05.123456Z"}"#
        let parsed = try JSONValue(parsing: Array(json.utf8))
        // Nested in a Codable type, they read themselves.
        #expect(try JSONCodec.decode(Wrapper.self, from: parsed) == JSONCodec.decodeWithCodable(Wrapper.self, from: parsed))
        try Self.expectSameValue(Quantity.self, #""100m""#)
        try Self.expectSameValue(IntOrString.self, #"3"#)
        try Self.expectSameValue(IntOrString.self, #"8080.0"#)
        try Self.expectSameError(IntOrString.self, #"8080.5"#)
        try Self.expectSameValue(Time.self, #""2026-01-02T03:04:05Z""#)
        // Numbers as quantities, as Codable reads them.
        try Self.expectSameValue(Quantity.self, #"2"#)
        try Self.expectSameValue(Quantity.self, #"2.5"#)
        #expect(try JSONCodec.decode(Quantity.self, from: Array("2".utf8)) == Quantity("2"))
    }

    @Test func metadataAndSelectors() throws {
        let meta = try Self.expectSameValue(ObjectMeta.self, #"""
            {"name":"web-1","generateName":"web-","namespace":"default","uid":"8d1c","resourceVersion":"42",
             "generation":3.0,"creationTimestamp":"2026-01-02T03:04:05Z","deletionTimestamp":null,
             "deletionGracePeriodSeconds":30,"labels":{"b":"2","a":"1"},"annotations":{"note":"x"},
             "ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"web","uid":"u-1","controller":true,"extra":1}],
             "finalizers":["example.com/keep"],"zeta":{"nested":[1,2]}}
            """#)
        #expect(meta.unknownFields?.keys == ["zeta"])
        #expect(meta.ownerReferences?.first?.unknownFields?.keys == ["extra"])
        try Self.expectSameValue(LabelSelector.self, #"{"matchLabels":{"app":"web"},"matchExpressions":[{"key":"tier","operator":"In","values":["a"]}]}"#)
    }

    @Test func whatCodableRefusesGetsCodablesError() throws {
        try Self.expectSameError(ObjectMeta.self, #"{"name":7}"#)
        try Self.expectSameError(ObjectMeta.self, #"{"ownerReferences":[{"apiVersion":"v1","kind":"K","name":"n"}]}"#)
        try Self.expectSameError(ObjectMeta.self, #"{"generation":1.5}"#)
        try Self.expectSameError(ObjectMeta.self, #"{"creationTimestamp":"yesterday"}"#)
        try Self.expectSameError(LabelSelector.self, #"{"matchExpressions":[{"key":"a","operator":null}]}"#)
    }
}
