extension Probe: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("exec", exec)
        try writer.member("httpGet", httpGet)
        try writer.member("tcpSocket", tcpSocket)
        try writer.member("grpc", grpc)
        writer.member("initialDelaySeconds", initialDelaySeconds)
        writer.member("timeoutSeconds", timeoutSeconds)
        writer.member("periodSeconds", periodSeconds)
        writer.member("successThreshold", successThreshold)
        writer.member("failureThreshold", failureThreshold)
        writer.member("terminationGracePeriodSeconds", terminationGracePeriodSeconds)
        writer.endObject()
    }
}

extension ExecAction: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("command", command)
        writer.endObject()
    }
}

extension HTTPGetAction: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("path", path)
        try writer.member("port", port)
        writer.member("host", host)
        writer.member("scheme", scheme)
        try writer.member("httpHeaders", httpHeaders)
        writer.endObject()
    }
}

extension HTTPHeader: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        writer.member("value", value)
        writer.endObject()
    }
}

extension TCPSocketAction: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("port", port)
        writer.member("host", host)
        writer.endObject()
    }
}

extension GRPCAction: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("port", port)
        writer.member("service", service)
        writer.endObject()
    }
}
