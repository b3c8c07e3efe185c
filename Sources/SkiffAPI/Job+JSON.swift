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
