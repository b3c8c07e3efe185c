extension OwnerReference: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("apiVersion", apiVersion)
        writer.member("kind", kind)
        writer.member("name", name)
        writer.member("uid", uid)
        writer.member("controller", controller)
        writer.member("blockOwnerDeletion", blockOwnerDeletion)
        writer.endObject()
    }
}

extension OwnerReference: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        // Members are unique (the parser keeps the last of a repeated key), so counting the
        // required ones read tells whether all were there.
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "apiVersion": apiVersion = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "kind": kind = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "name": name = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "uid": uid = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "controller": controller = try JSONRead.bool(value)
            case "blockOwnerDeletion": blockOwnerDeletion = try JSONRead.bool(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 4 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
