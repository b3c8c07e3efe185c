extension Container: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        writer.member("image", image)
        writer.member("command", command)
        writer.member("args", args)
        writer.member("workingDir", workingDir)
        try writer.member("ports", ports)
        try writer.member("envFrom", envFrom)
        try writer.member("env", env)
        try writer.member("resources", resources)
        try writer.member("volumeMounts", volumeMounts)
        try writer.member("livenessProbe", livenessProbe)
        try writer.member("readinessProbe", readinessProbe)
        try writer.member("startupProbe", startupProbe)
        try writer.member("lifecycle", lifecycle)
        writer.member("terminationMessagePath", terminationMessagePath)
        writer.member("terminationMessagePolicy", terminationMessagePolicy)
        writer.member("imagePullPolicy", imagePullPolicy)
        writer.member("stdin", stdin)
        writer.member("stdinOnce", stdinOnce)
        writer.member("tty", tty)
        writer.endObject()
    }
}

extension ContainerPort: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        writer.member("containerPort", containerPort)
        writer.member("hostPort", hostPort)
        writer.member("hostIP", hostIP)
        writer.member("protocol", `protocol`)
        writer.endObject()
    }
}

extension VolumeMount: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        writer.member("mountPath", mountPath)
        writer.member("subPath", subPath)
        writer.member("readOnly", readOnly)
        writer.endObject()
    }
}
