import SkiffAPI
import Testing
@testable import SkiffCLI

@Suite("apply's three-way merge patch")
struct ThreeWayMergePatchTests {
    private func json(_ text: String) throws -> JSONValue { try JSONValue(parsing: Array(text.utf8)) }

    private func patch(original: String?, modified: String, current: String) throws -> String {
        let result = ThreeWayMergePatch.make(
            original: try original.map(json), modified: try json(modified), current: try json(current)
        )
        return String(decoding: JSONValue.object(result).serialized(), as: UTF8.self)
    }

    @Test func nothingToChangeWhenTheLiveObjectHasTheManifestPlusServerDefaults() throws {
        let manifest = #"{"spec":{"replicas":3,"ports":[{"port":80}]}}"#
        let live = #"{"spec":{"replicas":3,"ports":[{"port":80,"protocol":"TCP"}],"clusterIP":"10.0.0.1"},"status":{}}"#
        #expect(try patch(original: manifest, modified: manifest, current: live) == "{}")
    }

    @Test func fieldsOthersSetAreKeptAndFieldsTheManifestDroppedAreRemoved() throws {
        let original = #"{"metadata":{"labels":{"app":"web","tier":"front"}}}"#
        let modified = #"{"metadata":{"labels":{"app":"web"}}}"#
        let live = #"{"metadata":{"labels":{"app":"web","tier":"front","team":"x"}}}"#
        #expect(try patch(original: original, modified: modified, current: live) == #"{"metadata":{"labels":{"tier":null}}}"#)
    }

    @Test func theManifestWinsOverALiveChangeToAFieldItSets() throws {
        let manifest = #"{"spec":{"replicas":3}}"#
        #expect(try patch(original: manifest, modified: manifest, current: #"{"spec":{"replicas":5}}"#) == #"{"spec":{"replicas":3}}"#)
    }

    @Test func aChangedListIsReplacedWhole() throws {
        let original = #"{"spec":{"ports":[{"port":80}]}}"#
        let modified = #"{"spec":{"ports":[{"port":81}]}}"#
        let live = #"{"spec":{"ports":[{"port":80,"protocol":"TCP"}]}}"#
        #expect(try patch(original: original, modified: modified, current: live) == #"{"spec":{"ports":[{"port":81}]}}"#)
    }
}
