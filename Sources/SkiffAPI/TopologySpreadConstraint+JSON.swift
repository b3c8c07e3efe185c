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
