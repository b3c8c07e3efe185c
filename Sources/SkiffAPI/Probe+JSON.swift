extension Probe: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("exec", exec)
        try writer.member("httpGet", httpGet)
        try writer.member("tcpSocket", tcpSocket)
        try writer.member("grpc", grpc)
        writer.member("initialDelaySeconds", initialDelaySeconds)
        writer.member("timeoutSeconds", timeoutSeconds)
        writer.member("periodSeconds", periodSeconds)
        writer.member("successThreshold", successThreshold)
        writer.member("failureThreshold", failureThreshold)
        writer.member("terminationGracePeriodSeconds", terminationGracePeriodSeconds)
        writer.endObject()
    }
}

extension ExecAction: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("command", command)
        writer.endObject()
    }
}

extension HTTPGetAction: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("path", path)
        try writer.member("port", port)
        writer.member("host", host)
        writer.member("scheme", scheme)
        try writer.member("httpHeaders", httpHeaders)
        writer.endObject()
    }
}

extension HTTPHeader: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        writer.member("value", value)
        writer.endObject()
    }
}

extension TCPSocketAction: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("port", port)
        writer.member("host", host)
        writer.endObject()
    }
}

extension GRPCAction: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("port", port)
        writer.member("service", service)
        writer.endObject()
    }
}

extension Probe: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "exec": exec = try JSONRead.object(value)
            case "httpGet": httpGet = try JSONRead.object(value)
            case "tcpSocket": tcpSocket = try JSONRead.object(value)
            case "grpc": grpc = try JSONRead.object(value)
            case "initialDelaySeconds": initialDelaySeconds = try JSONRead.integer(value)
            case "timeoutSeconds": timeoutSeconds = try JSONRead.integer(value)
            case "periodSeconds": periodSeconds = try JSONRead.integer(value)
            case "successThreshold": successThreshold = try JSONRead.integer(value)
            case "failureThreshold": failureThreshold = try JSONRead.integer(value)
            case "terminationGracePeriodSeconds": terminationGracePeriodSeconds = try JSONRead.integer(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension ExecAction: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "command": command = try JSONRead.strings(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension HTTPGetAction: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "path": path = try JSONRead.string(value)
            case "port": port = try JSONRead.required(JSONRead.object(value)); requiredRead += 1
            case "host": host = try JSONRead.string(value)
            case "scheme": scheme = try JSONRead.openEnum(value)
            case "httpHeaders": httpHeaders = try JSONRead.array(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension HTTPHeader: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "name": name = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "value": self.value = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            default: unknown.append(member)
            }
        }
        guard requiredRead == 2 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension TCPSocketAction: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "port": port = try JSONRead.required(JSONRead.object(value)); requiredRead += 1
            case "host": host = try JSONRead.string(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension GRPCAction: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "port": port = try JSONRead.required(JSONRead.integer(value)); requiredRead += 1
            case "service": service = try JSONRead.string(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
