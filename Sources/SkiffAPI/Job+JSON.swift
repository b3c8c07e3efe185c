extension Job: JSONWritable {
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

extension JobSpec: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("parallelism", parallelism)
        writer.member("completions", completions)
        writer.member("activeDeadlineSeconds", activeDeadlineSeconds)
        writer.member("backoffLimit", backoffLimit)
        try writer.member("selector", selector)
        writer.member("manualSelector", manualSelector)
        try writer.member("template", template)
        writer.member("ttlSecondsAfterFinished", ttlSecondsAfterFinished)
        writer.member("completionMode", completionMode)
        writer.member("suspend", suspend)
        writer.endObject()
    }
}

extension JobStatus: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("conditions", conditions)
        try writer.member("startTime", startTime)
        try writer.member("completionTime", completionTime)
        writer.member("active", active)
        writer.member("succeeded", succeeded)
        writer.member("failed", failed)
        writer.member("terminating", terminating)
        writer.member("completedIndexes", completedIndexes)
        try writer.member("uncountedTerminatedPods", uncountedTerminatedPods)
        writer.member("ready", ready)
        writer.endObject()
    }
}

extension JobCondition: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("type", type)
        writer.member("status", status)
        try writer.member("lastProbeTime", lastProbeTime)
        try writer.member("lastTransitionTime", lastTransitionTime)
        writer.member("reason", reason)
        writer.member("message", message)
        writer.endObject()
    }
}

extension UncountedTerminatedPods: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("succeeded", succeeded)
        writer.member("failed", failed)
        writer.endObject()
    }
}

extension Job: JSONReadable {
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

extension JobSpec: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "parallelism": parallelism = try JSONRead.integer(value)
            case "completions": completions = try JSONRead.integer(value)
            case "activeDeadlineSeconds": activeDeadlineSeconds = try JSONRead.integer(value)
            case "backoffLimit": backoffLimit = try JSONRead.integer(value)
            case "selector": selector = try JSONRead.object(value)
            case "manualSelector": manualSelector = try JSONRead.bool(value)
            case "template": template = try JSONRead.required(JSONRead.object(value)); requiredRead += 1
            case "ttlSecondsAfterFinished": ttlSecondsAfterFinished = try JSONRead.integer(value)
            case "completionMode": completionMode = try JSONRead.openEnum(value)
            case "suspend": suspend = try JSONRead.bool(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension JobStatus: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "conditions": conditions = try JSONRead.array(value)
            case "startTime": startTime = try JSONRead.object(value)
            case "completionTime": completionTime = try JSONRead.object(value)
            case "active": active = try JSONRead.integer(value)
            case "succeeded": succeeded = try JSONRead.integer(value)
            case "failed": failed = try JSONRead.integer(value)
            case "terminating": terminating = try JSONRead.integer(value)
            case "completedIndexes": completedIndexes = try JSONRead.string(value)
            case "uncountedTerminatedPods": uncountedTerminatedPods = try JSONRead.object(value)
            case "ready": ready = try JSONRead.integer(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension JobCondition: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "type": type = try JSONRead.required(JSONRead.openEnum(value)); requiredRead += 1
            case "status": status = try JSONRead.required(JSONRead.openEnum(value)); requiredRead += 1
            case "lastProbeTime": lastProbeTime = try JSONRead.object(value)
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

extension UncountedTerminatedPods: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "succeeded": succeeded = try JSONRead.strings(value)
            case "failed": failed = try JSONRead.strings(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
