extension Taint: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("key", key)
        writer.member("value", value)
        writer.member("effect", effect)
        try writer.member("timeAdded", timeAdded)
        writer.endObject()
    }
}

extension Taint: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "key": key = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "value": self.value = try JSONRead.string(value)
            case "effect": effect = try JSONRead.required(JSONRead.openEnum(value)); requiredRead += 1
            case "timeAdded": timeAdded = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 2 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
