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
