extension ResourceQuota: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("apiVersion", apiVersion)
        writer.member("kind", kind)
        try writer.member("metadata", metadata)
        try writer.member("spec", spec)
        try writer.member("status", status)
        writer.endObject()
    }
}

extension ResourceQuotaSpec: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("hard", hard)
        writer.member("scopes", scopes)
        try writer.member("scopeSelector", scopeSelector)
        writer.endObject()
    }
}

extension ResourceQuotaStatus: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("hard", hard)
        try writer.member("used", used)
        writer.endObject()
    }
}

extension ScopeSelector: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("matchExpressions", matchExpressions)
        writer.endObject()
    }
}

extension ScopedResourceSelectorRequirement: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("scopeName", scopeName)
        writer.member("operator", `operator`)
        writer.member("values", values)
        writer.endObject()
    }
}
