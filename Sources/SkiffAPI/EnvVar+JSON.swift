extension EnvVar: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        writer.member("value", value)
        try writer.member("valueFrom", valueFrom)
        writer.endObject()
    }
}

extension EnvVarSource: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("fieldRef", fieldRef)
        try writer.member("resourceFieldRef", resourceFieldRef)
        try writer.member("configMapKeyRef", configMapKeyRef)
        try writer.member("secretKeyRef", secretKeyRef)
        writer.endObject()
    }
}

extension ObjectFieldSelector: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("apiVersion", apiVersion)
        writer.member("fieldPath", fieldPath)
        writer.endObject()
    }
}

extension ResourceFieldSelector: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("containerName", containerName)
        writer.member("resource", resource)
        try writer.member("divisor", divisor)
        writer.endObject()
    }
}

extension ConfigMapKeySelector: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        writer.member("key", key)
        writer.member("optional", optional)
        writer.endObject()
    }
}

extension SecretKeySelector: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        writer.member("key", key)
        writer.member("optional", optional)
        writer.endObject()
    }
}

extension EnvFromSource: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("prefix", prefix)
        try writer.member("configMapRef", configMapRef)
        try writer.member("secretRef", secretRef)
        writer.endObject()
    }
}

extension ConfigMapEnvSource: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        writer.member("optional", optional)
        writer.endObject()
    }
}

extension SecretEnvSource: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        writer.member("optional", optional)
        writer.endObject()
    }
}
