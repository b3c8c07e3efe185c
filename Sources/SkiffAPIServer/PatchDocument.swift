import SkiffAPI

/// A parsed patch request: its document, and the resourceVersion it pins (if the patch sets
/// `metadata.resourceVersion`, the write is conditional on it, as in Kubernetes).
struct PatchDocument {
    let type: Patch.PatchType
    let document: JSONValue

    init(_ patch: Patch) throws {
        type = patch.type
        do {
            document = try JSONValue(parsing: patch.body)
        } catch {
            throw Status.badRequest("the patch body is not valid JSON: \(Status.from(error).message ?? "")")
        }
        if type != .json, case .object = document {} else if type != .json {
            throw Status.badRequest("a \(type == .merge ? "merge" : "strategic merge") patch must be a JSON object")
        }
    }

    var resourceVersion: String? {
        guard type != .json else { return nil }
        return document["metadata"]?["resourceVersion"]?.stringValue
    }

    /// The object with the patch applied; a result that does not decode is a `BadRequest` naming
    /// the field.
    func apply<Object: APIObject>(to object: Object, info: ResourceInfo) throws -> Object {
        let current = try JSONCodec.encodeValue(object)
        let patched: JSONValue
        switch type {
        case .merge: patched = MergePatch.apply(document, to: current)
        case .json: patched = try JSONPatch.apply(document, to: current)
        case .strategicMerge: patched = try StrategicMergePatch.apply(document, to: current)
        }
        return try JSONCodec.decode(Object.self, from: patched)
    }
}
