extension PriorityClass: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("apiVersion", apiVersion)
        writer.member("kind", kind)
        try writer.member("metadata", metadata)
        writer.member("value", value)
        writer.member("globalDefault", globalDefault)
        writer.member("description", description)
        writer.member("preemptionPolicy", preemptionPolicy)
        writer.endObject()
    }
}

extension PriorityClass: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "apiVersion": apiVersion = try JSONRead.string(value)
            case "kind": kind = try JSONRead.string(value)
            case "metadata": metadata = try JSONRead.required(JSONRead.object(value)); requiredRead += 1
            case "value": self.value = try JSONRead.required(JSONRead.integer(value)); requiredRead += 1
            case "globalDefault": globalDefault = try JSONRead.bool(value)
            case "description": description = try JSONRead.string(value)
            case "preemptionPolicy": preemptionPolicy = try JSONRead.openEnum(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 2 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
