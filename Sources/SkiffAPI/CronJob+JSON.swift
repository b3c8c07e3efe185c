extension CronJob: JSONWritable {
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

extension CronJobSpec: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("schedule", schedule)
        writer.member("timeZone", timeZone)
        writer.member("startingDeadlineSeconds", startingDeadlineSeconds)
        writer.member("concurrencyPolicy", concurrencyPolicy)
        writer.member("suspend", suspend)
        try writer.member("jobTemplate", jobTemplate)
        writer.member("successfulJobsHistoryLimit", successfulJobsHistoryLimit)
        writer.member("failedJobsHistoryLimit", failedJobsHistoryLimit)
        writer.endObject()
    }
}

extension JobTemplateSpec: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("metadata", metadata)
        try writer.member("spec", spec)
        writer.endObject()
    }
}

extension CronJobStatus: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("active", active)
        try writer.member("lastScheduleTime", lastScheduleTime)
        try writer.member("lastSuccessfulTime", lastSuccessfulTime)
        writer.endObject()
    }
}

extension CronJob: JSONReadable {
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

extension CronJobSpec: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "schedule": schedule = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "timeZone": timeZone = try JSONRead.string(value)
            case "startingDeadlineSeconds": startingDeadlineSeconds = try JSONRead.integer(value)
            case "concurrencyPolicy": concurrencyPolicy = try JSONRead.openEnum(value)
            case "suspend": suspend = try JSONRead.bool(value)
            case "jobTemplate": jobTemplate = try JSONRead.required(JSONRead.object(value)); requiredRead += 1
            case "successfulJobsHistoryLimit": successfulJobsHistoryLimit = try JSONRead.integer(value)
            case "failedJobsHistoryLimit": failedJobsHistoryLimit = try JSONRead.integer(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 2 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension JobTemplateSpec: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "metadata": metadata = try JSONRead.object(value)
            case "spec": spec = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension CronJobStatus: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "active": active = try JSONRead.array(value)
            case "lastScheduleTime": lastScheduleTime = try JSONRead.object(value)
            case "lastSuccessfulTime": lastSuccessfulTime = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
