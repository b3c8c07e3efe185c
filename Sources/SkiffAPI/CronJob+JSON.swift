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
