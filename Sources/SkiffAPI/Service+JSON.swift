extension Service: JSONWritable {
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

extension ServiceSpec: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("ports", ports)
        writer.member("selector", selector)
        writer.member("clusterIP", clusterIP)
        writer.member("clusterIPs", clusterIPs)
        writer.member("type", type)
        writer.member("externalIPs", externalIPs)
        writer.member("sessionAffinity", sessionAffinity)
        writer.member("loadBalancerIP", loadBalancerIP)
        writer.member("externalName", externalName)
        writer.member("externalTrafficPolicy", externalTrafficPolicy)
        writer.member("publishNotReadyAddresses", publishNotReadyAddresses)
        writer.member("ipFamilies", ipFamilies)
        writer.member("ipFamilyPolicy", ipFamilyPolicy)
        writer.member("internalTrafficPolicy", internalTrafficPolicy)
        writer.endObject()
    }
}

extension ServicePort: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        writer.member("protocol", `protocol`)
        writer.member("appProtocol", appProtocol)
        writer.member("port", port)
        try writer.member("targetPort", targetPort)
        writer.member("nodePort", nodePort)
        writer.endObject()
    }
}

extension ServiceStatus: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("loadBalancer", loadBalancer)
        writer.endObject()
    }
}

extension LoadBalancerStatus: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("ingress", ingress)
        writer.endObject()
    }
}

extension LoadBalancerIngress: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("ip", ip)
        writer.member("hostname", hostname)
        writer.member("ipMode", ipMode)
        writer.endObject()
    }
}

extension Service: JSONReadable {
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

extension ServiceSpec: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "ports": ports = try JSONRead.array(value)
            case "selector": selector = try JSONRead.stringMap(value)
            case "clusterIP": clusterIP = try JSONRead.string(value)
            case "clusterIPs": clusterIPs = try JSONRead.strings(value)
            case "type": type = try JSONRead.openEnum(value)
            case "externalIPs": externalIPs = try JSONRead.strings(value)
            case "sessionAffinity": sessionAffinity = try JSONRead.openEnum(value)
            case "loadBalancerIP": loadBalancerIP = try JSONRead.string(value)
            case "externalName": externalName = try JSONRead.string(value)
            case "externalTrafficPolicy": externalTrafficPolicy = try JSONRead.openEnum(value)
            case "publishNotReadyAddresses": publishNotReadyAddresses = try JSONRead.bool(value)
            case "ipFamilies": ipFamilies = try JSONRead.openEnums(value)
            case "ipFamilyPolicy": ipFamilyPolicy = try JSONRead.openEnum(value)
            case "internalTrafficPolicy": internalTrafficPolicy = try JSONRead.openEnum(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension ServicePort: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "name": name = try JSONRead.string(value)
            case "protocol": `protocol` = try JSONRead.openEnum(value)
            case "appProtocol": appProtocol = try JSONRead.string(value)
            case "port": port = try JSONRead.required(JSONRead.integer(value)); requiredRead += 1
            case "targetPort": targetPort = try JSONRead.object(value)
            case "nodePort": nodePort = try JSONRead.integer(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension ServiceStatus: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            switch member.key {
            case "loadBalancer": loadBalancer = try JSONRead.object(member.value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension LoadBalancerStatus: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            switch member.key {
            case "ingress": ingress = try JSONRead.array(member.value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension LoadBalancerIngress: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "ip": ip = try JSONRead.string(value)
            case "hostname": hostname = try JSONRead.string(value)
            case "ipMode": ipMode = try JSONRead.string(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
