import Testing
@testable import SkiffAPI

/// The request options (list, watch, delete, log) travel in wire requests: their own writers and
/// readers against their Codable conformances.
extension JSONWritableTests {
    @Test func requestOptionsWriteWhatTheirCodableWrites() throws {
        try Self.expectSameBytes(ListOptions())
        try Self.expectSameBytes(ListOptions(labelSelector: "app in (a,b)", fieldSelector: "spec.nodeName=n1", limit: 500, continue: "t\"k"))
        try Self.expectSameBytes(WatchOptions())
        try Self.expectSameBytes(
            WatchOptions(resourceVersion: "7", labelSelector: "a", fieldSelector: "b", allowWatchBookmarks: true, sendInitialEvents: false)
        )
        try Self.expectSameBytes(DeleteOptions())
        try Self.expectSameBytes(
            DeleteOptions(gracePeriodSeconds: 30, propagationPolicy: .orphan, preconditions: .init(uid: "u", resourceVersion: "3"))
        )
        try Self.expectSameBytes(DeleteOptions.Preconditions())
        try Self.expectSameBytes(PodLogOptions())
        try Self.expectSameBytes(PodLogOptions(container: "app", follow: true, previous: true, tailLines: 10, limitBytes: 1 << 40))
    }
}

extension JSONReadableTests {
    @Test func requestOptionsReadWhatTheirCodableReads() throws {
        try Self.expectSameValue(ListOptions.self, #"{}"#)
        try Self.expectSameValue(ListOptions.self, #"{"labelSelector":"a=b","fieldSelector":null,"limit":5.0,"continue":"c","x":1}"#)
        try Self.expectSameValue(WatchOptions.self, #"{"allowWatchBookmarks":false}"#)
        try Self.expectSameValue(
            WatchOptions.self,
            #"{"resourceVersion":"1","labelSelector":"a","fieldSelector":"b","allowWatchBookmarks":true,"sendInitialEvents":null}"#
        )
        try Self.expectSameValue(DeleteOptions.self, #"{}"#)
        try Self.expectSameValue(
            DeleteOptions.self,
            #"{"gracePeriodSeconds":0,"propagationPolicy":"Background","preconditions":{"uid":"u","resourceVersion":null}}"#
        )
        try Self.expectSameValue(PodLogOptions.self, #"{"follow":false,"previous":false}"#)
        try Self.expectSameValue(PodLogOptions.self, #"{"container":"c","follow":true,"previous":false,"tailLines":3,"limitBytes":null}"#)
    }

    @Test func whatCodableRefusesInRequestOptionsGetsCodablesError() throws {
        try Self.expectSameError(ListOptions.self, #"{"limit":"ten"}"#)
        try Self.expectSameError(ListOptions.self, #"{"limit":1.5}"#)
        try Self.expectSameError(ListOptions.self, #"[]"#)
        try Self.expectSameError(WatchOptions.self, #"{}"#)
        try Self.expectSameError(WatchOptions.self, #"{"allowWatchBookmarks":null}"#)
        try Self.expectSameError(WatchOptions.self, #"{"allowWatchBookmarks":"yes"}"#)
        try Self.expectSameError(DeleteOptions.self, #"{"propagationPolicy":"Later"}"#)
        try Self.expectSameError(DeleteOptions.self, #"{"preconditions":{"uid":1}}"#)
        try Self.expectSameError(PodLogOptions.self, #"{"follow":true}"#)
        try Self.expectSameError(PodLogOptions.self, #"{"previous":true}"#)
        try Self.expectSameError(PodLogOptions.self, #"{"follow":true,"previous":false,"tailLines":"x"}"#)
    }
}
