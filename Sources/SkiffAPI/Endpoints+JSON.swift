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
