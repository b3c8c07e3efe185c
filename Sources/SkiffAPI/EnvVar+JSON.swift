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

extension EnvVar: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "name": name = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "value": self.value = try JSONRead.string(value)
            case "valueFrom": valueFrom = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension EnvVarSource: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "fieldRef": fieldRef = try JSONRead.object(value)
            case "resourceFieldRef": resourceFieldRef = try JSONRead.object(value)
            case "configMapKeyRef": configMapKeyRef = try JSONRead.object(value)
            case "secretKeyRef": secretKeyRef = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension ObjectFieldSelector: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "apiVersion": apiVersion = try JSONRead.string(value)
            case "fieldPath": fieldPath = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension ResourceFieldSelector: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "containerName": containerName = try JSONRead.string(value)
            case "resource": resource = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "divisor": divisor = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension ConfigMapKeySelector: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "name": name = try JSONRead.string(value)
            case "key": key = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "optional": optional = try JSONRead.bool(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension SecretKeySelector: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "name": name = try JSONRead.string(value)
            case "key": key = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "optional": optional = try JSONRead.bool(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension EnvFromSource: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "prefix": prefix = try JSONRead.string(value)
            case "configMapRef": configMapRef = try JSONRead.object(value)
            case "secretRef": secretRef = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension ConfigMapEnvSource: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "name": name = try JSONRead.string(value)
            case "optional": optional = try JSONRead.bool(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension SecretEnvSource: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "name": name = try JSONRead.string(value)
            case "optional": optional = try JSONRead.bool(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
