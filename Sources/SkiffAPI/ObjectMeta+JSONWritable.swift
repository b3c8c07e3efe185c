extension ObjectMeta: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        writer.member("generateName", generateName)
        writer.member("namespace", namespace)
        writer.member("uid", uid)
        writer.member("resourceVersion", resourceVersion)
        writer.member("generation", generation)
        try writer.member("creationTimestamp", creationTimestamp)
        try writer.member("deletionTimestamp", deletionTimestamp)
        writer.member("deletionGracePeriodSeconds", deletionGracePeriodSeconds)
        writer.member("labels", labels)
        writer.member("annotations", annotations)
        try writer.member("ownerReferences", ownerReferences)
        writer.member("finalizers", finalizers)
        writer.endObject()
    }
}
