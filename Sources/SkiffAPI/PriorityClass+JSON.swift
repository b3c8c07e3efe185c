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
