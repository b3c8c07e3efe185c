extension Deployment: JSONWritable {
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

extension DeploymentSpec: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("replicas", replicas)
        try writer.member("selector", selector)
        try writer.member("template", template)
        try writer.member("strategy", strategy)
        writer.member("minReadySeconds", minReadySeconds)
        writer.member("revisionHistoryLimit", revisionHistoryLimit)
        writer.member("paused", paused)
        writer.member("progressDeadlineSeconds", progressDeadlineSeconds)
        writer.endObject()
    }
}

extension DeploymentStrategy: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("type", type)
        try writer.member("rollingUpdate", rollingUpdate)
        writer.endObject()
    }
}

extension RollingUpdateDeployment: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("maxUnavailable", maxUnavailable)
        try writer.member("maxSurge", maxSurge)
        writer.endObject()
    }
}

extension DeploymentStatus: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("observedGeneration", observedGeneration)
        writer.member("replicas", replicas)
        writer.member("updatedReplicas", updatedReplicas)
        writer.member("readyReplicas", readyReplicas)
        writer.member("availableReplicas", availableReplicas)
        writer.member("unavailableReplicas", unavailableReplicas)
        writer.member("terminatingReplicas", terminatingReplicas)
        try writer.member("conditions", conditions)
        writer.member("collisionCount", collisionCount)
        writer.endObject()
    }
}

extension DeploymentCondition: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("type", type)
        writer.member("status", status)
        try writer.member("lastUpdateTime", lastUpdateTime)
        try writer.member("lastTransitionTime", lastTransitionTime)
        writer.member("reason", reason)
        writer.member("message", message)
        writer.endObject()
    }
}
