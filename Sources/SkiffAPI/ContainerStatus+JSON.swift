extension ContainerStatus: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        try writer.member("state", state)
        try writer.member("lastState", lastState)
        writer.member("ready", ready)
        writer.member("restartCount", restartCount)
        writer.member("image", image)
        writer.member("imageID", imageID)
        writer.member("containerID", containerID)
        writer.member("started", started)
        writer.endObject()
    }
}

extension ContainerState: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("waiting", waiting)
        try writer.member("running", running)
        try writer.member("terminated", terminated)
        writer.endObject()
    }
}

extension ContainerStateWaiting: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("reason", reason)
        writer.member("message", message)
        writer.endObject()
    }
}

extension ContainerStateRunning: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("startedAt", startedAt)
        writer.endObject()
    }
}

extension ContainerStateTerminated: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("exitCode", exitCode)
        writer.member("signal", signal)
        writer.member("reason", reason)
        writer.member("message", message)
        try writer.member("startedAt", startedAt)
        try writer.member("finishedAt", finishedAt)
        writer.member("containerID", containerID)
        writer.endObject()
    }
}
