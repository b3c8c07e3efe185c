@testable import SkiffAPI

/// Walks a decoded value with `Mirror`: collects unknown members anywhere (`unknownFields` set),
/// model structs without a `JSONWritable` conformance, and `Type.field`s never set (nil, or an
/// empty collection) in any instance of a type outside `partial`.
struct FieldCoverage {
    let partial: Set<String>
    var unknown: [String] = []
    var notWritable: Set<String> = []
    private var fields: Set<String> = []
    private var set: Set<String> = []

    init(partial: Set<String>) { self.partial = partial }

    var unset: Set<String> { fields.subtracting(set) }

    mutating func walk(_ value: Any, path: String) {
        if Self.isLeaf(value) {
            return
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            if let wrapped = mirror.children.first { walk(wrapped.value, path: path) }
        case .collection:
            for (index, element) in mirror.children.enumerated() { walk(element.value, path: "\(path)[\(index)]") }
        case .dictionary:
            for entry in mirror.children {
                let pair = Array(Mirror(reflecting: entry.value).children)
                walk(pair[1].value, path: "\(path)[\(pair[0].value)]")
            }
        case .struct:
            let typeName = "\(type(of: value))"
            if !(value is any JSONWritable) { notWritable.insert(typeName) }
            for child in mirror.children {
                guard let label = child.label else { continue }
                if label == "unknownFields" {
                    if !Self.isNil(child.value) { unknown.append(path) }
                    continue
                }
                if !partial.contains(typeName) {
                    fields.insert("\(typeName).\(label)")
                    if Self.isSet(child.value) { set.insert("\(typeName).\(label)") }
                }
                walk(child.value, path: "\(path).\(label)")
            }
        default:
            notWritable.insert("\(type(of: value)) (\(String(describing: mirror.displayStyle)))")
        }
    }

    /// Scalars and the scalar wrappers, which write themselves as one JSON value.
    private static func isLeaf(_ value: Any) -> Bool {
        switch value {
        case is String, is Bool, is Int, is Int32, is Int64, is Double, is any OpenStringEnum: return true
        case is Quantity, is IntOrString, is Time, is MicroTime, is StatusReason: return true
        default: return false
        }
    }

    private static func isNil(_ value: Any) -> Bool {
        let mirror = Mirror(reflecting: value)
        return mirror.displayStyle == .optional && mirror.children.isEmpty
    }

    private static func isSet(_ value: Any) -> Bool {
        var mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first else { return false }
            mirror = Mirror(reflecting: wrapped.value)
        }
        switch mirror.displayStyle {
        case .collection, .dictionary: return !mirror.children.isEmpty
        default: return true
        }
    }
}
