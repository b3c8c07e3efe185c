import SkiffAPI

/// kubectl's client-side apply record: the manifest as last applied, compact JSON with sorted
/// keys and a trailing newline, in the `kubectl.kubernetes.io/last-applied-configuration`
/// annotation. `apply` compares it with the one it would write to tell `unchanged` from
/// `configured`.
public enum LastAppliedConfiguration {
    /// The annotation key, as kubectl spells it.
    public static let annotation = "kubectl.kubernetes.io/last-applied-configuration"

    /// The annotation's value for `document`, with `namespace` filled in (as kubectl records the
    /// namespace it applied to) and any previous last-applied annotation left out.
    public static func value(for document: JSONValue, namespace: String?) -> String {
        var document = document
        if var metadata = document["metadata"]?.objectValue {
            if let namespace { metadata["namespace"] = .string(namespace) }
            if var annotations = metadata["annotations"]?.objectValue {
                annotations.removeValue(forKey: annotation)
                metadata["annotations"] = annotations.isEmpty ? nil : .object(annotations)
            }
            document["metadata"] = .object(metadata)
        }
        return JSONPrinter.compact(document) + "\n"
    }
}
