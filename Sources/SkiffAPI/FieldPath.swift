/// A path to a field of an object as Kubernetes prints it in validation errors
/// (`spec.template.spec.containers[0].ports[1].containerPort`, `data[key]`); Kubernetes'
/// `field.Path`.
///
/// Validation descends into every field of every object it checks, but only the few paths that
/// end up in an error are ever printed. So a path is a chain of segments shared with its parent —
/// `child`, `index` and `key` add one link and format nothing — and `description` builds the text
/// on demand. Equality and hashing are those of the text.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    /// One step of a path, formatted only when the path is printed.
    private enum Segment: Sendable {
        /// A field name: `.name`, or `name` at the start.
        case name(String)
        /// A list element: `[0]`.
        case index(Int)
        /// A map entry: `[key]`.
        case key(String)
    }

    /// A link of the chain: immutable, shared by every path that extends it.
    private final class Node: Sendable {
        let parent: Node?
        let segment: Segment

        init(parent: Node?, segment: Segment) {
            self.parent = parent
            self.segment = segment
        }
    }

    private let last: Node

    private init(last: Node) { self.last = last }

    /// A path starting at a top-level field (`metadata`, `spec`).
    public init(_ root: String) { last = Node(parent: nil, segment: .name(root)) }

    /// The path as Kubernetes prints it.
    public var description: String {
        var segments: [Segment] = []
        var node: Node? = last
        while let current = node {
            segments.append(current.segment)
            node = current.parent
        }
        var text = ""
        for segment in segments.reversed() {
            switch segment {
            case .name(let name):
                if !text.isEmpty { text += "." }
                text += name
            case .index(let index):
                text += "[\(index)]"
            case .key(let key):
                text += "[\(key)]"
            }
        }
        return text
    }

    public static func == (lhs: FieldPath, rhs: FieldPath) -> Bool {
        lhs.last === rhs.last || lhs.description == rhs.description
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(description) }

    /// The path of a nested field; several names descend several levels.
    public func child(_ name: String, _ more: String...) -> FieldPath {
        var path = child(name)
        for part in more { path = path.child(part) }
        return path
    }

    /// The path of a nested field. (The one-level form validation uses everywhere: no variadic
    /// array to allocate.)
    func child(_ name: String) -> FieldPath {
        FieldPath(last: Node(parent: last, segment: .name(name)))
    }

    /// The path two levels down: `child(first).child(second)`.
    func child(_ first: String, _ second: String) -> FieldPath {
        child(first).child(second)
    }

    /// The path of a list element: `containers[0]`.
    public func index(_ index: Int) -> FieldPath {
        FieldPath(last: Node(parent: last, segment: .index(index)))
    }

    /// The path of a map entry: `labels[app]`.
    public func key(_ key: String) -> FieldPath {
        FieldPath(last: Node(parent: last, segment: .key(key)))
    }
}
