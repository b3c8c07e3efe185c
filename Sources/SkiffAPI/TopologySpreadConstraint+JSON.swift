extension TopologySpreadConstraint: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("maxSkew", maxSkew)
        writer.member("topologyKey", topologyKey)
        writer.member("whenUnsatisfiable", whenUnsatisfiable)
        try writer.member("labelSelector", labelSelector)
        writer.member("minDomains", minDomains)
        writer.member("nodeAffinityPolicy", nodeAffinityPolicy)
        writer.member("nodeTaintsPolicy", nodeTaintsPolicy)
        writer.member("matchLabelKeys", matchLabelKeys)
        writer.endObject()
    }
}

extension TopologySpreadConstraint: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "maxSkew": maxSkew = try JSONRead.required(JSONRead.integer(value)); requiredRead += 1
            case "topologyKey": topologyKey = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "whenUnsatisfiable": whenUnsatisfiable = try JSONRead.required(JSONRead.openEnum(value)); requiredRead += 1
            case "labelSelector": labelSelector = try JSONRead.object(value)
            case "minDomains": minDomains = try JSONRead.integer(value)
            case "nodeAffinityPolicy": nodeAffinityPolicy = try JSONRead.openEnum(value)
            case "nodeTaintsPolicy": nodeTaintsPolicy = try JSONRead.openEnum(value)
            case "matchLabelKeys": matchLabelKeys = try JSONRead.strings(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 3 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
