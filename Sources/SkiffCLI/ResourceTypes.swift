import SkiffAPI

/// Turns what a user types for a resource type (`po`, `pods`, `deployments.apps`, `Deployment`)
/// into its Swift type, as kubectl's REST mapper does from discovery.
public enum ResourceTypes {
    /// Every kind the CLI knows, with their plural, singular, kind and short names.
    public static let registry = KindRegistry()

    /// The type named `name`, or `CommandError` `the server doesn't have a resource type "foo"`.
    public static func resolve(_ name: String) throws -> any APIObject.Type {
        guard let type = registry.type(named: name) else {
            throw CommandError("the server doesn't have a resource type \"\(name)\"")
        }
        return type
    }

    /// kubectl's resource arguments: `KIND [NAME...]` or `KIND/NAME...` (one kind at a time).
    public static func resolveArguments(_ arguments: [String]) throws -> (type: any APIObject.Type, names: [String]) {
        guard let first = arguments.first else {
            throw CommandError("You must specify the type of resource to get.")
        }
        guard first.contains("/") else { return (try resolve(first), Array(arguments.dropFirst())) }
        var type: (any APIObject.Type)?
        var names: [String] = []
        for argument in arguments {
            let parts = argument.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw CommandError("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'skiff get resource/<resource_name>' instead of 'skiff get resource resource/<resource_name>'")
            }
            let resolved = try resolve(String(parts[0]))
            if let type, type.resourceInfo != resolved.resourceInfo {
                throw CommandError("arguments in resource/name form must have a single resource type")
            }
            type = resolved
            names.append(String(parts[1]))
        }
        return (type!, names)
    }
}
