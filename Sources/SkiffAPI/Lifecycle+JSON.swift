extension Lifecycle: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("postStart", postStart)
        try writer.member("preStop", preStop)
        writer.member("stopSignal", stopSignal)
        writer.endObject()
    }
}

extension LifecycleHandler: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("exec", exec)
        try writer.member("httpGet", httpGet)
        try writer.member("tcpSocket", tcpSocket)
        try writer.member("sleep", sleep)
        writer.endObject()
    }
}

extension SleepAction: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("seconds", seconds)
        writer.endObject()
    }
}

extension Lifecycle: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "postStart": postStart = try JSONRead.object(value)
            case "preStop": preStop = try JSONRead.object(value)
            case "stopSignal": stopSignal = try JSONRead.string(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension LifecycleHandler: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "exec": exec = try JSONRead.object(value)
            case "httpGet": httpGet = try JSONRead.object(value)
            case "tcpSocket": tcpSocket = try JSONRead.object(value)
            case "sleep": sleep = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension SleepAction: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "seconds": seconds = try JSONRead.required(JSONRead.integer(value)); requiredRead += 1
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
