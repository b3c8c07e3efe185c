/// A coding key made at run time: an object member name or an array index. The codec uses it
/// for array positions in coding paths and for the members of `JSONValue` objects.
struct JSONCodingKey: CodingKey {
    let stringValue: String
    let intValue: Int?
    /// A key of a map (`[String: V]`), shown as `[key]` in field paths.
    var isMapKey = false

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }

    init(index: Int) { self.init(intValue: index) }

    init(mapKey: String) {
        self.init(stringValue: mapKey)
        isMapKey = true
    }
}

extension Array where Element == any CodingKey {
    /// The path as Kubernetes writes field paths: `spec.containers[0].ports[1].containerPort`,
    /// map entries as `metadata.labels[app]`. Only built for error messages.
    var fieldPath: String {
        var text = ""
        for key in self {
            if let index = key.intValue, key is JSONCodingKey {
                text += "[\(index)]"
            } else if (key as? JSONCodingKey)?.isMapKey == true
                || String(describing: type(of: key)) == "_DictionaryCodingKey"
            {
                // Swift's `Dictionary` keys: render as a map subscript, the way Kubernetes does.
                text += "[\(key.stringValue)]"
            } else {
                if !text.isEmpty { text += "." }
                text += key.stringValue
            }
        }
        return text
    }
}
