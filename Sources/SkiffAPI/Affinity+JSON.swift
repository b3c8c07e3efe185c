extension Affinity: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("nodeAffinity", nodeAffinity)
        try writer.member("podAffinity", podAffinity)
        try writer.member("podAntiAffinity", podAntiAffinity)
        writer.endObject()
    }
}

extension NodeAffinity: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("requiredDuringSchedulingIgnoredDuringExecution", requiredDuringSchedulingIgnoredDuringExecution)
        try writer.member("preferredDuringSchedulingIgnoredDuringExecution", preferredDuringSchedulingIgnoredDuringExecution)
        writer.endObject()
    }
}

extension NodeSelector: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("nodeSelectorTerms", nodeSelectorTerms)
        writer.endObject()
    }
}

extension NodeSelectorTerm: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("matchExpressions", matchExpressions)
        try writer.member("matchFields", matchFields)
        writer.endObject()
    }
}

extension NodeSelectorRequirement: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("key", key)
        writer.member("operator", `operator`)
        writer.member("values", values)
        writer.endObject()
    }
}

extension PreferredSchedulingTerm: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("weight", weight)
        try writer.member("preference", preference)
        writer.endObject()
    }
}

extension PodAffinity: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("requiredDuringSchedulingIgnoredDuringExecution", requiredDuringSchedulingIgnoredDuringExecution)
        try writer.member("preferredDuringSchedulingIgnoredDuringExecution", preferredDuringSchedulingIgnoredDuringExecution)
        writer.endObject()
    }
}

extension PodAntiAffinity: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("requiredDuringSchedulingIgnoredDuringExecution", requiredDuringSchedulingIgnoredDuringExecution)
        try writer.member("preferredDuringSchedulingIgnoredDuringExecution", preferredDuringSchedulingIgnoredDuringExecution)
        writer.endObject()
    }
}

extension PodAffinityTerm: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("labelSelector", labelSelector)
        writer.member("namespaces", namespaces)
        writer.member("topologyKey", topologyKey)
        try writer.member("namespaceSelector", namespaceSelector)
        writer.member("matchLabelKeys", matchLabelKeys)
        writer.member("mismatchLabelKeys", mismatchLabelKeys)
        writer.endObject()
    }
}

extension WeightedPodAffinityTerm: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("weight", weight)
        try writer.member("podAffinityTerm", podAffinityTerm)
        writer.endObject()
    }
}

extension Affinity: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "nodeAffinity": nodeAffinity = try JSONRead.object(value)
            case "podAffinity": podAffinity = try JSONRead.object(value)
            case "podAntiAffinity": podAntiAffinity = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension NodeAffinity: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "requiredDuringSchedulingIgnoredDuringExecution": requiredDuringSchedulingIgnoredDuringExecution = try JSONRead.object(value)
            case "preferredDuringSchedulingIgnoredDuringExecution": preferredDuringSchedulingIgnoredDuringExecution = try JSONRead.array(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension NodeSelector: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "nodeSelectorTerms": nodeSelectorTerms = try JSONRead.required(JSONRead.array(value)); requiredRead += 1
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension NodeSelectorTerm: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "matchExpressions": matchExpressions = try JSONRead.array(value)
            case "matchFields": matchFields = try JSONRead.array(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension NodeSelectorRequirement: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "key": key = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "operator": `operator` = try JSONRead.required(JSONRead.openEnum(value)); requiredRead += 1
            case "values": values = try JSONRead.strings(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 2 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension PreferredSchedulingTerm: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "weight": weight = try JSONRead.required(JSONRead.integer(value)); requiredRead += 1
            case "preference": preference = try JSONRead.required(JSONRead.object(value)); requiredRead += 1
            default: unknown.append(member)
            }
        }
        guard requiredRead == 2 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension PodAffinity: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "requiredDuringSchedulingIgnoredDuringExecution": requiredDuringSchedulingIgnoredDuringExecution = try JSONRead.array(value)
            case "preferredDuringSchedulingIgnoredDuringExecution": preferredDuringSchedulingIgnoredDuringExecution = try JSONRead.array(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension PodAntiAffinity: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "requiredDuringSchedulingIgnoredDuringExecution": requiredDuringSchedulingIgnoredDuringExecution = try JSONRead.array(value)
            case "preferredDuringSchedulingIgnoredDuringExecution": preferredDuringSchedulingIgnoredDuringExecution = try JSONRead.array(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension PodAffinityTerm: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "labelSelector": labelSelector = try JSONRead.object(value)
            case "namespaces": namespaces = try JSONRead.strings(value)
            case "topologyKey": topologyKey = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "namespaceSelector": namespaceSelector = try JSONRead.object(value)
            case "matchLabelKeys": matchLabelKeys = try JSONRead.strings(value)
            case "mismatchLabelKeys": mismatchLabelKeys = try JSONRead.strings(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension WeightedPodAffinityTerm: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "weight": weight = try JSONRead.required(JSONRead.integer(value)); requiredRead += 1
            case "podAffinityTerm": podAffinityTerm = try JSONRead.required(JSONRead.object(value)); requiredRead += 1
            default: unknown.append(member)
            }
        }
        guard requiredRead == 2 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
