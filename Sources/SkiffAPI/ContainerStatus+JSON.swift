extension ContainerStatus: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        try writer.member("state", state)
        try writer.member("lastState", lastState)
        writer.member("ready", ready)
        writer.member("restartCount", restartCount)
        writer.member("image", image)
        writer.member("imageID", imageID)
        writer.member("containerID", containerID)
        writer.member("started", started)
        writer.endObject()
    }
}

extension ContainerState: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("waiting", waiting)
        try writer.member("running", running)
        try writer.member("terminated", terminated)
        writer.endObject()
    }
}

extension ContainerStateWaiting: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("reason", reason)
        writer.member("message", message)
        writer.endObject()
    }
}

extension ContainerStateRunning: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("startedAt", startedAt)
        writer.endObject()
    }
}

extension ContainerStateTerminated: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("exitCode", exitCode)
        writer.member("signal", signal)
        writer.member("reason", reason)
        writer.member("message", message)
        try writer.member("startedAt", startedAt)
        try writer.member("finishedAt", finishedAt)
        writer.member("containerID", containerID)
        writer.endObject()
    }
}

extension ContainerStatus: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "name": name = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "state": state = try JSONRead.object(value)
            case "lastState": lastState = try JSONRead.object(value)
            case "ready": ready = try JSONRead.required(JSONRead.bool(value)); requiredRead += 1
            case "restartCount": restartCount = try JSONRead.required(JSONRead.integer(value)); requiredRead += 1
            case "image": image = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "imageID": imageID = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "containerID": containerID = try JSONRead.string(value)
            case "started": started = try JSONRead.bool(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 5 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension ContainerState: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "waiting": waiting = try JSONRead.object(value)
            case "running": running = try JSONRead.object(value)
            case "terminated": terminated = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension ContainerStateWaiting: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "reason": reason = try JSONRead.string(value)
            case "message": message = try JSONRead.string(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension ContainerStateRunning: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "startedAt": startedAt = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension ContainerStateTerminated: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "exitCode": exitCode = try JSONRead.required(JSONRead.integer(value)); requiredRead += 1
            case "signal": signal = try JSONRead.integer(value)
            case "reason": reason = try JSONRead.string(value)
            case "message": message = try JSONRead.string(value)
            case "startedAt": startedAt = try JSONRead.object(value)
            case "finishedAt": finishedAt = try JSONRead.object(value)
            case "containerID": containerID = try JSONRead.string(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
