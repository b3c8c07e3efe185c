extension Deployment: JSONWritable {
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

extension DeploymentSpec: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("replicas", replicas)
        try writer.member("selector", selector)
        try writer.member("template", template)
        try writer.member("strategy", strategy)
        writer.member("minReadySeconds", minReadySeconds)
        writer.member("revisionHistoryLimit", revisionHistoryLimit)
        writer.member("paused", paused)
        writer.member("progressDeadlineSeconds", progressDeadlineSeconds)
        writer.endObject()
    }
}

extension DeploymentStrategy: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("type", type)
        try writer.member("rollingUpdate", rollingUpdate)
        writer.endObject()
    }
}

extension RollingUpdateDeployment: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("maxUnavailable", maxUnavailable)
        try writer.member("maxSurge", maxSurge)
        writer.endObject()
    }
}

extension DeploymentStatus: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("observedGeneration", observedGeneration)
        writer.member("replicas", replicas)
        writer.member("updatedReplicas", updatedReplicas)
        writer.member("readyReplicas", readyReplicas)
        writer.member("availableReplicas", availableReplicas)
        writer.member("unavailableReplicas", unavailableReplicas)
        writer.member("terminatingReplicas", terminatingReplicas)
        try writer.member("conditions", conditions)
        writer.member("collisionCount", collisionCount)
        writer.endObject()
    }
}

extension DeploymentCondition: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("type", type)
        writer.member("status", status)
        try writer.member("lastUpdateTime", lastUpdateTime)
        try writer.member("lastTransitionTime", lastTransitionTime)
        writer.member("reason", reason)
        writer.member("message", message)
        writer.endObject()
    }
}

extension Deployment: JSONReadable {
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

extension DeploymentSpec: JSONReadable {
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
            case "strategy": strategy = try JSONRead.object(value)
            case "minReadySeconds": minReadySeconds = try JSONRead.integer(value)
            case "revisionHistoryLimit": revisionHistoryLimit = try JSONRead.integer(value)
            case "paused": paused = try JSONRead.bool(value)
            case "progressDeadlineSeconds": progressDeadlineSeconds = try JSONRead.integer(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension DeploymentStrategy: JSONReadable {
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

extension RollingUpdateDeployment: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "maxUnavailable": maxUnavailable = try JSONRead.object(value)
            case "maxSurge": maxSurge = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension DeploymentStatus: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "observedGeneration": observedGeneration = try JSONRead.integer(value)
            case "replicas": replicas = try JSONRead.integer(value)
            case "updatedReplicas": updatedReplicas = try JSONRead.integer(value)
            case "readyReplicas": readyReplicas = try JSONRead.integer(value)
            case "availableReplicas": availableReplicas = try JSONRead.integer(value)
            case "unavailableReplicas": unavailableReplicas = try JSONRead.integer(value)
            case "terminatingReplicas": terminatingReplicas = try JSONRead.integer(value)
            case "conditions": conditions = try JSONRead.array(value)
            case "collisionCount": collisionCount = try JSONRead.integer(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension DeploymentCondition: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "type": type = try JSONRead.required(JSONRead.openEnum(value)); requiredRead += 1
            case "status": status = try JSONRead.required(JSONRead.openEnum(value)); requiredRead += 1
            case "lastUpdateTime": lastUpdateTime = try JSONRead.object(value)
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
