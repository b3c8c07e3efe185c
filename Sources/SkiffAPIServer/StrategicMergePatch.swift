import SkiffAPI

/// Kubernetes' strategic merge patch, the subset kubectl and the client libraries send for
/// built-in kinds: maps merge and `null` deletes (as in a merge patch), but lists of objects with
/// a merge key are merged item by item (`containers`, `env`, `volumes` by `name`; container
/// `ports` by `containerPort`, service `ports` by `port`; `volumeMounts` by `mountPath`;
/// `conditions` by `type`), `{"$patch": "delete", …}` removes an item, `$patch: replace` replaces
/// a map, `$deleteFromPrimitiveList/<field>` removes values, and `$setElementOrder/…` and
/// `$retainKeys` directives are honoured as far as ordering goes or dropped — never stored.
enum StrategicMergePatch {
    /// Merge keys of known list fields; for `ports` the key depends on what the items carry.
    private static let mergeKeys: [String: [String]] = [
        "containers": ["name"], "initContainers": ["name"], "ephemeralContainers": ["name"],
        "env": ["name"], "volumes": ["name"], "imagePullSecrets": ["name"],
        "ports": ["containerPort", "port"], "volumeMounts": ["mountPath"],
        "conditions": ["type"], "hostAliases": ["ip"], "topologySpreadConstraints": ["topologyKey"],
        "ownerReferences": ["uid"], "addresses": ["type"], "taints": ["key"],
    ]

    static func apply(_ patch: JSONValue, to target: JSONValue) throws -> JSONValue {
        guard case .object(let patchObject) = patch else { return patch }
        if patchObject["$patch"]?.stringValue == "replace" {
            var replacement = patchObject
            _ = replacement.removeValue(forKey: "$patch")
            return .object(replacement)
        }
        var result: JSONObject
        if case .object(let existing) = target { result = existing } else { result = JSONObject() }
        var orders: [String: [JSONValue]] = [:]
        for (key, value) in patchObject {
            if key == "$patch" || key == "$retainKeys" { continue }
            if key.hasPrefix("$setElementOrder/") {
                if case .array(let order) = value { orders[String(key.dropFirst("$setElementOrder/".count))] = order }
                continue
            }
            if key.hasPrefix("$deleteFromPrimitiveList/") {
                let field = String(key.dropFirst("$deleteFromPrimitiveList/".count))
                if case .array(let remove) = value, case .array(let existing)? = result[field] {
                    result[field] = .array(existing.filter { !remove.contains($0) })
                }
                continue
            }
            if value.isNull {
                _ = result.removeValue(forKey: key)
                continue
            }
            switch value {
            case .object:
                result[key] = try apply(value, to: result[key] ?? .null)
            case .array(let items):
                result[key] = try mergeList(field: key, patch: items, existing: result[key]?.arrayValue ?? [])
            default:
                result[key] = value
            }
        }
        for (field, order) in orders {
            if case .array(let items)? = result[field] { result[field] = .array(reorder(items, by: order, field: field)) }
        }
        return .object(result)
    }

    private static func mergeKey(field: String, items: [JSONValue]) -> String? {
        guard let candidates = mergeKeys[field] else { return nil }
        for candidate in candidates where items.contains(where: { $0[candidate] != nil }) { return candidate }
        return nil
    }

    private static func mergeList(field: String, patch: [JSONValue], existing: [JSONValue]) throws -> JSONValue {
        guard let key = mergeKey(field: field, items: patch + existing),
              patch.allSatisfy({ if case .object = $0 { return true } else { return false } })
        else { return .array(patch) }
        if patch.contains(where: { $0["$patch"]?.stringValue == "replace" }) {
            return .array(patch.filter { $0["$patch"] == nil })
        }
        var result = existing
        for item in patch {
            guard let identity = item[key] else {
                throw Status.badRequest("the strategic merge patch item in \(field) has no merge key \(key)")
            }
            let index = result.firstIndex { $0[key] == identity }
            if item["$patch"]?.stringValue == "delete" {
                if let index { result.remove(at: index) }
                continue
            }
            if let index {
                result[index] = try apply(item, to: result[index])
            } else {
                result.append(try apply(item, to: .null))
            }
        }
        return .array(result)
    }

    private static func reorder(_ items: [JSONValue], by order: [JSONValue], field: String) -> [JSONValue] {
        guard let key = mergeKey(field: field, items: items) else { return items }
        var remaining = items
        var ordered: [JSONValue] = []
        for entry in order {
            if let index = remaining.firstIndex(where: { $0[key] == entry[key] }) {
                ordered.append(remaining.remove(at: index))
            }
        }
        return ordered + remaining
    }
}
