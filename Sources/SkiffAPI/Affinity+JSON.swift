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
