extension ObjectReference: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("kind", kind)
        writer.member("namespace", namespace)
        writer.member("name", name)
        writer.member("uid", uid)
        writer.member("apiVersion", apiVersion)
        writer.member("resourceVersion", resourceVersion)
        writer.member("fieldPath", fieldPath)
        writer.endObject()
    }
}

extension LocalObjectReference: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        writer.endObject()
    }
}

extension ObjectReference: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "kind": kind = try JSONRead.string(value)
            case "namespace": namespace = try JSONRead.string(value)
            case "name": name = try JSONRead.string(value)
            case "uid": uid = try JSONRead.string(value)
            case "apiVersion": apiVersion = try JSONRead.string(value)
            case "resourceVersion": resourceVersion = try JSONRead.string(value)
            case "fieldPath": fieldPath = try JSONRead.string(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension LocalObjectReference: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "name": name = try JSONRead.string(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
