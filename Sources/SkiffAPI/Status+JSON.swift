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

extension Status: JSONReadable {
    init(json: JSONValue) throws {
        // The synthesized `init(from:)` decodes the members that have defaults too: absent is nil.
        kind = nil
        apiVersion = nil
        metadata = nil
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "kind": kind = try JSONRead.string(value)
            case "apiVersion": apiVersion = try JSONRead.string(value)
            case "metadata": metadata = try JSONRead.object(value)
            case "status": status = try JSONRead.string(value)
            case "message": message = try JSONRead.string(value)
            case "reason": reason = try JSONRead.object(value)
            case "details": details = try JSONRead.object(value)
            case "code": code = try JSONRead.integer(value)
            default: break
            }
        }
    }
}

extension StatusReason: JSONReadable {
    init(json: JSONValue) throws {
        guard case .string(let text) = json else { throw JSONReadableUnsupported() }
        self.init(rawValue: text)
    }
}

extension StatusDetails: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "name": name = try JSONRead.string(value)
            case "group": group = try JSONRead.string(value)
            case "kind": kind = try JSONRead.string(value)
            case "uid": uid = try JSONRead.string(value)
            case "causes": causes = try JSONRead.array(value)
            case "retryAfterSeconds": retryAfterSeconds = try JSONRead.integer(value)
            default: break
            }
        }
    }
}

extension StatusCause: JSONReadable {
    init(json: JSONValue) throws {
        self.init(reason: nil, message: nil, field: nil)
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "reason": reason = try JSONRead.string(value)
            case "message": message = try JSONRead.string(value)
            case "field": field = try JSONRead.string(value)
            default: break
            }
        }
    }
}

extension ListMeta: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "resourceVersion": resourceVersion = try JSONRead.string(value)
            case "continue": `continue` = try JSONRead.string(value)
            case "remainingItemCount": remainingItemCount = try JSONRead.integer(value)
            default: break
            }
        }
    }
}
