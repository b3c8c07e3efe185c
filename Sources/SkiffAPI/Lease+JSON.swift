extension Lease: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("apiVersion", apiVersion)
        writer.member("kind", kind)
        try writer.member("metadata", metadata)
        try writer.member("spec", spec)
        writer.endObject()
    }
}

extension LeaseSpec: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("holderIdentity", holderIdentity)
        writer.member("leaseDurationSeconds", leaseDurationSeconds)
        try writer.member("acquireTime", acquireTime)
        try writer.member("renewTime", renewTime)
        writer.member("leaseTransitions", leaseTransitions)
        writer.member("strategy", strategy)
        writer.member("preferredHolder", preferredHolder)
        writer.endObject()
    }
}

extension Lease: JSONReadable {
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
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension LeaseSpec: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "holderIdentity": holderIdentity = try JSONRead.string(value)
            case "leaseDurationSeconds": leaseDurationSeconds = try JSONRead.integer(value)
            case "acquireTime": acquireTime = try JSONRead.object(value)
            case "renewTime": renewTime = try JSONRead.object(value)
            case "leaseTransitions": leaseTransitions = try JSONRead.integer(value)
            case "strategy": strategy = try JSONRead.string(value)
            case "preferredHolder": preferredHolder = try JSONRead.string(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
