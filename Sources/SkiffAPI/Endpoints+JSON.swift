extension Endpoints: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("apiVersion", apiVersion)
        writer.member("kind", kind)
        try writer.member("metadata", metadata)
        try writer.member("subsets", subsets)
        writer.endObject()
    }
}

extension EndpointSubset: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("addresses", addresses)
        try writer.member("notReadyAddresses", notReadyAddresses)
        try writer.member("ports", ports)
        writer.endObject()
    }
}

extension EndpointAddress: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("ip", ip)
        writer.member("hostname", hostname)
        writer.member("nodeName", nodeName)
        try writer.member("targetRef", targetRef)
        writer.endObject()
    }
}

extension EndpointPort: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        writer.member("port", port)
        writer.member("protocol", `protocol`)
        writer.member("appProtocol", appProtocol)
        writer.endObject()
    }
}

extension Endpoints: JSONReadable {
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
            case "subsets": subsets = try JSONRead.array(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension EndpointSubset: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "addresses": addresses = try JSONRead.array(value)
            case "notReadyAddresses": notReadyAddresses = try JSONRead.array(value)
            case "ports": ports = try JSONRead.array(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension EndpointAddress: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "ip": ip = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "hostname": hostname = try JSONRead.string(value)
            case "nodeName": nodeName = try JSONRead.string(value)
            case "targetRef": targetRef = try JSONRead.object(value, as: ObjectReference.self)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension EndpointPort: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "name": name = try JSONRead.string(value)
            case "port": port = try JSONRead.required(JSONRead.integer(value)); requiredRead += 1
            case "protocol": `protocol` = try JSONRead.openEnum(value)
            case "appProtocol": appProtocol = try JSONRead.string(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
