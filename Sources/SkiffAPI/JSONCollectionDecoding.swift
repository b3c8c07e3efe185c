/// Arrays and string-keyed maps of any `Decodable` element, decoded by `JSONValueDecoder`
/// directly instead of through their standard-library `Decodable` implementations.
///
/// Why: `Array` and `Dictionary` conform generically, so each element costs a trip through the
/// type-erased container boxes, and `Dictionary` asks for `allKeys` (a dynamic cast of every
/// key). Pods are full of both (containers, ports, env, resource maps).
///
/// Contract: the same values and the same errors (with the same field paths: `[0]` for elements,
/// `[key]` for map entries) as the standard implementations. Only `JSONValueDecoder` uses these,
/// after checking the value's shape. (Encoding has no such path: the conformance lookup on every
/// value cost more than writing maps through `Dictionary`'s own `encode(to:)` saved.)
protocol JSONDecodableList {
    /// Decodes every element of `elements` with `decoder`, whose coding path is already the list's.
    static func decodeElements(_ elements: [JSONValue], with decoder: JSONValueDecoder) throws -> Self
}

/// See `JSONDecodableList`.
protocol JSONDecodableMap {
    /// Decodes every member of `members` with `decoder`, whose coding path is already the map's.
    static func decodeMembers(_ members: JSONObject, with decoder: JSONValueDecoder) throws -> Self
}

extension Array: JSONDecodableList where Element: Decodable {
    static func decodeElements(_ elements: [JSONValue], with decoder: JSONValueDecoder) throws -> Self {
        var result: [Element] = []
        result.reserveCapacity(elements.count)
        for index in elements.indices {
            result.append(try decoder.decodeNested(Element.self, from: elements[index], extraPath: [], key: JSONCodingKey(index: index)))
        }
        return result
    }
}

extension Dictionary: JSONDecodableMap where Key == String, Value: Decodable {
    static func decodeMembers(_ members: JSONObject, with decoder: JSONValueDecoder) throws -> Self {
        var result: [String: Value] = [:]
        result.reserveCapacity(members.count)
        for member in members.members {
            result[member.key] = try decoder.decodeNested(
                Value.self, from: member.value, extraPath: [], key: JSONCodingKey(mapKey: member.key))
        }
        return result
    }
}
