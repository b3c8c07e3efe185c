import SkiffAPI

/// `-o json`, `-o yaml` and `-o name`, as kubectl prints them.
///
/// One object prints as itself; several (any list, even of one or none) as the kind's Kubernetes
/// list, as the API server returns it: `{"apiVersion":"v1","items":[…],"kind":"PodList",
/// "metadata":{"resourceVersion":"…"}}` (kubectl itself prints a generic `List`; the issue asks
/// for the typed list, which clients can decode as the server's own answer). Keys are in sorted
/// order, as Go's encoders write maps.
public enum ObjectPrinter {
    /// The text of `objects` in `format` (`.json`, `.yaml` or `.name`); `asList` wraps them in the
    /// kind's list even when there is one, with the list's `resourceVersion`.
    public static func print<Object: APIObject>(
        _ objects: [Object], format: OutputFormat, asList: Bool, resourceVersion: String? = nil
    ) throws -> String {
        switch format {
        case .name:
            return objects.map { name(of: $0) + "\n" }.joined()
        case .json, .yaml:
            let value: JSONValue
            if !asList, objects.count == 1 {
                value = try encode(objects[0])
            } else {
                value = .object(JSONObject([
                    ("apiVersion", .string(Object.resourceInfo.apiVersion)),
                    ("items", .array(try objects.map(encode))),
                    ("kind", .string(Object.resourceInfo.listKind)),
                    ("metadata", .object(JSONObject([("resourceVersion", .string(resourceVersion ?? ""))]))),
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
