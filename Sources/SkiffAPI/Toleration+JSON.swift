extension Toleration: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("key", key)
        writer.member("operator", `operator`)
        writer.member("value", value)
        writer.member("effect", effect)
        writer.member("tolerationSeconds", tolerationSeconds)
        writer.endObject()
    }
}

extension Toleration: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "key": key = try JSONRead.string(value)
            case "operator": `operator` = try JSONRead.openEnum(value)
            case "value": self.value = try JSONRead.string(value)
            case "effect": effect = try JSONRead.openEnum(value)
            case "tolerationSeconds": tolerationSeconds = try JSONRead.integer(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
