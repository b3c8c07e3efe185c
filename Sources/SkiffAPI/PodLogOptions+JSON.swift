extension PodLogOptions: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.member("container", container)
        writer.member("follow", follow)
        writer.member("previous", previous)
        writer.member("tailLines", tailLines)
        writer.member("limitBytes", limitBytes)
        writer.endObject()
    }
}

extension PodLogOptions: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        // Not optional in the type, so required by its Codable conformance.
        var follow: Bool?
        var previous: Bool?
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "container": container = try JSONRead.string(value)
            case "follow": follow = try JSONRead.required(JSONRead.bool(value))
            case "previous": previous = try JSONRead.required(JSONRead.bool(value))
            case "tailLines": tailLines = try JSONRead.integer(value)
            case "limitBytes": limitBytes = try JSONRead.integer(value)
            default: break
            }
        }
        self.follow = try JSONRead.required(follow)
        self.previous = try JSONRead.required(previous)
    }
}
