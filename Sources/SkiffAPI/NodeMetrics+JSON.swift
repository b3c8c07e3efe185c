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

extension NodeMetrics: JSONReadable {
    init(json: JSONValue) throws {
        var apiVersion: String?
        var kind: String?
        var metadata: ObjectMeta?
        var timestamp: Time?
        var window: String?
        var usage: [String: Quantity]?
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "apiVersion": apiVersion = try JSONRead.string(value)
            case "kind": kind = try JSONRead.string(value)
            case "metadata": metadata = try JSONRead.object(value)
            case "timestamp": timestamp = try JSONRead.object(value)
            case "window": window = try JSONRead.string(value)
            case "usage": usage = try JSONRead.map(value)
            default: break
            }
        }
        self.init(
            metadata: try JSONRead.required(metadata), timestamp: try JSONRead.required(timestamp),
            window: try JSONRead.required(window), usage: try JSONRead.required(usage)
        )
        self.apiVersion = try JSONRead.required(apiVersion)
        self.kind = try JSONRead.required(kind)
    }
}
