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

extension ReplicaSet: JSONReadable {
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

extension ReplicaSetSpec: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "replicas": replicas = try JSONRead.integer(value)
            case "minReadySeconds": minReadySeconds = try JSONRead.integer(value)
            case "selector": selector = try JSONRead.object(value)
            case "template": template = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension ReplicaSetStatus: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "replicas": replicas = try JSONRead.required(JSONRead.integer(value)); requiredRead += 1
            case "fullyLabeledReplicas": fullyLabeledReplicas = try JSONRead.integer(value)
            case "readyReplicas": readyReplicas = try JSONRead.integer(value)
            case "availableReplicas": availableReplicas = try JSONRead.integer(value)
            case "terminatingReplicas": terminatingReplicas = try JSONRead.integer(value)
            case "observedGeneration": observedGeneration = try JSONRead.integer(value)
            case "conditions": conditions = try JSONRead.array(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension ReplicaSetCondition: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "type": type = try JSONRead.required(JSONRead.openEnum(value)); requiredRead += 1
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
