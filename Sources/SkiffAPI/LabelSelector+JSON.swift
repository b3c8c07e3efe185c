extension LabelSelector: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("matchLabels", matchLabels)
        try writer.member("matchExpressions", matchExpressions)
        writer.endObject()
    }
}

extension LabelSelectorRequirement: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("key", key)
        writer.member("operator", `operator`)
        writer.member("values", values)
        writer.endObject()
    }
}

extension LabelSelector: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            switch member.key {
            case "matchLabels": matchLabels = try JSONRead.stringMap(member.value)
            case "matchExpressions": matchExpressions = try JSONRead.array(member.value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension LabelSelectorRequirement: JSONReadable {
    init(json: JSONValue) throws {
        self.init(key: "", operator: "")
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "key": key = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "operator": `operator` = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "values": values = try JSONRead.strings(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 2 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
