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

extension StatefulSet: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "apiVersion": apiVersion = try JSONRead.string(value)
            case "kind": kind = try JSONRead.string(value)
            case "metadata": metadata = try JSONRead.required(JSONRead.object(value)); requiredRead += 1
            case "spec": spec = try JSONRead.object(value)
            case "status": status = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension StatefulSetSpec: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "replicas": replicas = try JSONRead.integer(value)
            case "selector": selector = try JSONRead.object(value)
            case "template": template = try JSONRead.required(JSONRead.object(value)); requiredRead += 1
            case "volumeClaimTemplates": volumeClaimTemplates = try JSONRead.array(value)
            case "serviceName": serviceName = try JSONRead.string(value)
            case "podManagementPolicy": podManagementPolicy = try JSONRead.openEnum(value)
            case "updateStrategy": updateStrategy = try JSONRead.object(value)
            case "revisionHistoryLimit": revisionHistoryLimit = try JSONRead.integer(value)
            case "minReadySeconds": minReadySeconds = try JSONRead.integer(value)
            case "persistentVolumeClaimRetentionPolicy": persistentVolumeClaimRetentionPolicy = try JSONRead.object(value)
            case "ordinals": ordinals = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension StatefulSetUpdateStrategy: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "type": type = try JSONRead.openEnum(value)
            case "rollingUpdate": rollingUpdate = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension RollingUpdateStatefulSetStrategy: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "partition": partition = try JSONRead.integer(value)
            case "maxUnavailable": maxUnavailable = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension StatefulSetPersistentVolumeClaimRetentionPolicy: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "whenDeleted": whenDeleted = try JSONRead.openEnum(value)
            case "whenScaled": whenScaled = try JSONRead.openEnum(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension StatefulSetOrdinals: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "start": start = try JSONRead.integer(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension StatefulSetStatus: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "observedGeneration": observedGeneration = try JSONRead.integer(value)
            case "replicas": replicas = try JSONRead.required(JSONRead.integer(value)); requiredRead += 1
            case "readyReplicas": readyReplicas = try JSONRead.integer(value)
            case "currentReplicas": currentReplicas = try JSONRead.integer(value)
            case "updatedReplicas": updatedReplicas = try JSONRead.integer(value)
            case "currentRevision": currentRevision = try JSONRead.string(value)
            case "updateRevision": updateRevision = try JSONRead.string(value)
            case "collisionCount": collisionCount = try JSONRead.integer(value)
            case "conditions": conditions = try JSONRead.array(value)
            case "availableReplicas": availableReplicas = try JSONRead.integer(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension StatefulSetCondition: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "type": type = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "status": status = try JSONRead.required(JSONRead.openEnum(value)); requiredRead += 1
            case "lastTransitionTime": lastTransitionTime = try JSONRead.object(value)
            case "reason": reason = try JSONRead.string(value)
            case "message": message = try JSONRead.string(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 2 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
