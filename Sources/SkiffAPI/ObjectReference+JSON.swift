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
