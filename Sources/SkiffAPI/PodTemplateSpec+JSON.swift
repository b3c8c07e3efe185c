extension PodTemplateSpec: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("metadata", metadata)
        try writer.member("spec", spec)
        writer.endObject()
    }
}
