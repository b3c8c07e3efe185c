extension PodMetrics: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.member("apiVersion", apiVersion)
        writer.member("kind", kind)
        try writer.member("metadata", metadata)
        try writer.member("timestamp", timestamp)
        writer.member("window", window)
        try writer.member("containers", containers)
        writer.endObject()
    }
}

extension ContainerMetrics: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.member("name", name)
        try writer.member("usage", usage)
        writer.endObject()
    }
}

extension PodMetrics: JSONReadable {
    init(json: JSONValue) throws {
        var apiVersion: String?
        var kind: String?
        var metadata: ObjectMeta?
        var timestamp: Time?
        var window: String?
        var containers: [ContainerMetrics]?
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "apiVersion": apiVersion = try JSONRead.string(value)
            case "kind": kind = try JSONRead.string(value)
            case "metadata": metadata = try JSONRead.object(value)
            case "timestamp": timestamp = try JSONRead.object(value)
            case "window": window = try JSONRead.string(value)
            case "containers": containers = try JSONRead.array(value)
            default: break
            }
        }
        self.init(
            metadata: try JSONRead.required(metadata), timestamp: try JSONRead.required(timestamp),
            window: try JSONRead.required(window), containers: try JSONRead.required(containers)
        )
        self.apiVersion = try JSONRead.required(apiVersion)
        self.kind = try JSONRead.required(kind)
    }
}

extension ContainerMetrics: JSONReadable {
    init(json: JSONValue) throws {
        self.init(name: "", usage: [:])
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "name": name = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "usage": usage = try JSONRead.required(JSONRead.map(value)); requiredRead += 1
            default: break
            }
        }
        guard requiredRead == 2 else { throw JSONReadableUnsupported() }
    }
}
