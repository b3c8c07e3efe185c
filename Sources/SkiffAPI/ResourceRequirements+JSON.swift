extension ResourceRequirements: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("limits", limits)
        try writer.member("requests", requests)
        writer.endObject()
    }
}

extension ResourceRequirements: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "limits": limits = try JSONRead.map(value)
            case "requests": requests = try JSONRead.map(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
