/// Finds the Swift type of a manifest from its `apiVersion` and `kind`, and decodes it: what
/// `skiff apply -f` and the HTTP API need to turn arbitrary JSON or YAML into typed objects.
///
/// Errors read like the Kubernetes API server's: a missing `kind` or `apiVersion` is a
/// `BadRequest` naming the field; an unknown pair is `NotFound` with
/// `no matches for kind "Foo" in version "v1"`; a body that does not fit its type is a
/// `BadRequest` naming the field path that failed.
public struct KindRegistry: Sendable {
    private let byGroupVersionKind: [String: any APIObject.Type]
    private let byResource: [String: any APIObject.Type]

    /// A registry of `kinds` (every built-in stored kind by default).
    public init(kinds: [any APIObject.Type] = BuiltinKinds.all) {
        var byGroupVersionKind: [String: any APIObject.Type] = [:]
        var byResource: [String: any APIObject.Type] = [:]
        for kind in kinds {
            let info = kind.resourceInfo
            byGroupVersionKind[info.apiVersion + "/" + info.kind] = kind
            for name in [info.plural, info.singular, info.kind.lowercased()] + info.shortNames {
                byResource[name] = kind
                byResource[name + "." + info.group] = kind
            }
        }
        self.byGroupVersionKind = byGroupVersionKind
        self.byResource = byResource
    }

    /// The type registered for `apiVersion` and `kind`, or nil.
    public func type(apiVersion: String, kind: String) -> (any APIObject.Type)? {
        byGroupVersionKind[apiVersion + "/" + kind]
    }

    /// The type a user names on a command line: plural, singular, kind or short name,
    /// optionally qualified by group (`po`, `pods`, `deployments.apps`, `Deployment`).
    public func type(named name: String) -> (any APIObject.Type)? {
        byResource[name.lowercased()]
    }

    /// Decodes one manifest into its typed object.
    public func decode(_ manifest: JSONValue) throws -> any APIObject {
        guard case .object = manifest else {
            throw Status.badRequest("Object 'Kind' is missing in '\(Self.excerpt(manifest))'", field: "kind")
        }
        guard let kind = manifest["kind"]?.stringValue, !kind.isEmpty else {
            throw Status.badRequest("Object 'Kind' is missing in '\(Self.excerpt(manifest))'", field: "kind")
        }
        guard let apiVersion = manifest["apiVersion"]?.stringValue, !apiVersion.isEmpty else {
            throw Status.badRequest("Object 'apiVersion' is missing in '\(Self.excerpt(manifest))'", field: "apiVersion")
        }
        guard let type = type(apiVersion: apiVersion, kind: kind) else {
            throw Status(
                message: "no matches for kind \"\(kind)\" in version \"\(apiVersion)\"", reason: .notFound, code: 404,
                details: StatusDetails(kind: kind)
            )
        }
        return try Self.decode(type, from: manifest)
    }

    /// Decodes every document of a YAML (or JSON) stream, in order. The first bad document fails
    /// the whole call, so nothing is applied from a file that does not parse.
    public func decodeManifests(_ text: String) throws -> [any APIObject] {
        try YAMLCodec.decodeDocuments(text).filter { !$0.isNull }.map(decode)
    }

    private static func decode<Object: APIObject>(_ type: Object.Type, from manifest: JSONValue) throws -> any APIObject {
        try JSONCodec.decode(Object.self, from: manifest)
    }

    private static func excerpt(_ value: JSONValue) -> String {
        let text = String(decoding: value.serialized(), as: UTF8.self)
        return text.count > 80 ? String(text.prefix(80)) + "…" : text
    }
}
