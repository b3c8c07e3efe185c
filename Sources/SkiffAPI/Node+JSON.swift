extension Node: JSONWritable {
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

extension NodeSpec: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("podCIDR", podCIDR)
        writer.member("podCIDRs", podCIDRs)
        writer.member("providerID", providerID)
        writer.member("unschedulable", unschedulable)
        try writer.member("taints", taints)
        writer.endObject()
    }
}

extension NodeStatus: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("capacity", capacity)
        try writer.member("allocatable", allocatable)
        try writer.member("conditions", conditions)
        try writer.member("addresses", addresses)
        try writer.member("daemonEndpoints", daemonEndpoints)
        try writer.member("nodeInfo", nodeInfo)
        writer.endObject()
    }
}

extension NodeCondition: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("type", type)
        writer.member("status", status)
        try writer.member("lastHeartbeatTime", lastHeartbeatTime)
        try writer.member("lastTransitionTime", lastTransitionTime)
        writer.member("reason", reason)
        writer.member("message", message)
        writer.endObject()
    }
}

extension NodeAddress: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("type", type)
        writer.member("address", address)
        writer.endObject()
    }
}

extension NodeSystemInfo: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("machineID", machineID)
        writer.member("systemUUID", systemUUID)
        writer.member("bootID", bootID)
        writer.member("kernelVersion", kernelVersion)
        writer.member("osImage", osImage)
        writer.member("containerRuntimeVersion", containerRuntimeVersion)
        writer.member("kubeletVersion", kubeletVersion)
        writer.member("kubeProxyVersion", kubeProxyVersion)
        writer.member("operatingSystem", operatingSystem)
        writer.member("architecture", architecture)
        writer.endObject()
    }
}

extension NodeDaemonEndpoints: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("kubeletEndpoint", kubeletEndpoint)
        writer.endObject()
    }
}

extension DaemonEndpoint: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("Port", Port)
        writer.endObject()
    }
}

extension Node: JSONReadable {
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

extension NodeSpec: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "podCIDR": podCIDR = try JSONRead.string(value)
            case "podCIDRs": podCIDRs = try JSONRead.strings(value)
            case "providerID": providerID = try JSONRead.string(value)
            case "unschedulable": unschedulable = try JSONRead.bool(value)
            case "taints": taints = try JSONRead.array(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension NodeStatus: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "capacity": capacity = try JSONRead.map(value)
            case "allocatable": allocatable = try JSONRead.map(value)
            case "conditions": conditions = try JSONRead.array(value)
            case "addresses": addresses = try JSONRead.array(value)
            case "daemonEndpoints": daemonEndpoints = try JSONRead.object(value)
            case "nodeInfo": nodeInfo = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension NodeCondition: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "type": type = try JSONRead.required(JSONRead.openEnum(value)); requiredRead += 1
            case "status": status = try JSONRead.required(JSONRead.openEnum(value)); requiredRead += 1
            case "lastHeartbeatTime": lastHeartbeatTime = try JSONRead.object(value)
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

extension NodeAddress: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "type": type = try JSONRead.required(JSONRead.openEnum(value)); requiredRead += 1
            case "address": address = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            default: unknown.append(member)
            }
        }
        guard requiredRead == 2 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension NodeSystemInfo: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "machineID": machineID = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "systemUUID": systemUUID = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "bootID": bootID = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "kernelVersion": kernelVersion = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "osImage": osImage = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "containerRuntimeVersion": containerRuntimeVersion = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "kubeletVersion": kubeletVersion = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "kubeProxyVersion": kubeProxyVersion = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "operatingSystem": operatingSystem = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "architecture": architecture = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            default: unknown.append(member)
            }
        }
        guard requiredRead == 10 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension NodeDaemonEndpoints: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            switch member.key {
            case "kubeletEndpoint": kubeletEndpoint = try JSONRead.object(member.value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension DaemonEndpoint: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            switch member.key {
            case "Port": Port = try JSONRead.required(JSONRead.integer(member.value)); requiredRead += 1
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
