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

extension Container: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "name": name = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "image": image = try JSONRead.string(value)
            case "command": command = try JSONRead.strings(value)
            case "args": args = try JSONRead.strings(value)
            case "workingDir": workingDir = try JSONRead.string(value)
            case "ports": ports = try JSONRead.array(value)
            case "envFrom": envFrom = try JSONRead.array(value)
            case "env": env = try JSONRead.array(value)
            case "resources": resources = try JSONRead.object(value)
            case "volumeMounts": volumeMounts = try JSONRead.array(value)
            case "livenessProbe": livenessProbe = try JSONRead.object(value)
            case "readinessProbe": readinessProbe = try JSONRead.object(value)
            case "startupProbe": startupProbe = try JSONRead.object(value)
            case "lifecycle": lifecycle = try JSONRead.object(value)
            case "terminationMessagePath": terminationMessagePath = try JSONRead.string(value)
            case "terminationMessagePolicy": terminationMessagePolicy = try JSONRead.openEnum(value)
            case "imagePullPolicy": imagePullPolicy = try JSONRead.openEnum(value)
            case "stdin": stdin = try JSONRead.bool(value)
            case "stdinOnce": stdinOnce = try JSONRead.bool(value)
            case "tty": tty = try JSONRead.bool(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension ContainerPort: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "name": name = try JSONRead.string(value)
            case "containerPort": containerPort = try JSONRead.required(JSONRead.integer(value)); requiredRead += 1
            case "hostPort": hostPort = try JSONRead.integer(value)
            case "hostIP": hostIP = try JSONRead.string(value)
            case "protocol": `protocol` = try JSONRead.openEnum(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension VolumeMount: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "name": name = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "mountPath": mountPath = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            case "subPath": subPath = try JSONRead.string(value)
            case "readOnly": readOnly = try JSONRead.bool(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 2 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
