extension ReplicaSet: JSONWritable {
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

extension ReplicaSetSpec: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("replicas", replicas)
        writer.member("minReadySeconds", minReadySeconds)
        try writer.member("selector", selector)
        try writer.member("template", template)
        writer.endObject()
    }
}

extension ReplicaSetStatus: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("replicas", replicas)
        writer.member("fullyLabeledReplicas", fullyLabeledReplicas)
        writer.member("readyReplicas", readyReplicas)
        writer.member("availableReplicas", availableReplicas)
        writer.member("terminatingReplicas", terminatingReplicas)
        writer.member("observedGeneration", observedGeneration)
        try writer.member("conditions", conditions)
        writer.endObject()
    }
}

extension ReplicaSetCondition: JSONWritable {
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
