import SkiffAPI

/// kubectl's client-side apply patch, in JSON merge patch form: the changes that take the live
/// object (`current`) to the manifest (`modified`), plus the deletion of every field the previous
/// apply set (`original`, the last-applied configuration) that the manifest no longer has.
///
/// Fields the manifest never mentioned — set by the server, a controller or another client — are
/// left alone; a field the manifest sets wins over a live change to it (so `spec.replicas` in a
/// manifest undoes a `scale`, as with kubectl). A list the manifest sets is left alone when each
/// of its elements is contained in the live element at the same place (the server fills in
/// defaults such as a port's `protocol`); otherwise it is replaced whole (merge patch semantics;
/// kubectl's strategic merge would merge some lists by key). An empty patch means `unchanged`.
enum ThreeWayMergePatch {
    static func make(original: JSONValue?, modified: JSONValue, current: JSONValue) -> JSONObject {
        guard let modifiedObject = modified.objectValue, let currentObject = current.objectValue else { return [:] }
        return diff(original: original?.objectValue, modified: modifiedObject, current: currentObject)
    }

    private static func diff(original: JSONObject?, modified: JSONObject, current: JSONObject) -> JSONObject {
        var patch = JSONObject()
        for (key, wanted) in modified {
            let live = current[key]
            if case .object(let wantedObject) = wanted, case .object(let liveObject)? = live {
                let nested = diff(original: original?[key]?.objectValue, modified: wantedObject, current: liveObject)
                if !nested.isEmpty { patch[key] = .object(nested) }
            } else if !(wanted == .null && live == nil), !contains(live, wanted) {
                patch[key] = wanted
            }
        }
        for (key, _) in original ?? [:] where modified[key] == nil && current[key] != nil {
            patch[key] = .null
        }
        return patch
    }

    /// Whether `live` has everything `wanted` says: equal scalars, objects with at least
    /// `wanted`'s members (each contained), lists of the same length with each element contained.
    private static func contains(_ live: JSONValue?, _ wanted: JSONValue) -> Bool {
        guard let live else { return false }
        switch (live, wanted) {
        case (.object(let liveObject), .object(let wantedObject)):
            return wantedObject.allSatisfy { key, value in
                value == .null ? liveObject[key] == nil : contains(liveObject[key], value)
            }
        case (.array(let liveArray), .array(let wantedArray)):
            return liveArray.count == wantedArray.count && zip(liveArray, wantedArray).allSatisfy { contains($0, $1) }
        default:
            return live == wanted
        }
    }
}
