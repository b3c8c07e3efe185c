/// A path to a field of an object as Kubernetes prints it in validation errors
/// (`spec.template.spec.containers[0].ports[1].containerPort`, `data[key]`); Kubernetes'
/// `field.Path`.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    public private(set) var description: String

    /// A path starting at a top-level field (`metadata`, `spec`).
    public init(_ root: String) { description = root }

    /// The path of a nested field; several names descend several levels.
    public func child(_ name: String, _ more: String...) -> FieldPath {
        var path = self
        for part in [name] + more {
            path.description += path.description.isEmpty ? part : ".\(part)"
        }
        return path
    }

    /// The path of a list element: `containers[0]`.
    public func index(_ index: Int) -> FieldPath {
        var path = self
        path.description += "[\(index)]"
        return path
    }

    /// The path of a map entry: `labels[app]`.
    public func key(_ key: String) -> FieldPath {
        var path = self
        path.description += "[\(key)]"
        return path
    }
}
