import SkiffAPI

/// RFC 7386 JSON merge patch: objects merge member by member, `null` removes a member, and any
/// other value (arrays included) replaces what was there.
enum MergePatch {
    static func apply(_ patch: JSONValue, to target: JSONValue) -> JSONValue {
        guard case .object(let patchObject) = patch else { return patch }
        var result: JSONObject
        if case .object(let existing) = target { result = existing } else { result = JSONObject() }
        for (key, value) in patchObject {
            if value.isNull {
                _ = result.removeValue(forKey: key)
            } else {
                result[key] = apply(value, to: result[key] ?? .null)
            }
        }
        return .object(result)
    }
}
