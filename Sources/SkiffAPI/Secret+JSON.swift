extension Secret: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("apiVersion", apiVersion)
        writer.member("kind", kind)
        try writer.member("metadata", metadata)
        writer.member("immutable", immutable)
        writer.member("data", data)
        writer.member("stringData", stringData)
        writer.member("type", type)
        writer.endObject()
    }
}
