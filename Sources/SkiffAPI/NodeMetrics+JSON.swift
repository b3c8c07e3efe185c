extension NodeMetrics: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.member("apiVersion", apiVersion)
        writer.member("kind", kind)
        try writer.member("metadata", metadata)
        try writer.member("timestamp", timestamp)
        writer.member("window", window)
        try writer.member("usage", usage)
        writer.endObject()
    }
}
