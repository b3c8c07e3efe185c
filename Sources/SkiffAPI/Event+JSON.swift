extension Event: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("apiVersion", apiVersion)
        writer.member("kind", kind)
        try writer.member("metadata", metadata)
        try writer.member("involvedObject", involvedObject)
        writer.member("reason", reason)
        writer.member("message", message)
        try writer.member("source", source)
        try writer.member("firstTimestamp", firstTimestamp)
        try writer.member("lastTimestamp", lastTimestamp)
        writer.member("count", count)
        writer.member("type", type)
        try writer.member("eventTime", eventTime)
        try writer.member("series", series)
        writer.member("action", action)
        try writer.member("related", related)
        writer.member("reportingComponent", reportingComponent)
        writer.member("reportingInstance", reportingInstance)
        writer.endObject()
    }
}

extension EventSource: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("component", component)
        writer.member("host", host)
        writer.endObject()
    }
}

extension EventSeries: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("count", count)
        try writer.member("lastObservedTime", lastObservedTime)
        writer.endObject()
    }
}
