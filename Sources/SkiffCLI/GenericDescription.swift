import Foundation
import SkiffAPI

/// kubectl's describer for kinds without one of their own: name, namespace, labels and
/// annotations, then every other field of the object with kubectl's labels (`creationTimestamp`
/// → `Creation Timestamp:`), nested objects indented under their key.
enum GenericDescription {
    static func describe<Object: APIObject>(_ object: Object, into writer: inout DescriptionWriter) throws {
        writer.write(0, "Name:\t\(object.metadata.name ?? "")\n")
        if Object.resourceInfo.isNamespaced { writer.write(0, "Namespace:\t\(object.metadata.namespace ?? "")\n") }
        writer.labels("Labels", object.metadata.labels)
        writer.annotations("Annotations", object.metadata.annotations)
        var typed = object
        typed.setTypeMeta()
        guard case .object(var fields) = try JSONCodec.encodeValue(typed) else { return }
        if var metadata = fields["metadata"]?.objectValue {
            for shown in ["name", "namespace", "labels", "annotations"] { metadata.removeValue(forKey: shown) }
            fields["metadata"] = .object(metadata)
        }
        for (key, value) in fields { write(key, value, level: 0, into: &writer) }
    }

    private static func write(_ key: String, _ value: JSONValue, level: Int, into writer: inout DescriptionWriter) {
        let label = smartLabel(key)
        switch value {
        case .object(let object):
            guard !object.isEmpty else { return }
            writer.write(level, "\(label):\n")
            for (childKey, child) in object { write(childKey, child, level: level + 1, into: &writer) }
        case .array(let elements):
            guard !elements.isEmpty else { return }
            writer.write(level, "\(label):\n")
            for element in elements {
                if case .object(let object) = element {
                    for (childKey, child) in object { write(childKey, child, level: level + 1, into: &writer) }
                } else {
                    writer.write(level + 1, "\(scalar(element))\n")
                }
            }
        default:
            writer.write(level, "\(label):\t\(scalar(value))\n")
        }
    }

    private static func scalar(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        return String(decoding: value.serialized(), as: UTF8.self)
    }

    /// kubectl's `smartLabelFor`: `creationTimestamp` → `Creation Timestamp`, `podIP` → `Pod IP`.
    static func smartLabel(_ key: String) -> String {
        var words: [String] = []
        var current = ""
        let characters = Array(key)
        for (index, character) in characters.enumerated() {
            let startsWord = character.isUppercase && !current.isEmpty
                && (!(characters[index - 1].isUppercase) || (index + 1 < characters.count && characters[index + 1].isLowercase))
            if startsWord {
                words.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words.map { word in
            let special = ["Api": "API", "Ip": "IP", "Uid": "UID", "Url": "URL", "Id": "ID", "Cidr": "CIDR"]
            let capitalized = word.prefix(1).uppercased() + word.dropFirst()
            return special[capitalized] ?? capitalized
        }.joined(separator: " ")
    }
}
