extension ServiceAccount: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("apiVersion", apiVersion)
        writer.member("kind", kind)
        try writer.member("metadata", metadata)
        try writer.member("secrets", secrets)
        try writer.member("imagePullSecrets", imagePullSecrets)
        writer.member("automountServiceAccountToken", automountServiceAccountToken)
        writer.endObject()
    }
}

extension ServiceAccount: JSONReadable {
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
            case "secrets": secrets = try JSONRead.array(value, of: ObjectReference.self)
            case "imagePullSecrets": imagePullSecrets = try JSONRead.array(value, of: LocalObjectReference.self)
            case "automountServiceAccountToken": automountServiceAccountToken = try JSONRead.bool(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
