// The options travel in every list, watch and delete request of the wire; these conformances
// keep them off Codable's containers there.

extension ListOptions: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.member("labelSelector", labelSelector)
        writer.member("fieldSelector", fieldSelector)
        writer.member("limit", limit)
        writer.member("continue", self.continue)
        writer.endObject()
    }
}

extension ListOptions: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "labelSelector": labelSelector = try JSONRead.string(value)
            case "fieldSelector": fieldSelector = try JSONRead.string(value)
            case "limit": limit = try JSONRead.integer(value)
            case "continue": self.continue = try JSONRead.string(value)
            default: break
            }
        }
    }
}

extension WatchOptions: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.member("resourceVersion", resourceVersion)
        writer.member("labelSelector", labelSelector)
        writer.member("fieldSelector", fieldSelector)
        writer.member("allowWatchBookmarks", allowWatchBookmarks)
        writer.member("sendInitialEvents", sendInitialEvents)
        writer.endObject()
    }
}

extension WatchOptions: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var allowWatchBookmarks: Bool?
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "resourceVersion": resourceVersion = try JSONRead.string(value)
            case "labelSelector": labelSelector = try JSONRead.string(value)
            case "fieldSelector": fieldSelector = try JSONRead.string(value)
            // Not optional in the type, so required by its Codable conformance.
            case "allowWatchBookmarks": allowWatchBookmarks = try JSONRead.required(JSONRead.bool(value))
            case "sendInitialEvents": sendInitialEvents = try JSONRead.bool(value)
            default: break
            }
        }
        self.allowWatchBookmarks = try JSONRead.required(allowWatchBookmarks)
    }
}

extension DeleteOptions: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.member("gracePeriodSeconds", gracePeriodSeconds)
        writer.member("propagationPolicy", propagationPolicy?.rawValue)
        try writer.member("preconditions", preconditions)
        writer.endObject()
    }
}

extension DeleteOptions: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "gracePeriodSeconds": gracePeriodSeconds = try JSONRead.integer(value)
            case "propagationPolicy":
                propagationPolicy = try JSONRead.string(value).map {
                    guard let policy = PropagationPolicy(rawValue: $0) else { throw JSONReadableUnsupported() }
                    return policy
                }
            case "preconditions": preconditions = try JSONRead.object(value)
            default: break
            }
        }
    }
}

extension DeleteOptions.Preconditions: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.member("uid", uid)
        writer.member("resourceVersion", resourceVersion)
        writer.endObject()
    }
}

extension DeleteOptions.Preconditions: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "uid": uid = try JSONRead.string(value)
            case "resourceVersion": resourceVersion = try JSONRead.string(value)
            default: break
            }
        }
    }
}
