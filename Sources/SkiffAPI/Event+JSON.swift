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

extension Event: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "apiVersion": apiVersion = try JSONRead.string(value)
            case "kind": kind = try JSONRead.string(value)
            case "metadata": metadata = try JSONRead.required(JSONRead.object(value)); requiredRead += 1
            // Optional when reading, as in Go (see `Event.init(from:)`).
            case "involvedObject": involvedObject = try JSONRead.object(value) ?? ObjectReference()
            case "reason": reason = try JSONRead.string(value)
            case "message": message = try JSONRead.string(value)
            case "source": source = try JSONRead.object(value)
            case "firstTimestamp": firstTimestamp = try JSONRead.object(value)
            case "lastTimestamp": lastTimestamp = try JSONRead.object(value)
            case "count": count = try JSONRead.integer(value)
            case "type": type = try JSONRead.openEnum(value)
            case "eventTime": eventTime = try JSONRead.object(value)
            case "series": series = try JSONRead.object(value)
            case "action": action = try JSONRead.string(value)
            case "related": related = try JSONRead.object(value)
            case "reportingComponent": reportingComponent = try JSONRead.string(value)
            case "reportingInstance": reportingInstance = try JSONRead.string(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension EventSource: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "component": component = try JSONRead.string(value)
            case "host": host = try JSONRead.string(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension EventSeries: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "count": count = try JSONRead.integer(value)
            case "lastObservedTime": lastObservedTime = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
