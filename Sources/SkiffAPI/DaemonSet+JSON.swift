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
