extension PodTemplateSpec: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("metadata", metadata)
        try writer.member("spec", spec)
        writer.endObject()
    }
}

extension PodTemplateSpec: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "metadata": metadata = try JSONRead.object(value)
            case "spec": spec = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
