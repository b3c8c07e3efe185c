extension DaemonSet: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("apiVersion", apiVersion)
        writer.member("kind", kind)
        try writer.member("metadata", metadata)
        try writer.member("spec", spec)
        try writer.member("status", status)
        writer.endObject()
    }
}

extension DaemonSetSpec: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("selector", selector)
        try writer.member("template", template)
        try writer.member("updateStrategy", updateStrategy)
        writer.member("minReadySeconds", minReadySeconds)
        writer.member("revisionHistoryLimit", revisionHistoryLimit)
        writer.endObject()
    }
}

extension DaemonSetUpdateStrategy: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("type", type)
        try writer.member("rollingUpdate", rollingUpdate)
        writer.endObject()
    }
}

extension RollingUpdateDaemonSet: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("maxUnavailable", maxUnavailable)
        try writer.member("maxSurge", maxSurge)
        writer.endObject()
    }
}

extension DaemonSetStatus: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("currentNumberScheduled", currentNumberScheduled)
        writer.member("numberMisscheduled", numberMisscheduled)
        writer.member("desiredNumberScheduled", desiredNumberScheduled)
        writer.member("numberReady", numberReady)
        writer.member("observedGeneration", observedGeneration)
        writer.member("updatedNumberScheduled", updatedNumberScheduled)
        writer.member("numberAvailable", numberAvailable)
        writer.member("numberUnavailable", numberUnavailable)
        writer.member("collisionCount", collisionCount)
        try writer.member("conditions", conditions)
        writer.endObject()
    }
}

extension DaemonSetCondition: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("type", type)
        writer.member("status", status)
        try writer.member("lastTransitionTime", lastTransitionTime)
        writer.member("reason", reason)
        writer.member("message", message)
        writer.endObject()
    }
}

extension DaemonSet: JSONReadable {
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
            case "spec": spec = try JSONRead.object(value)
            case "status": status = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension DaemonSetSpec: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "selector": selector = try JSONRead.object(value)
            case "template": template = try JSONRead.required(JSONRead.object(value)); requiredRead += 1
            case "updateStrategy": updateStrategy = try JSONRead.object(value)
            case "minReadySeconds": minReadySeconds = try JSONRead.integer(value)
            case "revisionHistoryLimit": revisionHistoryLimit = try JSONRead.integer(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension DaemonSetUpdateStrategy: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "type": type = try JSONRead.openEnum(value)
            case "rollingUpdate": rollingUpdate = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension RollingUpdateDaemonSet: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "maxUnavailable": maxUnavailable = try JSONRead.object(value)
            case "maxSurge": maxSurge = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension DaemonSetStatus: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "currentNumberScheduled": currentNumberScheduled = try JSONRead.required(JSONRead.integer(value)); requiredRead += 1
            case "numberMisscheduled": numberMisscheduled = try JSONRead.required(JSONRead.integer(value)); requiredRead += 1
            case "desiredNumberScheduled": desiredNumberScheduled = try JSONRead.required(JSONRead.integer(value)); requiredRead += 1
            case "numberReady": numberReady = try JSONRead.required(JSONRead.integer(value)); requiredRead += 1
            case "observedGeneration": observedGeneration = try JSONRead.integer(value)
            case "updatedNumberScheduled": updatedNumberScheduled = try JSONRead.integer(value)
            case "numberAvailable": numberAvailable = try JSONRead.integer(value)
            case "numberUnavailable": numberUnavailable = try JSONRead.integer(value)
            case "collisionCount": collisionCount = try JSONRead.integer(value)
            case "conditions": conditions = try JSONRead.array(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 4 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension DaemonSetCondition: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "type": type = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "status": status = try JSONRead.required(JSONRead.openEnum(value)); requiredRead += 1
            case "lastTransitionTime": lastTransitionTime = try JSONRead.object(value)
            case "reason": reason = try JSONRead.string(value)
            case "message": message = try JSONRead.string(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 2 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
