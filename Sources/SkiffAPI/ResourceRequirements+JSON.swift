extension ResourceRequirements: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("limits", limits)
        try writer.member("requests", requests)
        writer.endObject()
    }
}
