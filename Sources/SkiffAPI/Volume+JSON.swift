extension Volume: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        try writer.member("hostPath", hostPath)
        try writer.member("emptyDir", emptyDir)
        try writer.member("secret", secret)
        try writer.member("persistentVolumeClaim", persistentVolumeClaim)
        try writer.member("configMap", configMap)
        writer.endObject()
    }
}

extension HostPathVolumeSource: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("path", path)
        writer.member("type", type)
        writer.endObject()
    }
}

extension EmptyDirVolumeSource: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("medium", medium)
        try writer.member("sizeLimit", sizeLimit)
        writer.endObject()
    }
}

extension ConfigMapVolumeSource: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        try writer.member("items", items)
        writer.member("defaultMode", defaultMode)
        writer.member("optional", optional)
        writer.endObject()
    }
}

extension SecretVolumeSource: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("secretName", secretName)
        try writer.member("items", items)
        writer.member("defaultMode", defaultMode)
        writer.member("optional", optional)
        writer.endObject()
    }
}

extension KeyToPath: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("key", key)
        writer.member("path", path)
        writer.member("mode", mode)
        writer.endObject()
    }
}

extension PersistentVolumeClaimVolumeSource: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("claimName", claimName)
        writer.member("readOnly", readOnly)
        writer.endObject()
    }
}
