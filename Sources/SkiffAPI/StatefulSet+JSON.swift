extension StatefulSet: JSONWritable {
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

extension StatefulSetSpec: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("replicas", replicas)
        try writer.member("selector", selector)
        try writer.member("template", template)
        try writer.member("volumeClaimTemplates", volumeClaimTemplates)
        writer.member("serviceName", serviceName)
        writer.member("podManagementPolicy", podManagementPolicy)
        try writer.member("updateStrategy", updateStrategy)
        writer.member("revisionHistoryLimit", revisionHistoryLimit)
        writer.member("minReadySeconds", minReadySeconds)
        try writer.member("persistentVolumeClaimRetentionPolicy", persistentVolumeClaimRetentionPolicy)
        try writer.member("ordinals", ordinals)
        writer.endObject()
    }
}

extension StatefulSetUpdateStrategy: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("type", type)
        try writer.member("rollingUpdate", rollingUpdate)
        writer.endObject()
    }
}

extension RollingUpdateStatefulSetStrategy: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("partition", partition)
        try writer.member("maxUnavailable", maxUnavailable)
        writer.endObject()
    }
}

extension StatefulSetPersistentVolumeClaimRetentionPolicy: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("whenDeleted", whenDeleted)
        writer.member("whenScaled", whenScaled)
        writer.endObject()
    }
}

extension StatefulSetOrdinals: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("start", start)
        writer.endObject()
    }
}

extension StatefulSetStatus: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("observedGeneration", observedGeneration)
        writer.member("replicas", replicas)
        writer.member("readyReplicas", readyReplicas)
        writer.member("currentReplicas", currentReplicas)
        writer.member("updatedReplicas", updatedReplicas)
        writer.member("currentRevision", currentRevision)
        writer.member("updateRevision", updateRevision)
        writer.member("collisionCount", collisionCount)
        try writer.member("conditions", conditions)
        writer.member("availableReplicas", availableReplicas)
        writer.endObject()
    }
}

extension StatefulSetCondition: JSONWritable {
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
