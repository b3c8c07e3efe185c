extension Lifecycle: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("postStart", postStart)
        try writer.member("preStop", preStop)
        writer.member("stopSignal", stopSignal)
        writer.endObject()
    }
}

extension LifecycleHandler: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("exec", exec)
        try writer.member("httpGet", httpGet)
        try writer.member("tcpSocket", tcpSocket)
        try writer.member("sleep", sleep)
        writer.endObject()
    }
}

extension SleepAction: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("seconds", seconds)
        writer.endObject()
    }
}
