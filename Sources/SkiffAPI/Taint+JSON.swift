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
