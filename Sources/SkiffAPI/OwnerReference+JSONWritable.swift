extension OwnerReference: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("apiVersion", apiVersion)
        writer.member("kind", kind)
        writer.member("name", name)
        writer.member("uid", uid)
        writer.member("controller", controller)
        writer.member("blockOwnerDeletion", blockOwnerDeletion)
        writer.endObject()
    }
}
