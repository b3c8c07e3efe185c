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

extension Volume: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "name": name = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "hostPath": hostPath = try JSONRead.object(value)
            case "emptyDir": emptyDir = try JSONRead.object(value)
            case "secret": secret = try JSONRead.object(value)
            case "persistentVolumeClaim": persistentVolumeClaim = try JSONRead.object(value)
            case "configMap": configMap = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension HostPathVolumeSource: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "path": path = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "type": type = try JSONRead.openEnum(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension EmptyDirVolumeSource: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "medium": medium = try JSONRead.openEnum(value)
            case "sizeLimit": sizeLimit = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension ConfigMapVolumeSource: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "name": name = try JSONRead.string(value)
            case "items": items = try JSONRead.array(value)
            case "defaultMode": defaultMode = try JSONRead.integer(value)
            case "optional": optional = try JSONRead.bool(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension SecretVolumeSource: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "secretName": secretName = try JSONRead.string(value)
            case "items": items = try JSONRead.array(value)
            case "defaultMode": defaultMode = try JSONRead.integer(value)
            case "optional": optional = try JSONRead.bool(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension KeyToPath: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "key": key = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "path": path = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "mode": mode = try JSONRead.integer(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 2 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension PersistentVolumeClaimVolumeSource: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "claimName": claimName = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "readOnly": readOnly = try JSONRead.bool(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
