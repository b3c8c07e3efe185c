extension Status: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.member("kind", kind)
        writer.member("apiVersion", apiVersion)
        try writer.member("metadata", metadata)
        writer.member("status", status)
        writer.member("message", message)
        try writer.member("reason", reason)
        try writer.member("details", details)
        writer.member("code", code)
        writer.endObject()
    }
}

extension StatusReason: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws { writer.write(string: rawValue) }
}

extension StatusDetails: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.member("name", name)
        writer.member("group", group)
        writer.member("kind", kind)
        writer.member("uid", uid)
        try writer.member("causes", causes)
        writer.member("retryAfterSeconds", retryAfterSeconds)
        writer.endObject()
    }
}

extension StatusCause: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.member("reason", reason)
        writer.member("message", message)
        writer.member("field", field)
        writer.endObject()
    }
}

extension ListMeta: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.member("resourceVersion", resourceVersion)
        writer.member("continue", `continue`)
        writer.member("remainingItemCount", remainingItemCount)
        writer.endObject()
    }
}
