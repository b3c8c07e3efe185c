extension Toleration: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("key", key)
        writer.member("operator", `operator`)
        writer.member("value", value)
        writer.member("effect", effect)
        writer.member("tolerationSeconds", tolerationSeconds)
        writer.endObject()
    }
}
