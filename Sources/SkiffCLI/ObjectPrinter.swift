import SkiffAPI

/// `-o json`, `-o yaml` and `-o name`, as kubectl prints them.
///
/// kubectl prints one object as itself and several (any list, even of one or none) as a
/// `{"apiVersion":"v1","kind":"List","metadata":{"resourceVersion":""},"items":[…]}`, with keys
/// in sorted order as Go's encoders write maps.
public enum ObjectPrinter {
    /// The text of `objects` in `format` (`.json`, `.yaml` or `.name`); `asList` wraps them in a
    /// `List` even when there is one.
    public static func print<Object: APIObject>(_ objects: [Object], format: OutputFormat, asList: Bool) throws -> String {
        switch format {
        case .name:
            return objects.map { name(of: $0) + "\n" }.joined()
        case .json, .yaml:
            let value: JSONValue
            if !asList, objects.count == 1 {
                value = try encode(objects[0])
            } else {
                value = .object(JSONObject([
                    ("apiVersion", .string("v1")),
                    ("items", .array(try objects.map(encode))),
                    ("kind", .string("List")),
                    ("metadata", .object(JSONObject([("resourceVersion", .string(""))]))),
                ]))
            }
            let sorted = JSONPrinter.sortingKeys(value)
            return format == .json ? JSONPrinter.pretty(sorted) : YAMLCodec.encode(sorted)
        case .wide:
            preconditionFailure("tables are printed by ResourceTable")
        }
    }

    /// `deployment.apps/web`.
    public static func name<Object: APIObject>(of object: Object) -> String {
        "\(Object.resourceInfo.printedKind)/\(object.metadata.name ?? "")"
    }

    /// The object with its `apiVersion` and `kind` set, as the server returns them.
    static func encode<Object: APIObject>(_ object: Object) throws -> JSONValue {
        var typed = object
        typed.setTypeMeta()
        return try JSONCodec.encodeValue(typed)
    }
}
